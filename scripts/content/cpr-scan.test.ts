import { describe, expect, it } from 'vitest';
import { stampRule } from '../library/rules.ts';
import { scanText } from '../library/scan-text.ts';
import { formatProblemsJson, formatProblemsText } from '../problems/problem.ts';
import { mod11Valid } from './cpr-date.ts';
import { cprFindings } from './cpr-number.ts';
import { findCprNumbers } from './cpr-scan.ts';

// Corpus for the CPR scanner. Numbers are the published examples (domain.md §2.9: 070761-4285, 211062-5629,
// 111111-1118) or synthetic ones generated below; "today" is fixed so the corpus never moves with the calendar.
const TODAY = '2026-11-28';
const FIX =
  'Fjern nummeret eller erstat det med en pladsholder som [CPR-nummer]. Er det et syntetisk eksempel, så marker det på samme linje med {/* syntetisk-cpr */} (MDX) eller "(syntetisk eksempel)".';
const R = {
  mod11: 'gyldigt kontrolciffer (modulus 11)',
  exception: 'fødselsdato hvor CPR-numre udstedes uden kontrolciffer',
  hyphen: 'skrevet som DDMMÅÅ-LLLL',
  word: (w: string) => `"${w}" står i nærheden`,
};

/** Expected message for a finding with `masked`, confidence and reasons. */
function msg(masked: string, high: boolean, reasons: string[]): string {
  return `Muligt CPR-nummer ${masked} (sikkerhed: ${high ? 'høj' : 'lav'}${reasons.length ? `; ${reasons.join(', ')}` : ''}). ${FIX}`;
}

/** A synthetic number for `ddmmyy` whose 7th digit is `seventh` and whose check digit is valid. */
function synth(ddmmyy: string, seventh: number): string {
  for (let serial = seventh * 1000; serial < seventh * 1000 + 1000; serial++) {
    const digits = `${ddmmyy}${String(serial).padStart(4, '0')}`;
    if (mod11Valid(digits)) return digits;
  }
  throw new Error(`no valid serial for ${ddmmyy}`);
}
const dash = (digits: string) => `${digits.slice(0, 6)}-${digits.slice(6)}`;

function scan(text: string, file = 'templates-library/drift/eksempel.mdx') {
  return cprFindings(scanText(file, text, 'mdx'), TODAY).map(({ file: f, line, column, severity, message }) => ({
    f,
    line,
    column,
    severity,
    message,
  }));
}

