/**
 * Table structure for the CPR scanner's context rules: where a cell starts and ends, and which label its
 * column carries. Markdown tables (MDX, text attachments) split cells at unescaped `|`; CSV, TSV and the rows
 * that `officeText` extracts from Excel split at one delimiter outside double quotes.
 */

/** How a text marks table cells. */
export type TableLayout = { kind: 'markdown' } | { kind: 'delimited'; delimiter: ';' | ',' | '\t' };

/** A range of the text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The layout of a scanned file, from its name: CSV and TSV attachments and the rows `officeText` extracts from
 * Excel and Word tables (cells joined by tabs) are delimited; everything else (MDX, text, YAML) may hold Markdown
 * tables. A CSV file's
 * delimiter is the one its first line uses most (`;` on a tie, as Danish Excel writes).
 */
export function tableLayout(file: string, text: string): TableLayout {
  const ext = /\.[^./]+$/.exec(file)?.[0].toLowerCase();
  if (ext === '.tsv' || ext === '.xlsx' || ext === '.docx') return { kind: 'delimited', delimiter: '\t' };
  if (ext !== '.csv') return { kind: 'markdown' };
  const end = text.indexOf('\n');
  const first = text.slice(0, end === -1 ? text.length : end);
  const count = (d: string) => delimiterOffsets(first, 0, first.length, d).length;
  let delimiter: ';' | ',' | '\t' = ';';
  for (const d of ['\t', ','] as const) if (count(d) > count(delimiter)) delimiter = d;
  return { kind: 'delimited', delimiter };
}

/**
 * The cells of the line `line` as spans: for Markdown the text between unescaped pipes (a leading and a
 * trailing pipe open and close the row), for delimited text the fields between delimiters outside quotes.
 */
export function cellSpans(text: string, line: Span, layout: TableLayout): Span[] {
  const bars =
    layout.kind === 'markdown'
      ? delimiterOffsets(text, line.start, line.end, '|')
      : delimiterOffsets(text, line.start, line.end, layout.delimiter);
  let from = line.start;
  let to = line.end;
  if (layout.kind === 'markdown') {
    const trimmed = text.slice(line.start, line.end);
    if (bars[0] === line.start + trimmed.length - trimmed.trimStart().length) from = (bars.shift() ?? 0) + 1;
    if (bars.length && bars.at(-1) === line.start + trimmed.trimEnd().length - 1) to = bars.pop() ?? to;
  }
  const cells: Span[] = [];
  for (const bar of bars) {
    cells.push({ start: from, end: bar });
    from = bar + 1;
  }
  cells.push({ start: from, end: to });
  return cells;
}

/** Offsets of `delimiter` in `text[start, end)`: for `|` unless escaped with `\`, otherwise outside quotes. */
function delimiterOffsets(text: string, start: number, end: number, delimiter: string): number[] {
  const found: number[] = [];
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (delimiter === '|') {
      if (c === '\\') i++;
      else if (c === '|') found.push(i);
    } else if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) found.push(i);
  }
  return found;
}

/** The line around `offset`, without its line break. */
export function lineSpan(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end === -1 ? text.length : end };
}

/**
 * Reads a text's table structure line by line, so that a whole scan costs one pass. Ask in increasing
 * offset order. `columnHeader(line, cell)` returns the span that labels the cell's column:
 * - Markdown: the header cell of a GFM table (a row of pipes followed by a delimiter row with as many
 *   cells); a line without a pipe ends the table.
 * - Delimited: the nearest cell above in the same column that `isLabel` accepts (headers may repeat, and
 *   Excel sheets follow each other without a marker).
 */
export class TableReader {
  private next = 0;
  private previous: Span | undefined;
  private header: Span[] | undefined;
  private readonly labels: (Span | undefined)[] = [];
  private readonly text: string;
  private readonly layout: TableLayout;
  private readonly isLabel: (cell: Span) => boolean;

  constructor(text: string, layout: TableLayout, isLabel: (cell: Span) => boolean) {
    this.text = text;
    this.layout = layout;
    this.isLabel = isLabel;
  }

  /** Whether `line` is a table row: delimited text always; Markdown inside a GFM table or starting with `|`. */
  isRow(line: Span): boolean {
    this.readUpTo(line.start);
    if (this.layout.kind === 'delimited') return true;
    if (this.header) return this.hasBar(line);
    if (/^[ \t]*\|/.test(this.text.slice(line.start, line.end))) return true;
    const after = line.end < this.text.length ? lineSpan(this.text, line.end + 1) : undefined;
    return this.hasBar(line) && after !== undefined && this.isDelimiterRow(after);
  }

  /** The span labelling column `cell` of the row `line` (see the class comment); undefined when none. */
  columnHeader(line: Span, cell: number): Span | undefined {
    this.readUpTo(line.start);
    if (this.layout.kind === 'delimited') return this.labels[cell];
    return this.header && this.hasBar(line) ? this.header[cell] : undefined;
  }

  private readUpTo(offset: number): void {
    while (this.next < offset) {
      const line = lineSpan(this.text, this.next);
      this.read(line);
      this.next = line.end + 1;
    }
  }

  private read(line: Span): void {
    if (this.layout.kind === 'delimited') {
      cellSpans(this.text, line, this.layout).forEach((cell, i) => {
        if (this.isLabel(cell)) this.labels[i] = cell;
      });
    } else if (!this.hasBar(line)) {
      this.header = undefined;
    } else if (!this.header && this.isDelimiterRow(line) && this.previous && this.hasBar(this.previous)) {
      const header = cellSpans(this.text, this.previous, this.layout);
      this.header = header.length === cellSpans(this.text, line, this.layout).length ? header : undefined;
    }
    this.previous = line;
  }

  private hasBar(line: Span): boolean {
    if (!this.text.slice(line.start, line.end).includes('|')) return false;
    return delimiterOffsets(this.text, line.start, line.end, '|').length > 0;
  }

  private isDelimiterRow(line: Span): boolean {
    return this.hasBar(line) && DELIMITER_ROW.test(this.text.slice(line.start, line.end));
  }
}
