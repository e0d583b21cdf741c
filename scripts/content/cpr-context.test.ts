import { describe, expect, it } from 'vitest';
import { scanText } from '../library/scan-text.ts';
import { CprContext } from './cpr-context.ts';
import { cprFindings } from './cpr-number.ts';
import { cellSpans, lineSpan, type TableLayout, tableLayout } from './cpr-table.ts';

// Context rules of the CPR scanner (issue 10, point 10): the nearest label decides, the number's own sentence
// or table cell outweighs its column header, the column header outweighs the rest of the row, and that
// outweighs the 300-character window. CPR numbers are the published examples (070761-4285, 211062-5629).
// P-numbers are 10 digits; these are constructed to pass as CPR numbers too (real dates, valid modulus-11
// check digit; the 7th digit 6 puts the birth years in 1885, 1892, 1878), so only the context tells them apart.
const P1 = '1003856018';
const P2 = '1004926001';
const P3 = '1011786002';
const TODAY = '2026-11-28';
const MOD11 = 'gyldigt kontrolciffer (modulus 11)';
const HYPHEN = 'skrevet som DDMMÅÅ-LLLL';
const near = (word: string) => `"${word}" står i nærheden`;

/** [line, column, severity, masked number, reasons] of one expected problem. */
type Expected = [number, number, 'error' | 'warning', string, string[]];

/** Problems in `text` as [line, column, severity, message up to the reasons' closing parenthesis]. */
function scan(text: string, file = 'templates-library/drift/eksempel.mdx', extracted = false) {
  const origin = file.endsWith('.mdx') ? 'mdx' : 'attachment';
  return cprFindings(scanText(file, text, origin, extracted), TODAY).map((p) => [
    p.line,
    p.column,
    p.severity,
    p.message.slice(0, p.message.indexOf('). ') + 1),
  ]);
}

function expected(list: Expected[]) {
  return list.map(([line, column, severity, masked, reasons]) => [
    line,
    column,
    severity,
    `Muligt CPR-nummer ${masked} (sikkerhed: ${severity === 'error' ? 'høj' : 'lav'}; ${reasons.join(', ')})`,
  ]);
}

