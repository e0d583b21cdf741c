import { describe, expect, it } from 'vitest';
import { todayInDenmark } from '#model/dates.ts';
import {
  booleanFlag,
  csvSeparatorFlag,
  flagHelp,
  formatFlag,
  parseFlags,
  registryDirFlag,
  skipFlag,
  stringFlag,
  todayFlag,
  wantsHelp,
} from './flags.ts';
import { UsageError } from './run-cli.ts';

const FLAGS = {
  dir: registryDirFlag,
  format: formatFlag(['text', 'json']),
  today: todayFlag,
  skip: skipFlag,
  out: stringFlag('FIL', 'hvor resultatet skrives'),
  check: booleanFlag('skriv intet'),
};

/** The UsageError message parseFlags throws for `argv`. */
function refusal(argv: string[]): string {
  try {
    parseFlags(argv, FLAGS);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseFlags with the shared flags', () => {
  it('fills in the defaults: registry/, the first format, today in Denmark, nothing skipped', () => {
    const before = todayInDenmark();
    const values = parseFlags([], FLAGS);
    expect([before, todayInDenmark()]).toContain(values.today);
    expect({ ...values, today: undefined }).toEqual({
      dir: 'registry',
      format: 'text',
      today: undefined,
      skip: [],
      out: undefined,
      check: false,
    });
  });

  it('reads given values; --skip is repeatable and comma-separated', () => {
    expect(
      parseFlags(
        ['--format', 'json', '--today', '2028-02-29', '--skip', 'a, b', '--skip', 'c', '--out', 'x.json', '--check'],
        FLAGS,
      ),
    ).toEqual({
      dir: 'registry',
      format: 'json',
      today: '2028-02-29',
      skip: ['a', 'b', 'c'],
      out: 'x.json',
      check: true,
    });
  });

  it.each([
    [
      ['--today', '2026-02-30'],
      '--today 2026-02-30 findes ikke i kalenderen; skriv en rigtig dato som ÅÅÅÅ-MM-DD, fx 2026-11-28',
    ],
    [['--today', '2026-2-3'], '--today skal være en dato som 2026-11-28, ikke "2026-2-3"'],
    [['--format', 'xml'], '--format skal være en af: text, json (fik "xml")'],
    [['--dir', 'findes-ikke'], 'mappen findes-ikke findes ikke (angiv registermappen med --dir)'],
    [['--verbose'], 'Ukendt tilvalg: --verbose'],
    [['ekstra'], 'Uventet argument: ekstra (kommandoen tager kun tilvalg, fx --dir MAPPE)'],
    [['--out'], '--out mangler en værdi'],
    [['--check=ja'], '--check tager ingen værdi'],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it('names the flag as the command calls it (content takes the registry as --registry)', () => {
    expect(() => parseFlags(['--registry', 'findes-ikke'], { registry: registryDirFlag })).toThrow(
      'mappen findes-ikke findes ikke (angiv registermappen med --registry)',
    );
  });
});

describe('help', () => {
  it('is asked for by --help or -h anywhere before --', () => {
    expect(wantsHelp(['check', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['--helpful'])).toBe(false);
  });

  it('lists every flag with its placeholder and help line', () => {
    expect(flagHelp(FLAGS)).toBe(
      [
        'Tilvalg:',
        '  --dir MAPPE         registermappen (standard: registry)',
        '  --format text|json  uddata (standard: text)',
        '  --today ÅÅÅÅ-MM-DD  dagens dato (standard: i dag i Danmark)',
        '  --skip REGEL,…      spring reglen over (kan gentages eller kommasepareres)',
        '  --out FIL           hvor resultatet skrives',
        '  --check             skriv intet',
        '  -h, --help          vis denne hjælp',
      ].join('\n'),
    );
  });
});

describe('csvSeparatorFlag', () => {
  const flags = { separator: csvSeparatorFlag };

  it('is `;` for Danish Excel unless `,` is asked for, and refuses anything else', () => {
    expect(parseFlags([], flags)).toEqual({ separator: ';' });
    expect(parseFlags(['--separator', ','], flags)).toEqual({ separator: ',' });
    expect(() => parseFlags(['--separator', 'tab'], flags)).toThrow('--separator skal være ; eller , (fik "tab")');
    expect(flagHelp(flags).split('\n')[1]).toBe(
      '  --separator ;|,  feltadskiller i CSV: ; til dansk Excel, , til andre programmer (standard: ;)',
    );
  });
});
