import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRealDate } from './dates.ts';

/** Flag spec in node:util parseArgs form (string flags only, which is all the registry commands need). */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; multiple?: boolean }>;

/** Parsed flags, or a Danish usage error for the CLI to print with exit code 2. */
export type ParsedFlags =
  | { ok: true; values: Record<string, string | boolean | string[] | undefined> }
  | { ok: false; error: string };

/** Parse `args` strictly: unknown flags and stray positionals are usage errors. */
export function parseFlags(args: readonly string[], options: FlagSpec): ParsedFlags {
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    return { ok: true, values: values as Record<string, string | boolean | string[] | undefined> };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
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
