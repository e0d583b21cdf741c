import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRealDate } from '#model/dates.ts';

/** Flag spec in node:util parseArgs form. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; multiple?: boolean }>;

/** The typed values node:util parseArgs returns for `T`. */
type FlagValues<T extends FlagSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
>['values'];

/** Parsed flags, or a Danish usage error for the CLI to print with exit code 2. */
export type ParsedFlags<T extends FlagSpec> =
  | { ok: true; values: FlagValues<T> }
  | { ok: false; error: string; values: Partial<FlagValues<T>> };

/** Parse `args` strictly: unknown flags and stray positionals are usage errors, returned rather than thrown. */
export function parseFlags<const T extends FlagSpec>(args: readonly string[], options: T): ParsedFlags<T> {
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    return { ok: true, values: values as FlagValues<T> };
  } catch (error) {
    return { ok: false, error: (error as Error).message, values: {} };
  }
}

/** Usage error for `--dir` unless it is an existing directory. */
export function dirError(dir: string): string | undefined {
  if (existsSync(dir) && statSync(dir).isDirectory()) return undefined;
  return `mappen ${dir} findes ikke (angiv registermappen med --dir)`;
}

/** Usage error for `--today` unless it is a real `YYYY-MM-DD` date. */
export function todayError(today: string): string | undefined {
  return isRealDate(today) ? undefined : `--today skal være en dato som 2026-11-28, ikke "${today}"`;
}

/** Usage error unless `value` is one of `allowed`. */
export function choiceError(flag: string, value: string, allowed: readonly string[]): string | undefined {
  return allowed.includes(value) ? undefined : `${flag} skal være en af: ${allowed.join(', ')} (fik "${value}")`;
}
