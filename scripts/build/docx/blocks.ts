import { BorderStyle, HeadingLevel, Paragraph, ShadingType, type Table, TextRun } from 'docx';
import type { Code, Heading, PhrasingContent, RootContent } from 'mdast';
import { renderComponent } from './components.ts';
import { type RenderContext, withStyle } from './context.ts';
import { renderInline } from './inline.ts';
import { renderList } from './lists.ts';
import { renderTable } from './table.ts';

/** A block-level Word element: what a section body or a table cell contains. */
export type Block = Paragraph | Table;

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * Render mdast block nodes (headings, paragraphs, lists, tables, quotes, code, rules, MDX components) as Word blocks.
 * Nodes without printable content (definitions, MDX expressions, import/export) produce nothing.
 * @param nodes Children of the root or of a container node.
 * @param ctx Render context; its block style indents and colours the paragraphs.
 */
export function renderBlocks(nodes: readonly RootContent[], ctx: RenderContext): Block[] {
  return nodes.flatMap((node) => renderBlock(node, ctx));
}

function renderBlock(node: RootContent, ctx: RenderContext): Block[] {
  switch (node.type) {
    case 'heading':
      return [heading(node, ctx)];
    case 'paragraph':
      // A paragraph that holds nothing but inline guidance disappears with it, instead of leaving an empty line.
      if (!ctx.guidance && node.children.some(isGuidance) && node.children.every(isGuidanceOrSpace)) return [];
      return [bodyParagraph(renderInline(node.children, ctx), ctx)];
    case 'list':
      return renderList(node, ctx);
    case 'table':
      return [renderTable(node, ctx)];
    case 'blockquote':
      return renderBlocks(node.children, withStyle(ctx, { paragraphStyle: 'Citat', indent: 567 }));
    case 'thematicBreak':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          indent: ctx.style.indent ? { left: ctx.style.indent } : undefined,
        }),
      ];
    case 'code':
      return [codeBlock(node, ctx)];
    case 'html':
      return [bodyParagraph([new TextRun({ text: node.value })], ctx)];
    case 'footnoteDefinition':
      return renderBlocks(node.children, ctx);
    case 'mdxJsxFlowElement':
      return renderComponent(node, ctx);
    case 'mdxJsxTextElement':
      if (!ctx.guidance && isGuidance(node)) return [];
      return [bodyParagraph(renderInline([node], ctx), ctx)];
    default:
      // definition, yaml, mdxFlowExpression, mdxjsEsm: nothing a reader of the Word file should see.
      return [];
  }
}

/** Inline `<Vejledning>`, written inside a paragraph. */
function isGuidance(node: PhrasingContent | RootContent): boolean {
  return node.type === 'mdxJsxTextElement' && node.name === 'Vejledning';
}

/** Guidance or whitespace: a paragraph made only of these is empty once its guidance is taken out. */
function isGuidanceOrSpace(node: PhrasingContent): boolean {
  return isGuidance(node) || (node.type === 'text' && node.value.trim() === '');
}

function heading(node: Heading, ctx: RenderContext): Paragraph {
  return new Paragraph({
    heading: headingLevels[node.depth - 1] ?? HeadingLevel.HEADING_6,
    children: renderInline(node.children, ctx),
    keepNext: true,
  });
}

/**
 * A body paragraph in the current block style (Normal, Citat or Vejledning, indented by its containers).
 * @param children Runs and hyperlinks of the paragraph.
 * @param ctx Render context whose block style applies.
 */
export function bodyParagraph(children: ReturnType<typeof renderInline>, ctx: RenderContext): Paragraph {
  return new Paragraph({
    style: ctx.style.paragraphStyle,
    indent: ctx.style.indent ? { left: ctx.style.indent } : undefined,
    children,
  });
}

/** Code keeps its line breaks and a monospace font so commands and configuration stay copyable. */
function codeBlock(node: Code, ctx: RenderContext): Paragraph {
  const lines = node.value.split('\n');
  return new Paragraph({
    indent: ctx.style.indent ? { left: ctx.style.indent } : undefined,
    shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
    children: lines.map(
      (line, index) => new TextRun({ text: line, font: 'Consolas', break: index > 0 ? 1 : undefined }),
    ),
  });
}
