import { ExternalHyperlink, type ParagraphChild, ShadingType, TextRun } from 'docx';
import type { PhrasingContent } from 'mdast';
import { normaliseLabel, type RenderContext, resolveHref } from './context.ts';

/** Character formatting accumulated while descending through emphasis, strong, links and so on. */
type RunStyle = {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
  readonly link?: boolean;
};

/**
 * Render Markdown phrasing content (text, emphasis, strong, inline code, links, inline JSX) as Word runs.
 * Placeholders such as `[Kommunens navn]` reach us as ordinary text, because they match no link definition,
 * and are written exactly as the author typed them.
 * @param nodes Phrasing children of a paragraph, heading or table cell.
 * @param ctx Render context; its block style adds italics and colour (e.g. inside Vejledning).
 * @param base Formatting every run gets, e.g. bold for a table header row.
 */
export function renderInline(
  nodes: readonly PhrasingContent[],
  ctx: RenderContext,
  base: RunStyle = {},
): ParagraphChild[] {
  return nodes.flatMap((node) => renderNode(node, ctx, base));
}

function renderNode(node: PhrasingContent, ctx: RenderContext, style: RunStyle): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      // Soft line breaks inside a Markdown paragraph are spaces in the rendered text.
      return [run(node.value.replace(/\s*\n\s*/g, ' '), ctx, style)];
    case 'inlineCode':
      return [run(node.value, ctx, { ...style, code: true })];
    case 'strong':
      return renderInline(node.children, ctx, { ...style, bold: true });
    case 'emphasis':
      return renderInline(node.children, ctx, { ...style, italics: true });
    case 'delete':
      return renderInline(node.children, ctx, { ...style, strike: true });
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link':
      return style.link ? renderInline(node.children, ctx, style) : [link(node.url, node.children, ctx, style)];
    case 'linkReference': {
      const url = ctx.definitions.get(normaliseLabel(node));
      if (url !== undefined && !style.link) return [link(url, node.children, ctx, style)];
      return [run('[', ctx, style), ...renderInline(node.children, ctx, style), run(']', ctx, style)];
    }
    case 'image':
    case 'imageReference':
      // Images are not embedded (the library has none yet); the alt text keeps the meaning.
      return node.alt ? [run(`[${node.alt}]`, ctx, style)] : [];
    case 'footnoteReference':
      return [run(`[^${node.label ?? node.identifier}]`, ctx, style)];
    case 'html':
      return [run(node.value, ctx, style)];
    case 'mdxJsxTextElement':
      // Guidance written inside a sentence is italic like its block form (and left out with the block form);
      // for unknown inline components the children carry the text the reader should see.
      if (node.name !== 'Vejledning') return renderInline(node.children, ctx, style);
      return ctx.guidance ? renderInline(node.children, ctx, { ...style, italics: true }) : [];
    default:
      // mdxTextExpression and anything newer: expressions have no static text to show.
      return [];
  }
}

/** A real Word hyperlink; an empty link text shows the URL so the link stays clickable. */
function link(url: string, children: readonly PhrasingContent[], ctx: RenderContext, style: RunStyle): ParagraphChild {
  const target = resolveHref(url, ctx);
  const runs = renderInline(children, ctx, { ...style, link: true });
  return new ExternalHyperlink({ link: target, children: runs.length > 0 ? runs : [run(target, ctx, { link: true })] });
}

function run(text: string, ctx: RenderContext, style: RunStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics || ctx.style.italics || undefined,
    strike: style.strike,
    color: style.link ? undefined : ctx.style.color,
    style: style.link ? 'Hyperlink' : undefined,
    font: style.code ? 'Consolas' : undefined,
    shading: style.code ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
  });
}
