import { lineAround } from '../library/text-position.ts';
import { CprContext } from './cpr-context.ts';
import { CPR_EXCEPTION_DATES, cprBirthDate, maskCpr, mod11Valid } from './cpr-date.ts';
import type { TableLayout } from './cpr-table.ts';

/** A likely CPR number in a text. Only the masked form leaves this module. */
export interface CprFinding {
  offset: number;
  length: number;
  /** e.g. `070761-xxxx` */
  masked: string;
  confidence: 'high' | 'low';
  score: number;
  /** Danish reasons that made up the score, for the message. */
  reasons: string[];
}

export interface CprScanOptions {
  /** `YYYY-MM-DD`; birth dates after it are not CPR numbers. */
  today: string;
  /** Birth dates with numbers issued without a valid check digit (default: cpr-exception-dates.json). */
  exceptionDates?: ReadonlySet<string>;
  /** How the text marks table cells (default Markdown); see `tableLayout` for a file's layout. */
  layout?: TableLayout;
}

/**
 * Scoring (documented in README.md, "CPR scoring"): check digit valid +2; invalid on a listed 1-January exception date
 * +1; invalid on an unlisted 1 January 0 (the list is not exhaustive); invalid on any other date -1 (no such
 * numbers are issued); written with a hyphen +1; the deciding context label (`CprContext`: the nearest in the
 * number's sentence or cell, else its column header, else its table row, else the nearest within 300
 * characters) a CPR word +2, a P-number word -3, a label naming both ("CPR-/P-nr.") 0. Score ≥ 3 is high
 * confidence (error), 1–2 low (warning), ≤ 0 is not reported.
 */
export const CPR_SCORE = { mod11: 2, exceptionDate: 1, unlisted1Jan: 0, invalid: -1, hyphen: 1, cprWord: 2, pWord: -3 };
export const CPR_HIGH_SCORE = 3;

/** The marker, on the same line, that declares a CPR number a deliberate synthetic example. */
export const SYNTHETIC_MARKER = /syntetisk-cpr|\(syntetisk eksempel\)/i;

const CANDIDATE = /(?<![\p{L}\p{N}_#%!+])(\d{6})([- ]?)(\d{4})(?![\p{L}\p{N}_#%!+])/gu;
const PHONE_BEFORE = /(\+\s?45|0045|tlf|telefon|mobil|fax|\btel\b)[^\n]{0,20}$/iu;
const ISBN_BEFORE = /isbn[^\n]{0,30}$/iu;
const AMOUNT_BEFORE = /(?<![\p{L}])(kr\.?|dkk|eur|€|\$|beløb:?)\s{0,3}$/iu;
const AMOUNT_AFTER = /^\s{0,3}(kr\b|dkk|eur|€|,-)/iu;

/** Find likely CPR numbers in `text`, scored by structure, check digit and context (domain.md §2.3). */
export function findCprNumbers(text: string, options: CprScanOptions): CprFinding[] {
  const exceptionDates = options.exceptionDates ?? CPR_EXCEPTION_DATES;
  const findings: CprFinding[] = [];
  let context: CprContext | undefined;
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, first6 = '', separator = '', last4 = ''] = m;
    const offset = m.index;
    const end = offset + whole.length;
    const digits = first6 + last4;
    const birth = cprBirthDate(digits);
    if (!birth || birth > options.today) continue;
    if (insideNumber(text, offset, end)) continue;
    const before = text.slice(Math.max(0, offset - 40), offset);
    if (PHONE_BEFORE.test(before) || ISBN_BEFORE.test(before) || AMOUNT_BEFORE.test(before)) continue;
    if (AMOUNT_AFTER.test(text.slice(end, end + 8))) continue;
    const line = lineAround(text, offset);
    if (SYNTHETIC_MARKER.test(line.text)) continue;
    const reasons: string[] = [];
    let score = 0;
    if (mod11Valid(digits)) {
      score += CPR_SCORE.mod11;
      reasons.push('gyldigt kontrolciffer (modulus 11)');
    } else if (exceptionDates.has(birth)) {
      score += CPR_SCORE.exceptionDate;
      reasons.push('fødselsdato hvor CPR-numre udstedes uden kontrolciffer');
    } else if (birth.endsWith('-01-01')) {
      score += CPR_SCORE.unlisted1Jan;
    } else {
      score += CPR_SCORE.invalid;
    }
    if (separator === '-') {
      score += CPR_SCORE.hyphen;
      reasons.push('skrevet som DDMMÅÅ-LLLL');
    }
    context ??= new CprContext(text, options.layout ?? { kind: 'markdown' });
    const decision = context.decide(offset, end);
    if (decision?.kind === 'cpr') {
      score += CPR_SCORE.cprWord;
      reasons.push(`"${decision.label.word}" står i nærheden`);
    } else if (decision?.kind === 'p') {
      score += CPR_SCORE.pWord;
      reasons.push(`"${decision.label.word}" (P-nummer) står i nærheden`);
    }
    if (score <= 0) continue;
    const confidence = score >= CPR_HIGH_SCORE ? 'high' : 'low';
    findings.push({ offset, length: whole.length, masked: maskCpr(first6, separator), confidence, score, reasons });
  }
  return findings;
}

/**
 * True when the match continues a longer number: a digit directly beside it, or beside it after one
 * separator (`-`, `.`, `,`, `/`, space), as in account numbers, amounts with decimals or digit tables.
 */
function insideNumber(text: string, start: number, end: number): boolean {
  const isDigit = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  const isJoin = (i: number) => '-.,/ '.includes(text[i] ?? 'x');
  return (isJoin(start - 1) && isDigit(start - 2)) || (isJoin(end) && isDigit(end + 1));
}
