import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

const bytes = (text: string) => [...Buffer.from(text, 'utf8')];
const BOM = [0xef, 0xbb, 0xbf];

describe('toCsv', () => {
  it('writes a UTF-8 byte-order mark, `;` between fields and æøå as UTF-8', () => {
    expect(bytes(toCsv(['navn', 'by'], [['Søren Æbelø', 'Nørre Åby']]))).toEqual([
      ...BOM,
      ...bytes('navn;by\nS'),
      0xc3,
      0xb8, // ø
      ...bytes('ren '),
      0xc3,
      0x86, // Æ
      ...bytes('bel'),
      0xc3,
      0xb8, // ø
      ...bytes(';N'),
      0xc3,
      0xb8, // ø
      ...bytes('rre '),
      0xc3,
      0x85, // Å
      ...bytes('by\n'),
    ]);
  });

  it('quotes fields with either separator, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['x; y', 'say "hi"', 'x, y'],
          ['line\nbreak', 3, 'cr\r\nlf'],
        ],
      ),
    ).toBe('\uFEFFa;b;c\n"x; y";"say ""hi""";"x, y"\n"line\nbreak";3;"cr\r\nlf"\n');
  });

  it('uses `,` when asked, still quoting both separators', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'x; y']], ',')).toBe('\uFEFFa,b\n"x, y","x; y"\n');
  });

  it('neutralises text a spreadsheet would run as a formula; numbers stay numbers', () => {
    expect(
      toCsv(
        ['felt'],
        [['=HYPERLINK("http://x.test","klik")'], ['+45 12 34'], ['-1+1'], ['@SUM(A1)'], ['\tx'], [-3], ['a=b']],
      ),
    ).toBe(
      [
        '\uFEFFfelt',
        '"\'=HYPERLINK(""http://x.test"",""klik"")"',
        "'+45 12 34",
        "'-1+1",
        "'@SUM(A1)",
        "'\tx",
        '-3',
        'a=b',
        '',
      ].join('\n'),
    );
    expect(csvField(true)).toBe('true');
  });
});
