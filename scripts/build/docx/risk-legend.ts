import type { Problem } from '../../problems/problem.ts';
import { type RiskBand, riskBands } from './risk-scale.ts';

/**
 * Hand-written risk legends: text in the library (or in the site's `<Risikomatrix />`) that states the score range of
 * a risk level, such as "kritisk (20–25)", a table row "| Kritisk | 20–25 | Rød |" or the list "1–4, 5–9, 10–16 og
 * 20–25". The matrix itself is drawn from risk-scale.ts, so such text must say what the matrix shows, or a reader
 * sees two different scales in one document (as "kritisk 17–25" beside a matrix that starts kritisk at 20 once did).
 */

/** A score range found in text, with where it starts and what the scale says instead (when it disagrees). */
export type LegendStatement = {
  /** 1-based line and column of the statement in the text. */
  readonly line: number;
  readonly column: number;
  /** The text as written, e.g. "kritisk (17–25)". */
  readonly text: string;
  /** The ranges as the scale has them, e.g. "20–25"; undefined when the text agrees. */
  readonly expected?: string;
};

const RANGE = String.raw`(\d{1,2})\s*[–-]\s*(\d{1,2})`;
/** A level name, then within a table cell border, colon, equals sign or parenthesis its range; not "[20–25]". */
const NAMED = new RegExp(String.raw`(?<!\p{L})(lav|middel|høj|kritisk)(?!\p{L})[\s(:|=]*?${RANGE}\)?`, 'giu');
/** Four ranges in a row, the standard levels in order without their names. */
const LISTED = new RegExp(`${RANGE},\\s*${RANGE},\\s*${RANGE},?\\s*(?:og|,)\\s*${RANGE}`, 'gu');

const span = (band: RiskBand) => `${band.from}–${band.to}`;

/**
 * Every hand-written statement of a level's score range in `text`, each compared with the scale.
 * @param text An MDX file, a component's source or any other text.
 */
export function findRiskLegends(text: string): LegendStatement[] {
  const bands = riskBands();
  const byName = new Map(bands.map((band) => [band.name.toLocaleLowerCase('da-DK'), band]));
  const found: LegendStatement[] = [];
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const place = (index: number) => {
    const line = lineStarts.findLastIndex((start) => start <= index);
    return { line: line + 1, column: index - (lineStarts[line] ?? 0) + 1 };
  };
  for (const match of text.matchAll(NAMED)) {
    const band = byName.get((match[1] ?? '').toLocaleLowerCase('da-DK'));
    if (!band) continue;
    const agrees = Number(match[2]) === band.from && Number(match[3]) === band.to;
    found.push({ ...place(match.index), text: match[0], expected: agrees ? undefined : span(band) });
  }
  for (const match of text.matchAll(LISTED)) {
    const numbers = match.slice(1, 9).map(Number);
    const agrees =
      bands.length === 4 && bands.every((b, i) => numbers[2 * i] === b.from && numbers[2 * i + 1] === b.to);
    found.push({ ...place(match.index), text: match[0], expected: agrees ? undefined : listed(bands) });
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Ensure every hand-written risk legend in a file agrees with the matrix's scale (risk-scale.ts).
 * @param text The file's text.
 * @param file Path for the problems, relative to the repository root.
 * @returns One located problem (rule `risk-legend`) per statement that disagrees, saying what to write instead.
 */
export function checkRiskLegends(text: string, file: string): Problem[] {
  return findRiskLegends(text).flatMap((statement) =>
    statement.expected === undefined
      ? []
      : [
          {
            file,
            line: statement.line,
            column: statement.column,
            rule: 'risk-legend',
            severity: 'error' as const,
            message:
              `«${statement.text}» passer ikke med risikomatrixen (<Risikomatrix />), som bruger ` +
              `${statement.expected}. Ret teksten til ${statement.expected}, så teksten og matrixen viser samme skala.`,
          },
        ],
  );
}

function listed(bands: readonly RiskBand[]): string {
  const spans = bands.map(span);
  return `${spans.slice(0, -1).join(', ')} og ${spans.at(-1)}`;
}
