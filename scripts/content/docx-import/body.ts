/**
 * The body's blocks (mammoth's top-level HTML after `splitFront`) → MDX lines: headings keep their Word level
 * (Heading 2 → `##`), lists their kind, order and nesting, tables their rows, columns and header row, "Vejledning"
 * paragraphs become `<Vejledning>` blocks as the library writes them, quotes `>`. Warnings name the MDX line.
 */
import { RISK_MATRIX } from './front.ts';
import { elements, type HtmlElement, textContent } from './html-tree.ts';
import { type InlineContext, renderInline, unwrap } from './inline.ts';
import { renderTable } from './table.ts';

/** A warning at a line of the body (1-based within the body). */
export interface BodyWarning {
  line: number;
  message: string;
}

export interface RenderedBody {
  lines: string[];
  warnings: BodyWarning[];
}

/** Render the blocks as MDX; `ctx` names images and collects dropped links. */
export function renderBody(blocks: readonly HtmlElement[], ctx: InlineContext): RenderedBody {
  const out: RenderedBody = { lines: [], warnings: [] };
  let heading = '';
  let tables = 0;
  for (const block of blocks) {
    if (block.name === 'table') tables++;
    const lines = renderBlock(block, ctx, (losses) => {
      const where = heading ? ` under «${heading}»` : '';
      out.warnings.push({
        line: out.lines.length + (out.lines.length > 0 ? 2 : 1),
        message: `Tabel ${tables}${where} har ${losses.join(' og ')}, som en Markdown-tabel ikke kan vise. Tjek tabellen i MDX-filen.`,
      });
    });
    if (/^h[1-6]$/.test(block.name)) heading = textContent(block).trim();
    if (lines.length === 0) continue;
    if (out.lines.length > 0) out.lines.push('');
    out.lines.push(...lines);
  }
  return out;
}

type LossReporter = (losses: string[]) => void;

function renderBlock(block: HtmlElement, ctx: InlineContext, lost: LossReporter): string[] {
  const level = /^h([1-6])$/.exec(block.name)?.[1];
  if (level) {
    const text = renderInline(block.children, { ...ctx, inHeading: true }).replace(/\\\n/g, ' ');
    return text ? [`${'#'.repeat(Number(level))} ${text}`] : [];
  }
  switch (block.name) {
    case 'p': {
      const text = renderInline(block.children, ctx);
      return text ? text.split('\n') : [];
    }
    case 'ul':
    case 'ol':
      return renderList(block, ctx, lost);
    case 'table': {
      const table = renderTable(block, ctx);
      if (table.losses.length > 0) lost(table.losses);
      return table.lines;
    }
    case 'blockquote':
      return blocksOf(elements(block), ctx, lost).map((line) => (line ? `> ${line}` : '>'));
    case 'div':
      if (block.attributes.class === 'vejledning') return guidance(block, ctx, lost);
      return blocksOf(elements(block), ctx, lost);
    case RISK_MATRIX:
      return ['<Risikomatrix />'];
    default:
      return renderInline(block.children, ctx).split('\n').filter(Boolean);
  }
}

/** Several blocks separated by blank lines. */
function blocksOf(blocks: readonly HtmlElement[], ctx: InlineContext, lost: LossReporter): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const lines = renderBlock(block, ctx, lost);
    if (lines.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...lines);
  }
  return out;
}

/** `<Vejledning>` around its paragraphs and lists; italics that only show the style are dropped. */
function guidance(block: HtmlElement, ctx: InlineContext, lost: LossReporter): string[] {
  const inner = elements(block).map((child) => unwrapItalics(child));
  const lines = blocksOf(inner, ctx, lost);
  return lines.length > 0 ? ['<Vejledning>', '', ...lines, '', '</Vejledning>'] : [];
}

function unwrapItalics(node: HtmlElement): HtmlElement {
  if (node.name === 'p') return unwrap(node, ['em']);
  if (node.name === 'ul' || node.name === 'ol' || node.name === 'li') {
    return { ...node, children: node.children.map((c) => (c.type === 'element' ? unwrapItalics(c) : c)) };
  }
  return node;
}

/** A list: `-` or `1.`, `2.` …; nested lists indented under their item's text. */
function renderList(list: HtmlElement, ctx: InlineContext, lost: LossReporter, indent = ''): string[] {
  const lines: string[] = [];
  let number = 1;
  for (const item of elements(list).filter((e) => e.name === 'li')) {
    const marker = list.name === 'ol' ? `${number++}.` : '-';
    const childIndent = `${indent}${' '.repeat(marker.length + 1)}`;
    const inline = item.children.filter((c) => c.type === 'text' || !['ul', 'ol', 'p', 'table'].includes(c.name));
    const paragraphs = elements(item).filter((e) => e.name === 'p');
    const text = [renderInline(inline, ctx), ...paragraphs.map((p) => renderInline(p.children, ctx))]
      .filter(Boolean)
      .join('\\\n');
    const [first = '', ...rest] = text.split('\n');
    lines.push(first ? `${indent}${marker} ${first}` : `${indent}${marker}`);
    lines.push(...rest.map((line) => `${childIndent}${line}`));
    for (const child of elements(item)) {
      if (child.name === 'ul' || child.name === 'ol') lines.push(...renderList(child, ctx, lost, childIndent));
      if (child.name === 'table') {
        lines.push('');
        lines.push(...renderBlock(child, ctx, lost).map((line) => `${childIndent}${line}`));
        lines.push('');
      }
    }
  }
  return lines;
}
