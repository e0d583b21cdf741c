/** 1-based line and column of a place in a text. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Index of line starts, so that many offsets in one text can be turned into positions with a binary search
 * instead of rescanning the text for every match.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Position (1-based line and column) of `offset` in the text whose line starts are `starts`. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The whole line that contains `offset` (without its line break). */
export function lineAround(text: string, offset: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  return { start, end, text: text.slice(start, end) };
}
