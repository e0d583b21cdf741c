/**
 * The CSV attachments members download (the library's risk register and its copy in the site's fixture library)
 * open in Danish Excel: UTF-8 with a byte-order mark and `;` between fields, the same number of fields on every
 * row. The content checks read them as before: the scanner's text starts after the byte-order mark and its table
 * reader splits the rows at `;`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellSpans, lineSpan, tableLayout } from '../content/cpr-table.ts';
import { attachmentText } from '../library/scan-text.ts';
import { ROOT } from './testing/run-process.ts';

const FILES = [
  ['templates-library/risikostyring/risikoregister.csv', 11],
  ['site/fixtures/library/risikostyring/risikoregister.csv', 4],
] as const;

describe.each(FILES)('%s', (file, columns) => {
  it('is UTF-8 with a byte-order mark, `;` between fields, LF line ends and no empty line', async () => {
    const bytes = await readFile(path.join(ROOT, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    const rows = text.slice(0, -1).split('\n');
    expect(rows.every((row) => row.length > 0 && !row.includes('"'))).toBe(true);
    expect(rows.map((row) => row.split(';').length)).toEqual(rows.map(() => columns));
  });

  it('is read by the content scanner without the byte-order mark, as a `;`-separated table', async () => {
    const read = attachmentText(file, await readFile(path.join(ROOT, file)));
    const text = read && 'text' in read ? read.text.text : '';
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.slice(0, 2)).toBe(file.startsWith('templates') ? 'ID' : 'Ri');
    const layout = tableLayout(file, text);
    expect(layout).toEqual({ kind: 'delimited', delimiter: ';' });
    expect(cellSpans(text, lineSpan(text, 0), layout)).toHaveLength(columns);
  });
});
