/**
 * A Word table (mammoth's `<table>`) → a GFM table. GFM has one header row, one line per cell and no merged cells,
 * so a merged cell is split (its text in the first part, the rest empty), a cell of several paragraphs or a list is
 * joined into one line, and each such table gets a warning. A table without a marked header row uses its first row.
 */
import { elements, type HtmlElement, type HtmlNode, textContent } from './html-tree.ts';
import { type InlineContext, renderInline, unwrap } from './inline.ts';

export interface RenderedTable {
  lines: string[];
  /** What GFM could not express, in Danish (without the table's place, which the caller adds). */
  losses: string[];
}

interface Cell {
  text: string;
  header: boolean;
}

/** Render the table; `ctx` renders the cells' inline content. */
export function renderTable(table: HtmlElement, ctx: InlineContext): RenderedTable {
  const rows = tableRows(table);
  const grid: (Cell | undefined)[][] = [];
  const losses = new Set<string>();
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of elements(row).filter((e) => e.name === 'td' || e.name === 'th')) {
      while (grid[r]?.[column] !== undefined) column++;
      const colspan = span(cell.attributes.colspan);
      const rowspan = span(cell.attributes.rowspan);
      if (colspan > 1 || rowspan > 1) losses.add('flettede celler (de er delt ud, og teksten står i den første)');
      const text = cellText(cell, ctx, losses, r === 0);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          const target = grid[r + dr] as (Cell | undefined)[];
          target[column + dc] = { text: dr === 0 && dc === 0 ? text : '', header: cell.name === 'th' };
        }
      }
      column += colspan;
    }
  });
  const columns = Math.max(1, ...grid.map((row) => row.length));
  const texts = grid.map((row) => Array.from({ length: columns }, (_, c) => row[c]?.text ?? ''));
  if (texts.length === 0) return { lines: [], losses: [] };
  const line = (cells: string[]) => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
  const [header = [], ...body] = texts;
  return {
    lines: [line(header), line(header.map(() => '---')), ...body.map(line)],
    losses: [...losses],
  };
}

/** The rows in order: thead's, then tbody's or the table's own. */
function tableRows(table: HtmlElement): HtmlElement[] {
  return elements(table).flatMap((child) =>
    child.name === 'tr'
      ? [child]
      : child.name === 'thead' || child.name === 'tbody'
        ? elements(child).filter((e) => e.name === 'tr')
        : [],
  );
}

function span(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

/** A cell's content on one line: paragraphs joined by a space, list items by "; ", a nested table as its text. */
function cellText(cell: HtmlElement, ctx: InlineContext, losses: Set<string>, header: boolean): string {
  const cellCtx = { ...ctx, inTable: true };
  const unwrapHeader = (node: HtmlElement) => (header ? unwrapBold(node) : node);
  const blocks = elements(cell).filter((e) => e.name !== 'br');
  const inlineOnly = cell.children.every((c) => c.type === 'text' || !BLOCK.has(c.name));
  if (inlineOnly) return renderInline(unwrapHeader(cell).children, cellCtx);
  const parts: string[] = [];
  const paragraphs = blocks.filter((b) => b.name === 'p');
  if (paragraphs.length > 1) losses.add('celler med flere afsnit (de er sat sammen til ét)');
  for (const block of blocks) {
    if (block.name === 'ul' || block.name === 'ol') {
      losses.add('lister i celler (punkterne er adskilt med semikolon)');
      parts.push(
        elements(block)
          .map((item) => renderInline(item.children.filter(notList), cellCtx))
          .join('; '),
      );
    } else if (block.name === 'table') {
      losses.add('en tabel i en celle (kun teksten er med)');
      parts.push(renderInline([{ type: 'text', value: textContent(block) }], cellCtx));
    } else {
      parts.push(renderInline(unwrapHeader(block).children, cellCtx));
    }
  }
  return parts.filter((p) => p !== '').join(' ');
}

const BLOCK = new Set(['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote']);

/** A header cell that is all bold (as Word writes header rows) loses the bold: the header is bold anyway. */
function unwrapBold(node: HtmlElement): HtmlElement {
  return unwrap(node, ['strong']);
}

function notList(node: HtmlNode): boolean {
  return node.type === 'text' || (node.name !== 'ul' && node.name !== 'ol');
}
