import { CPR_EXCEPTION_DATES, cprBirthDate, maskCpr, mod11Valid } from './cpr-date.ts';
import { lineAround } from './text-position.ts';

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
}

/**
 * Scoring (documented in README.md, "CPR scoring"): check digit valid +2; invalid on a listed 1-January exception date
 * +1; invalid on an unlisted 1 January 0 (the list is not exhaustive); invalid on any other date -1 (no such
 * numbers are issued); written with a hyphen +1; a CPR word within the window +2; a P-number word -3.
 * Score ≥ 3 is high confidence (error), 1–2 low (warning), ≤ 0 is not reported.
 */
export const CPR_SCORE = { mod11: 2, exceptionDate: 1, unlisted1Jan: 0, invalid: -1, hyphen: 1, cprWord: 2, pWord: -3 };
export const CPR_HIGH_SCORE = 3;
/** Characters either side of a match searched for context words (as Microsoft Purview's 300-character window). */
export const CPR_WINDOW = 300;

/** The marker, on the same line, that declares a CPR number a deliberate synthetic example. */
export const SYNTHETIC_MARKER = /syntetisk-cpr|\(syntetisk eksempel\)/i;

const CANDIDATE = /(?<![\p{L}\p{N}_#%!+])(\d{6})([- ]?)(\d{4})(?![\p{L}\p{N}_#%!+])/gu;
const CPR_WORD = /(?<![\p{L}])(cpr|personnummer|personnr|fødselsdato)/iu;
const P_WORD = /(?<![\p{L}])(p-nr|p\.nr|p-nummer|pnr|produktionsenhed)/iu;
const PHONE_BEFORE = /(\+\s?45|0045|tlf|telefon|mobil|fax|\btel\b)[^\n]{0,20}$/iu;
const ISBN_BEFORE = /isbn[^\n]{0,30}$/iu;
const AMOUNT_BEFORE = /(?<![\p{L}])(kr\.?|dkk|eur|€|\$|beløb:?)\s{0,3}$/iu;
const AMOUNT_AFTER = /^\s{0,3}(kr\b|dkk|eur|€|,-)/iu;

/** Find likely CPR numbers in `text`, scored by structure, check digit and context (domain.md §2.3). */
export function findCprNumbers(text: string, options: CprScanOptions): CprFinding[] {
  const exceptionDates = options.exceptionDates ?? CPR_EXCEPTION_DATES;
  const findings: CprFinding[] = [];
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
    const window = contextWindow(text, offset, end, line);
    const cprWord = CPR_WORD.exec(window)?.[1];
    if (cprWord) {
      score += CPR_SCORE.cprWord;
      reasons.push(`"${cprWord.toLowerCase()}" står i nærheden`);
    }
    const pWord = P_WORD.exec(window)?.[1];
    if (pWord) {
      score += CPR_SCORE.pWord;
      reasons.push(`"${pWord.toLowerCase()}" (P-nummer) står i nærheden`);
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

/** The window for context words: 300 characters either side, widened to the whole line. */
function contextWindow(text: string, start: number, end: number, line: { start: number; end: number }): string {
  const from = Math.min(line.start, Math.max(0, start - CPR_WINDOW));
  const to = Math.max(line.end, Math.min(text.length, end + CPR_WINDOW));
  // The marker of another, synthetic number nearby must not count as the word "cpr".
  return `${text.slice(from, start)} ${text.slice(end, to)}`.replace(/syntetisk-cpr/gi, ' ');
}