/** [name, text, line, column, severity, masked, reasons] for texts that must be reported. */
const flagged: [string, string, number, number, 'error' | 'warning', string, string[]][] = [
  [
    'published example with label',
    'CPR-nr.: 070761-4285',
    1,
    10,
    'error',
    '070761-xxxx',
    [R.mod11, R.hyphen, R.word('cpr')],
  ],
  ['hyphen and check digit alone', '070761-4285', 1, 1, 'error', '070761-xxxx', [R.mod11, R.hyphen]],
  ['no separator alone', '0707614285', 1, 1, 'warning', '070761xxxx', [R.mod11]],
  ['space separator alone', '070761 4285', 1, 1, 'warning', '070761 xxxx', [R.mod11]],
  [
    'personnummer, no separator',
    'personnummer 0707614285',
    1,
    14,
    'error',
    '070761xxxx',
    [R.mod11, R.word('personnummer')],
  ],
  [
    'fødselsdato, space',
    'Fødselsdato og nr.: 211062 5629',
    1,
    21,
    'error',
    '211062 xxxx',
    [R.mod11, R.word('fødselsdato')],
  ],
  ['second published example', '211062-5629', 1, 1, 'error', '211062-xxxx', [R.mod11, R.hyphen]],
  ['third published example', 'Se 111111-1118.', 1, 4, 'error', '111111-xxxx', [R.mod11, R.hyphen]],
  ['keyword on an earlier line', 'CPR-numre:\n\n0707614285', 3, 1, 'error', '070761xxxx', [R.mod11, R.word('cpr')]],
  ['keyword after the number', '0707614285 er et cpr', 1, 1, 'error', '070761xxxx', [R.mod11, R.word('cpr')]],
  ['keyword too far away', `cpr\n${'x'.repeat(400)}\n0707614285`, 3, 1, 'warning', '070761xxxx', [R.mod11]],
  ['listed 1 January, hyphen', '010170-1234', 1, 1, 'warning', '010170-xxxx', [R.exception, R.hyphen]],
  [
    'listed 1 January with cpr',
    'cpr 010170-1234',
    1,
    5,
    'error',
    '010170-xxxx',
    [R.exception, R.hyphen, R.word('cpr')],
  ],
  ['listed 1 January, no separator', '0101701234', 1, 1, 'warning', '010170xxxx', [R.exception]],
  ['unlisted 1 January, hyphen', '010171-1235', 1, 1, 'warning', '010171-xxxx', [R.hyphen]],
  ['no check digit but cpr word', 'cpr: 150384-1234', 1, 6, 'warning', '150384-xxxx', [R.hyphen, R.word('cpr')]],
  // Issue 10, point 10: the nearest label decides, so "cpr" right before the number outweighs "p-nr" after it
  // (this was a warning while any P-number word in the window took 3 points off).
  [
    'cpr and p-nr both nearby, cpr nearer',
    'cpr 070761-4285 (ikke p-nr)',
    1,
    5,
    'error',
    '070761-xxxx',
    [R.mod11, R.hyphen, R.word('cpr')],
  ],
  ['century 1900s (7th digit 0)', dash(synth('150310', 0)), 1, 1, 'error', '150310-xxxx', [R.mod11, R.hyphen]],
  ['century 2000s (7th digit 4, YY 20)', dash(synth('150320', 4)), 1, 1, 'error', '150320-xxxx', [R.mod11, R.hyphen]],
  ['century 1900s (7th digit 4, YY 40)', dash(synth('150340', 4)), 1, 1, 'error', '150340-xxxx', [R.mod11, R.hyphen]],
  ['century 1800s (7th digit 5, YY 80)', dash(synth('150380', 5)), 1, 1, 'error', '150380-xxxx', [R.mod11, R.hyphen]],
  ['century 2000s (7th digit 7, YY 10)', dash(synth('150310', 7)), 1, 1, 'error', '150310-xxxx', [R.mod11, R.hyphen]],
  ['century 1900s (7th digit 9, YY 70)', dash(synth('150370', 9)), 1, 1, 'error', '150370-xxxx', [R.mod11, R.hyphen]],
  ['born today', dash(synth('281126', 4)), 1, 1, 'error', '281126-xxxx', [R.mod11, R.hyphen]],
  ['29 February 1960', dash(synth('290260', 1)), 1, 1, 'error', '290260-xxxx', [R.mod11, R.hyphen]],
  ['29 February 2000 (7th digit 4)', dash(synth('290200', 4)), 1, 1, 'error', '290200-xxxx', [R.mod11, R.hyphen]],
  [
    'marker on another line does not count',
    '070761-4285\n{/* syntetisk-cpr */}',
    1,
    1,
    'error',
    '070761-xxxx',
    [R.mod11, R.hyphen],
  ],
  [
    'column after Danish letters',
    'Ægtefælles CPR: 070761-4285',
    1,
    17,
    'error',
    '070761-xxxx',
    [R.mod11, R.hyphen, R.word('cpr')],
  ],
  ['table cell', '| Anne Demo | 070761-4285 |', 1, 15, 'error', '070761-xxxx', [R.mod11, R.hyphen]],
  ['CSV field', 'Anne Demo;0707614285;kk.dk', 1, 11, 'warning', '070761xxxx', [R.mod11]],
  ['YAML value', '  cpr: "070761-4285"', 1, 9, 'error', '070761-xxxx', [R.mod11, R.hyphen, R.word('cpr')]],
  ['inside a URL path', 'https://sag.invalid/070761-4285', 1, 21, 'error', '070761-xxxx', [R.mod11, R.hyphen]],
];