/** [name, file, text, expected problems]; every case but the last was reported differently before. */
const cases: [string, string, string, Expected[]][] = [
  // Neighbouring paragraphs.
  [
    'CPR label, P-number in the next paragraph',
    'a.mdx',
    `Borgerens CPR-nummer: 070761-4285\n\nVirksomhedens P-nummer: ${P1}`,
    [[1, 23, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  [
    'P-number paragraph before the CPR paragraph',
    'a.mdx',
    `Virksomhedens P-nummer: ${P1}\n\nBorgerens CPR-nummer: 0707614285`,
    [[3, 23, 'error', '070761xxxx', [MOD11, near('cpr')]]],
  ],
  [
    'unlabelled number, the CPR paragraph nearer than the P-number paragraph',
    'a.mdx',
    'Virksomhedens P-nummer står i bilag 2.\n\nNedenfor står medarbejderens CPR-nummer.\n\n0707614285',
    [[5, 1, 'error', '070761xxxx', [MOD11, near('cpr')]]],
  ],
  [
    'unlabelled number, the P-number paragraph nearer than the CPR paragraph',
    'a.mdx',
    'Medarbejderens CPR-nummer står i personalesystemet.\n\nVirksomhedens P-nummer:\n\n070761-4285',
    [],
  ],
  // List items.
  [
    'list: CPR item, then P-number item',
    'a.mdx',
    `- CPR: 070761-4285\n- P-nr.: ${P1}`,
    [[1, 8, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  [
    'list: P-number item, then CPR item',
    'a.mdx',
    `- P-nr.: ${P1}\n- CPR: 0707614285`,
    [[2, 8, 'error', '070761xxxx', [MOD11, near('cpr')]]],
  ],
  [
    'list: personnummer between a name and an employer P-number',
    'a.mdx',
    `Oplysninger om borgeren:\n\n- Navn: Anne Demo\n- Personnummer: 211062-5629\n- Arbejdsgivers P-nummer: ${P2}`,
    [[4, 17, 'error', '211062-xxxx', [MOD11, HYPHEN, near('personnummer')]]],
  ],
  // Table columns: the header of the number's column labels its cell.
  [
    'table: CPR-nr. and P-nummer columns',
    'a.mdx',
    `| Navn | CPR-nr. | P-nummer |\n|---|---|---|\n| Anne Demo | 070761-4285 | ${P1} |\n| Bo Demo | 2110625629 | ${P2} |`,
    [
      [3, 15, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]],
      [4, 13, 'error', '211062xxxx', [MOD11, near('cpr')]],
    ],
  ],
  [
    'table: P-nummer column first, no leading pipes',
    'a.mdx',
    `P-nummer | CPR-nr.\n:-- | --:\n${P1} | 0707614285`,
    [[3, 14, 'error', '070761xxxx', [MOD11, near('cpr')]]],
  ],
  [
    'P-number table with CPR-valid numbers and a CPR word in the paragraph before',
    'a.mdx',
    `Skriv aldrig CPR-numre i tabellen.\n\n| Enhed | P-nummer |\n| --- | --- |\n| Rådhuset | ${P1} |\n| Materielgården | ${P2} |\n| Biblioteket | ${P3} |`,
    [],
  ],
  [
    'P-number table: the column header outweighs a nearer CPR word after the table',
    'a.mdx',
    `| Enhed | P-nr. |\n| --- | --- |\n| Rådhuset | ${P1} |\n\nCPR-numre hører ikke hjemme i denne oversigt.`,
    [],
  ],
  [
    'key-value table: the label in the number’s row outweighs the next row',
    'a.mdx',
    `| Felt | Værdi |\n|---|---|\n| CPR-nummer for borgerens ægtefælle eller samlever | 070761-4285 |\n| P-nr. | ${P1} |`,
    [[3, 55, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  [
    'CSV attachment: CPR-nr. and P-nummer columns',
    'templates-library/drift/bilag.csv',
    `Navn;CPR-nr.;P-nummer\nAnne Demo;070761-4285;${P1}\n"Demo; Bo";2110625629;${P2}\n`,
    [
      [2, 11, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]],
      [3, 12, 'error', '211062xxxx', [MOD11, near('cpr')]],
    ],
  ],
  // Same sentence: the nearer label decides.
  [
    'same sentence, CPR label nearer',
    'a.mdx',
    'Virksomhedens P-nr. står i bilaget, borgerens CPR-nr.: 070761-4285',
    [[1, 56, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  ['same sentence, P-number label nearer', 'a.mdx', 'CPR-nummeret står ikke her, kun P-nr.: 0707614285', []],
  [
    'same sentence, CPR label after the number',
    'a.mdx',
    '070761-4285 er et CPR-nummer, ikke et P-nummer.',
    [[1, 1, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  [
    'CPR sentence, then a P-number sentence on the same line',
    'a.mdx',
    `CPR: 070761-4285. P-nr.: ${P1}.`,
    [[1, 6, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]],
  ],
  // A label naming both kinds says nothing: the number scores as if unlabelled (a warning before).
  [
    'a combined "CPR- eller P-nummer" label counts as neither',
    'a.mdx',
    'CPR- eller P-nummer: 070761-4285',
    [[1, 22, 'error', '070761-xxxx', [MOD11, HYPHEN]]],
  ],
  [
    'a combined "CPR-/P-nr." column header counts as neither',
    'a.mdx',
    `| Navn | CPR-/P-nr. |\n|---|---|\n| Anne Demo | 070761-4285 |\n| Rådhuset | ${P1} |`,
    [
      [3, 15, 'error', '070761-xxxx', [MOD11, HYPHEN]],
      [4, 14, 'warning', '100385xxxx', [MOD11]],
    ],
  ],
  // Unchanged: reported the same before.
  ['P-number table without any CPR word', 'a.mdx', `| Enhed | P-nummer |\n|---|---|\n| Rådhuset | ${P1} |`, []],
];

describe('CPR context: the nearest label decides', () => {
  it('the constructed P-numbers pass as CPR numbers on their own', () => {
    for (const p of [P1, P2, P3])
      expect(scan(p)).toEqual(expected([[1, 1, 'warning', `${p.slice(0, 6)}xxxx`, [MOD11]]]));
  });

  it.each(cases)('%s', (_name, file, text, want) => {
    expect(scan(text, file)).toEqual(expected(want));
  });

  it('reads Excel rows: each column is labelled by the nearest label cell above (sheets follow each other)', () => {
    const rows = `CPR-nr.\tNavn\n070761-4285\tAnne Demo\nP-nummer\tEnhed\n${P1}\tRådhuset`;
    expect(scan(rows, 'templates-library/drift/register.xlsx', true)).toEqual(
      expected([[2, 1, 'error', '070761-xxxx', [MOD11, HYPHEN, near('cpr')]]]),
    );
  });
});

describe('CPR context tiers', () => {
  const decide = (text: string, number: string) => {
    const start = text.indexOf(number);
    const d = new CprContext(text, { kind: 'markdown' }).decide(start, start + number.length);
    return d && [d.where, d.kind, d.label.word];
  };

  it('names the tier that decided', () => {
    expect(decide('Borgerens cpr: 070761-4285', '070761')).toEqual(['local', 'cpr', 'cpr']);
    expect(decide(`| P-nr. |\n|---|\n| ${P1} |`, P1)).toEqual(['column', 'p', 'p-nr']);
    expect(decide(`| pnr | ${P1} |`, P1)).toEqual(['row', 'p', 'pnr']);
    expect(decide('Personnummer:\n\n070761-4285', '070761')).toEqual(['window', 'cpr', 'personnummer']);
    expect(decide('070761-4285', '070761')).toBeUndefined();
  });

  it('counts labels joined into one ("CPR-/P-nr.") and a header naming both as both', () => {
    expect(decide('CPR-/P-nr.: 0707614285', '070761')).toEqual(['local', 'both', 'p-nr']);
    expect(decide('P-nr. og CPR-nr. 0707614285', '070761')).toEqual(['local', 'both', 'cpr']);
    expect(decide('CPR-nr. 0707614285 og P-nr.', '070761')).toEqual(['local', 'cpr', 'cpr']);
    expect(decide('| CPR-nummer (ikke P-nummer) |\n|---|\n| 070761-4285 |', '070761')).toEqual([
      'column',
      'both',
      'cpr',
    ]);
  });

  it('takes a column header only from a GFM table the number is still in', () => {
    expect(decide('| P-nr. |\n|---|\n| x |\n\n| 070761-4285 |', '070761')).toEqual(['window', 'p', 'p-nr']);
    expect(decide('| a | P-nr. |\n|---|\n| x | 070761-4285 |', '070761')).toEqual(['window', 'p', 'p-nr']);
    expect(decide('| a | P-nr. |\n|---|---|\n| x | 070761-4285 |', '070761')).toEqual(['column', 'p', 'p-nr']);
  });

  it('does not take the synthetic marker of another number for the word "cpr"', () => {
    expect(decide('211062-5629 {/* syntetisk-cpr */}\n070761-4285', '070761')).toBeUndefined();
  });
});

describe('CPR table layout', () => {
  const cells = (text: string, layout: TableLayout) =>
    cellSpans(text, lineSpan(text, 0), layout).map((c) => text.slice(c.start, c.end));

  it('splits Markdown rows at unescaped pipes, with or without outer pipes', () => {
    expect(cells('| a | b \\| c | d |', { kind: 'markdown' })).toEqual([' a ', ' b \\| c ', ' d ']);
    expect(cells('  a | b', { kind: 'markdown' })).toEqual(['  a ', ' b']);
  });

  it('splits delimited rows outside quotes', () => {
    expect(cells('"Demo; Bo";0707614285;x', { kind: 'delimited', delimiter: ';' })).toEqual([
      '"Demo; Bo"',
      '0707614285',
      'x',
    ]);
  });

  it('picks the layout from the file name and a CSV file’s first line', () => {
    expect(tableLayout('a/b.mdx', 'x;y')).toEqual({ kind: 'markdown' });
    expect(tableLayout('a/b.xlsx', '')).toEqual({ kind: 'delimited', delimiter: '\t' });
    expect(tableLayout('a/b.TSV', '')).toEqual({ kind: 'delimited', delimiter: '\t' });
    expect(tableLayout('a/b.csv', 'Navn;CPR\n')).toEqual({ kind: 'delimited', delimiter: ';' });
    expect(tableLayout('a/b.csv', 'Navn,CPR,"a;b"\n')).toEqual({ kind: 'delimited', delimiter: ',' });
    expect(tableLayout('a/b.csv', 'Navn\n')).toEqual({ kind: 'delimited', delimiter: ';' });
  });
});
