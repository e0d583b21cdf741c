import type { Span, TableLayout } from './cpr-table.ts';
import { cellSpans, lineSpan, TableReader } from './cpr-table.ts';

/** Characters either side of a match searched for context words (as Microsoft Purview's 300-character window). */
export const CPR_WINDOW = 300;

/** A context word: a CPR label ("cpr", "personnummer", …) or a P-number label ("p-nr", "pnr", …). */
export interface ContextLabel {
  kind: 'cpr' | 'p';
  /** The word as matched, lower case. */
  word: string;
  start: number;
  /** End of the whole word the label starts ("CPR-nr." for "cpr"), so distance counts only what lies between. */
  end: number;
}

/** The label that decides a candidate's context, and the tier it was found in. */
export interface ContextDecision {
  /**
   * The kind of the deciding label; `both` when it is joined to a label of the other kind ("CPR-/P-nr.",
   * "CPR- eller P-nummer") or is a column header naming both: such a field may hold either, so it counts as neither.
   */
  kind: 'cpr' | 'p' | 'both';
  label: ContextLabel;
  /** The number's own sentence or cell, its column's header, the rest of its table row, or the window. */
  where: 'local' | 'column' | 'row' | 'window';
}

const LABEL = /(?<!\p{L})(?:(cpr|personnummer|personnr|fødselsdato)|(p-nr|p\.nr|p-nummer|pnr|produktionsenhed))/giu;
const WORD_REST = /[\p{L}.-]*/uy;
/** The `syntetisk-cpr` marker of a synthetic number nearby is not the word "cpr". */
const MARKER_BEFORE = /syntetisk-$/i;
/** What may join two labels into one ("CPR-/P-nr.", "CPR- eller P-nummer"): punctuation, spaces, "og", "eller". */
const JOINER = /^(?:[ \t/,.&+-]|og|eller|or|and)*$/iu;
/** A sentence ends at `.`, `!` or `?` before white space and a capital, so "CPR-nr. 070761-4285" stays one. */
const SENTENCE_END = /[.!?]["'”»)\]*_]*[ \t]+(?=["'“«([*_]*\p{Lu})/gu;

/** Context labels starting in `text[from, to)`, in order. */
export function labelsIn(text: string, from: number, to: number): ContextLabel[] {
  const labels: ContextLabel[] = [];
  // Search a slice, not the rest of the text: one character before for the look-behind, a word's length after.
  const base = Math.max(0, from - 2);
  for (const m of text.slice(base, to + 20).matchAll(LABEL)) {
    const start = base + m.index;
    if (start < from || start >= to) continue;
    if (m[1] && MARKER_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    WORD_REST.lastIndex = start + m[0].length;
    const end = WORD_REST.exec(text) ? WORD_REST.lastIndex : start + m[0].length;
    labels.push({ kind: m[1] ? 'cpr' : 'p', word: m[0].toLowerCase(), start, end });
  }
  return labels;
}

/**
 * The decision of the label nearest to the number at `[start, end)`, counted in characters between them;
 * undefined without labels. `labels` are in text order, so on a tie the label before the number wins: labels
 * are written before their values ("CPR: 070761-4285, P-nr.: …").
 */
export function nearestLabel(
  text: string,
  labels: readonly ContextLabel[],
  start: number,
  end: number,
  where: ContextDecision['where'],
): ContextDecision | undefined {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  labels.forEach((label, i) => {
    const distance = label.end <= start ? start - label.end : label.start - end;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  const label = labels[best];
  if (!label) return undefined;
  const joined = (a: ContextLabel | undefined, b: ContextLabel | undefined) =>
    a !== undefined && b !== undefined && a.kind !== b.kind && JOINER.test(text.slice(a.end, b.start));
  const both = joined(labels[best - 1], label) || joined(label, labels[best + 1]);
  return { kind: both ? 'both' : label.kind, label, where };
}

/** A line of the text: whether it is a table row, its cells, and (once needed) its labels. */
interface LineInfo {
  line: Span;
  row: boolean;
  cells: Span[];
  labels?: ContextLabel[];
}

/**
 * Judges the context of CPR candidates in one text by proximity, in tiers; the first that holds a label
 * decides:
 * 1. local: the number's sentence, cut at line breaks, at the borders of its table cell and at
 *    `CPR_WINDOW` characters either side; the nearest label decides;
 * 2. column: in a table, the label of the number's column (`TableReader`): its kind if all its labels are of
 *    one kind, otherwise `both`;
 * 3. row: in a table, the other cells of the number's row (key-value tables); the nearest label decides;
 * 4. window: `CPR_WINDOW` characters either side, widened to the whole line; the nearest label decides.
 * Ask for candidates in increasing offset order.
 */
export class CprContext {
  private readonly text: string;
  private readonly layout: TableLayout;
  private readonly tables: TableReader;
  /** The last candidate's line, reused while candidates stay on it (a long line may hold many). */
  private current: LineInfo | undefined;

  constructor(text: string, layout: TableLayout) {
    this.text = text;
    this.layout = layout;
    // In CSV, TSV and Excel rows a cell with a label and no long number is a column header.
    this.tables = new TableReader(
      text,
      layout,
      (cell) => labelsIn(text, cell.start, cell.end).length > 0 && !/\d{6}/.test(text.slice(cell.start, cell.end)),
    );
  }

  /** The label that decides the context of the number at `[start, end)`; undefined when there is none. */
  decide(start: number, end: number): ContextDecision | undefined {
    const { text } = this;
    const current = this.lineAt(start);
    const { line, row, cells } = current;
    const cellIndex = cells.findIndex((c) => c.start <= start && end <= c.end);
    const cell = cells[cellIndex] ?? line;
    const local = sentenceAround(text, clip(cell, start - CPR_WINDOW, end + CPR_WINDOW), start, end);
    const inSentence = nearestLabel(text, labelsIn(text, local.start, local.end), start, end, 'local');
    if (inSentence) return inSentence;
    const header = row && cellIndex >= 0 ? this.tables.columnHeader(line, cellIndex) : undefined;
    const [first, ...more] = header ? labelsIn(text, header.start, header.end) : [];
    if (first) {
      const kind = more.every((l) => l.kind === first.kind) ? first.kind : 'both';
      return { kind, label: first, where: 'column' };
    }
    if (row) current.labels ??= labelsIn(text, line.start, line.end);
    const inRow = current.labels && nearestLabel(text, current.labels, start, end, 'row');
    if (inRow) return inRow;
    const from = Math.min(line.start, Math.max(0, start - CPR_WINDOW));
    const to = Math.max(line.end, Math.min(text.length, end + CPR_WINDOW));
    return nearestLabel(text, labelsIn(text, from, to), start, end, 'window');
  }

  private lineAt(offset: number): LineInfo {
    if (this.current && this.current.line.start <= offset && offset <= this.current.line.end) return this.current;
    const line = lineSpan(this.text, offset);
    const row = this.tables.isRow(line);
    this.current = { line, row, cells: row ? cellSpans(this.text, line, this.layout) : [line] };
    return this.current;
  }
}

function clip(span: Span, from: number, to: number): Span {
  return { start: Math.max(span.start, from), end: Math.min(span.end, to) };
}

/** The sentence inside `span` that holds `[start, end)`. */
function sentenceAround(text: string, span: Span, start: number, end: number): Span {
  const result = { ...span };
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(SENTENCE_END)) {
    const at = span.start + m.index;
    if (at + m[0].length <= start) result.start = at + m[0].length;
    else if (at >= end) {
      result.end = at + 1;
      break;
    }
  }
  return result;
}