/** [name, text] for texts that must not be reported. */
const clean: [string, string][] = [
  ['check digit invalid, ordinary date', '150384-1234'],
  ['born in 2052 (7th digit 5, YY 52): future', '2110525629'],
  ['born in 2030 (7th digit 4): future', dash(synth('150330', 4))],
  ['born tomorrow', dash(synth('291126', 4))],
  ['29 February 1900 (not a leap year)', dash(synth('290200', 0))],
  ['29 February 1961', '290261-4285'],
  ['day 32', '320161-4285'],
  ['month 13', '151361-4285'],
  ['day 00', '000161-4285'],
  ['P-nr. label', 'P-nr.: 0707614285'],
  ['p.nr. label', 'p.nr. 070761-4285'],
  ['P-nummer label', 'P-nummer 070761-4285'],
  ['pnr label', 'pnr 070761-4285'],
  ['phone with +45', '+45 0707614285'],
  ['phone with Tlf.', 'Tlf. 070761 4285'],
  ['phone with telefon', 'telefon: 0707614285'],
  ['ISBN-10', 'ISBN 0707614285'],
  ['ISBN with label and hyphen', 'ISBN-10: 070761-4285'],
  ['amount before', 'kr. 0707614285'],
  ['amount after', '0707614285 kr.'],
  ['amount with ,-', '070761-4285,-'],
  ['decimals', '0707614285,00'],
  ['eleven digits', '10707614285'],
  ['eleven digits, trailing', '07076142851'],
  ['number continues after a hyphen', '0707614285-1'],
  ['number before with hyphen', '12-070761-4285'],
  ['five serial digits', '070761-42851'],
  ['digit group before', '1234 070761 4285'],
  ['ISO date', 'Dato: 2020-01-01'],
  ['Danish date', 'den 01-01-1970 og 01.01.1970'],
  ['date and time', 'den 07.07.61 kl. 14.28'],
  ['timestamp', '20231231-2359'],
  ['letters before', 'ABC0707614285'],
  ['letters after', '0707614285abc'],
  ['hash before', '#0707614285'],
  ['digits in pairs', '07 07 61 42 85'],
  ['en dash is not a separator', '070761–4285'],
  ['MDX marker', '070761-4285 {/* syntetisk-cpr */}'],
  ['visible marker', 'Eksempel: 070761-4285 (syntetisk eksempel)'],
  ['HTML comment marker', 'CPR 070761-4285 <!-- syntetisk-cpr -->'],
];

describe('CPR corpus: reported', () => {
  it.each(flagged)('%s', (_name, text, line, column, severity, masked, reasons) => {
    const problems = scan(text);
    expect(problems).toEqual([
      {
        f: 'templates-library/drift/eksempel.mdx',
        line,
        column,
        severity,
        message: msg(masked, severity === 'error', reasons),
      },
    ]);
  });
});

describe('CPR corpus: not reported', () => {
  it.each(clean)('%s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('CPR scanner', () => {
  it('reports each number on a line at its own column', () => {
    expect(scan('070761-4285 og 211062-5629').map((p) => [p.line, p.column, p.message.slice(0, 29)])).toEqual([
      [1, 1, 'Muligt CPR-nummer 070761-xxxx'],
      [1, 16, 'Muligt CPR-nummer 211062-xxxx'],
    ]);
  });

  it('never prints the sequence number in text or JSON output', () => {
    const problems = stampRule(
      'cpr-number',
      cprFindings(scanText('a.mdx', 'cpr 070761-4285 og 0101701234', 'mdx'), TODAY),
    );
    expect(problems).toHaveLength(2);
    for (const out of [formatProblemsText(problems), formatProblemsJson(problems)]) {
      expect(out).not.toContain('4285');
      expect(out).not.toContain('1234');
      expect(out).toContain('070761-xxxx');
      expect(out).toContain('010170xxxx');
    }
  });

  it('reads the exception dates as data that can be replaced', () => {
    const found = findCprNumbers('010171-1235', { today: TODAY, exceptionDates: new Set(['1971-01-01']) });
    expect(found.map((f) => [f.masked, f.confidence, f.score])).toEqual([['010171-xxxx', 'low', 2]]);
    expect(findCprNumbers('010170-1234', { today: TODAY, exceptionDates: new Set() })[0]?.score).toBe(1);
  });

  it('treats a future birth date relative to the given today', () => {
    const number = dash(synth('150330', 4));
    expect(findCprNumbers(number, { today: '2030-03-14' })).toEqual([]);
    expect(findCprNumbers(number, { today: '2030-03-15' })).toHaveLength(1);
  });
});
