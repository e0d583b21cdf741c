/**
 * The one CSV writer (contacts, coverage report, content report). Written for Danish Excel, where a CSV file is opened by
 * double-clicking: a UTF-8 byte-order mark, without which Excel reads the file as Windows-1252 and garbles æ, ø
 * and å, and `;` between fields, because Danish Excel splits at semicolons (the comma is its decimal sign).
 * Otherwise RFC 4180: a field is quoted when it holds a separator (`;` or `,`, so the file reads the same whichever
 * one a program expects), a quote or a line break, with quotes doubled; LF line ends.
 */

/** The byte-order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a text cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field with either separator, a quote or a line break is quoted. */
const QUOTED = /[;,"\r\n]/;

/**
 * One field. Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, tab, carriage return
 * first) gets an apostrophe in front, so it is shown as text; numbers and booleans are written as they are.
 */
export function csvField(value: string | number | boolean): string {
  const raw = String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return QUOTED.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: byte-order mark, header, rows; `separator` between fields (default `;`). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean)[])[],
  separator: ';' | ',' = ';',
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(separator));
  return `${UTF8_BOM}${lines.join('\n')}\n`;
}
