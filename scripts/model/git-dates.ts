/**
 * When a library file was added and last changed, from git: the site's "Nyeste" and "Senest opdateret" lists and
 * the newsletter's new and updated templates read the same dates.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** First and latest commit date (ISO 8601) of a file. */
export interface GitDates {
  created: string;
  updated: string;
}

const cache = new Map<string, Map<string, GitDates>>();

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
}

/**
 * Commit dates for every file under `dir`, from one `git log` pass (equivalent to running
 * `git log -1 --format=%cI -- <file>` per file, but one process instead of a thousand).
 * Returns an empty map when `dir` is not inside a git work tree (e.g. a generated benchmark library).
 */
export function gitDatesUnder(dir: string): Map<string, GitDates> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const dates = new Map<string, GitDates>();
  try {
    const top = git(dir, ['rev-parse', '--show-toplevel']).trim();
    const out = git(dir, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.']);
    let date = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('\u0000')) date = line.slice(1);
      else if (line.trim() !== '' && date !== '') {
        const file = resolve(top, line);
        const known = dates.get(file);
        // Log order is newest first: the first date seen is the update, the last one the creation.
        if (known) known.created = date;
        else dates.set(file, { created: date, updated: date });
      }
    }
  } catch {
    // Not a git checkout: callers fall back to the reviewed date.
  }
  cache.set(dir, dates);
  return dates;
}

/** Dates for one file (absolute path or relative to `dir`), or undefined when git does not know it. */
export function gitDatesFor(dir: string, file: string): GitDates | undefined {
  return gitDatesUnder(dir).get(resolve(dir, file));
}
