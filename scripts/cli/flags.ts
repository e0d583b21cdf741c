/**
 * The commands' flags, defined once. A flag carries its Danish help line and reads its own value: default,
 * validation (a UsageError with a Danish message) and type in one place, so `--today 2026-02-30` is refused the same
 * way by every command and "today" is always today in Denmark. Default paths come from #model/layout.ts.
 * {@link parseFlags} reads argv strictly against a command's flag table: unknown flags, missing values and stray
 * arguments are usage errors.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRealDate, todayInDenmark } from '#model/dates.ts';
import { LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { UsageError } from './run-cli.ts';

/** What node:util parseArgs hands over for one flag (undefined when it was not given). */
export type RawValue = string | boolean | string[] | undefined;

/** One flag: how node:util parseArgs reads it, its help line, and how its value is made. */
export interface Flag<T> {
  type: 'string' | 'boolean';
  /** The flag may be given more than once. */
  multiple?: true;
  /** Placeholder for the value in --help, e.g. `MAPPE` (string flags). */
  placeholder?: string;
  /** One Danish line for --help. */
  help: string;
  /** The value from what was given: default, validation (throws UsageError) and type. `flag` is e.g. `--dir`. */
  read(raw: RawValue, flag: string): T;
}

/** A command's flags by name (without the dashes). */
export type FlagTable = Record<string, Flag<unknown>>;

/** The values a flag table reads into. */
export type FlagValues<F extends FlagTable> = { [K in keyof F]: F[K] extends Flag<infer T> ? T : never };

const asString = (raw: RawValue): string | undefined => (typeof raw === 'string' ? raw : undefined);

/** An optional string flag without a default. */
export function stringFlag(placeholder: string, help: string): Flag<string | undefined> {
  return { type: 'string', placeholder, help, read: asString };
}

/** A switch. */
export function booleanFlag(help: string): Flag<boolean> {
  return { type: 'boolean', help, read: (raw) => raw === true };
}

/** A directory that must exist, with a default from #model/layout.ts; `what` names it in Danish. */
export function existingDirFlag(defaultDir: string, what: string): Flag<string> {
  return {
    type: 'string',
    placeholder: 'MAPPE',
    help: `${what} (standard: ${defaultDir})`,
    read(raw, flag) {
      const dir = asString(raw) ?? defaultDir;
      if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
      throw new UsageError(`mappen ${dir} findes ikke (angiv ${what} med ${flag})`);
    },
  };
}

/** `--dir` of the registry commands, `--registry` of content. */
export const registryDirFlag = existingDirFlag(REGISTRY_DIR, 'registermappen');

/** `--dir` of content: the template library. */
export const libraryDirFlag = existingDirFlag(LIBRARY_DIR, 'biblioteket');

/** `--format`: one of `choices`, the first by default. */
export function formatFlag<const C extends readonly [string, ...string[]]>(
  choices: C,
  help = 'uddata',
): Flag<C[number]> {
  return {
    type: 'string',
    placeholder: choices.join('|'),
    help: `${help} (standard: ${choices[0]})`,
    read(raw, flag) {
      const value = asString(raw) ?? choices[0];
      if ((choices as readonly string[]).includes(value)) return value;
      throw new UsageError(`${flag} skal være en af: ${choices.join(', ')} (fik "${value}")`);
    },
  };
}

/** `--json-out` of the checks: also write the result as JSON to this file (what `pr-comment` reads). */
export const jsonOutFlag: Flag<string | undefined> = stringFlag(
  'FIL',
  'skriv også resultatet som JSON til FIL (til kommentaren på pull requesten)',
);

/** The field separators CSV output can use. */
export type CsvSeparator = ';' | ',';

/**
 * `--separator`: the CSV field separator. `;` by default, because Danish Excel splits a double-clicked CSV file at
 * semicolons (the comma is the decimal sign in Danish); `,` for other programs.
 */
export const csvSeparatorFlag: Flag<CsvSeparator> = {
  type: 'string',
  placeholder: ';|,',
  help: 'feltadskiller i CSV: ; til dansk Excel, , til andre programmer (standard: ;)',
  read(raw, flag) {
    const value = asString(raw) ?? ';';
    if (value === ';' || value === ',') return value;
    throw new UsageError(`${flag} skal være ; eller , (fik "${value}")`);
  },
};

/** Usage error for a `--today` value that is not a real `YYYY-MM-DD` date. */
export function todayError(value: string, flag = '--today'): string | undefined {
  if (isRealDate(value)) return undefined;
  // A well-formed day that does not exist (2026-02-30) gets its own message: the format is not the problem.
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${flag} ${value} findes ikke i kalenderen; skriv en rigtig dato som ÅÅÅÅ-MM-DD, fx 2026-11-28`
    : `${flag} skal være en dato som 2026-11-28, ikke "${value}"`;
}

/** `--today`: a real calendar date, by default today in Denmark (never the machine's time zone). */
export const todayFlag: Flag<string> = {
  type: 'string',
  placeholder: 'ÅÅÅÅ-MM-DD',
  help: 'dagens dato (standard: i dag i Danmark)',
  read(raw, flag) {
    const today = asString(raw) ?? todayInDenmark();
    const error = todayError(today, flag);
    if (error) throw new UsageError(error);
    return today;
  },
};

/** `--skip`: rule names to skip, repeatable and comma-separated (`--skip a,b --skip c`). */
export const skipFlag: Flag<string[]> = {
  type: 'string',
  multiple: true,
  placeholder: 'REGEL,…',
  help: 'spring reglen over (kan gentages eller kommasepareres)',
  read: (raw) =>
    (Array.isArray(raw) ? raw : [])
      .flatMap((value) => value.split(','))
      .map((rule) => rule.trim())
      .filter(Boolean),
};

/** True when argv asks for help (`--help` or `-h` before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Read `argv` strictly against `flags`; every flag's value read (defaulted, validated) in table order. */
/** node:util parseArgs's English refusal in Danish, with the flag or argument named exactly as typed. */
function danishParseError(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const flag = quoted.replace(/ <value>$/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Ukendt tilvalg: ${flag}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Uventet argument: ${flag} (kommandoen tager kun tilvalg, fx --dir MAPPE)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? `${flag} mangler en værdi` : `${flag} tager ingen værdi`;
    default:
      return error.message;
  }
}

export function parseFlags<const F extends FlagTable>(argv: readonly string[], flags: F): FlagValues<F> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [name, flag] of Object.entries(flags))
    options[name] = { type: flag.type, multiple: flag.multiple === true };
  let raw: Record<string, RawValue>;
  try {
    raw = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<
      string,
      RawValue
    >;
  } catch (error) {
    throw new UsageError(danishParseError(error as Error & { code?: string }));
  }
  const values: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(flags)) values[name] = flag.read(raw[name], `--${name}`);
  return values as FlagValues<F>;
}

/** The "Tilvalg" block of --help: one line per flag, then -h/--help. */
export function flagHelp(flags: FlagTable): string {
  const rows = Object.entries(flags).map(([name, flag]) => [
    `--${name}${flag.placeholder ? ` ${flag.placeholder}` : ''}`,
    flag.help,
  ]);
  rows.push(['-h, --help', 'vis denne hjælp']);
  const width = Math.max(...rows.map(([left]) => left?.length ?? 0));
  return `Tilvalg:\n${rows.map(([left, right]) => `  ${left?.padEnd(width)}  ${right}`).join('\n')}`;
}
