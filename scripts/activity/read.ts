/**
 * Read the activity directory the gate writes (#model/activity.ts): every `sider-*` and `soegninger-*` file whose
 * day is in the period, line by line, each line checked against its schema. A damaged line (cut off by a crash,
 * garbage, wrong types, another version) is skipped and counted per kind, never thrown: one bad line must not cost
 * KL the month's report. Files of days outside the period are not opened, so a report over a month reads a month.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { activityFiles, type PageEvent, pageEventSchema, type QueryEvent, queryEventSchema } from '#model/activity.ts';

export type ActivityKind = 'pages' | 'queries';

/** What was read: the valid events of the period, and what was skipped. */
export interface ActivityRead {
  pages: PageEvent[];
  queries: QueryEvent[];
  /** Files opened, per kind. */
  files: Record<ActivityKind, number>;
  /** Lines skipped because they are not a valid event, per kind. */
  damaged: Record<ActivityKind, number>;
}

/** Days `from` to `to`, both included (`YYYY-MM-DD`). */
export interface Period {
  from: string;
  to: string;
}

/** The activity files of `dir` (name, kind, day), in name order; other names are ignored. */
export async function listActivityFiles(dir: string): Promise<{ name: string; kind: ActivityKind; date: string }[]> {
  const names = (await readdir(dir)).sort();
  return names.flatMap((name) => {
    const parsed = activityFiles.parse(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
}

/**
 * Valid events of one file's text; `onDamaged` for each line that is not. Empty lines are not events and not damage
 * (the last line of a file ends with a newline). Events of another day than the file's are kept: the event's own
 * day is what the report counts by.
 */
function parseLines<T>(
  text: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  out: T[],
): number {
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      damaged++;
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) out.push(result.data);
    else damaged++;
  }
  return damaged;
}

/** Read the events of `period` from `dir`. Throws only when the directory itself cannot be read. */
export async function readActivity(dir: string, period: Period): Promise<ActivityRead> {
  const read: ActivityRead = {
    pages: [],
    queries: [],
    files: { pages: 0, queries: 0 },
    damaged: { pages: 0, queries: 0 },
  };
  const files = (await listActivityFiles(dir)).filter((f) => f.date >= period.from && f.date <= period.to);
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f.name), 'utf8')));
  for (const [index, file] of files.entries()) {
    const text = texts[index] ?? '';
    read.files[file.kind]++;
    read.damaged[file.kind] +=
      file.kind === 'pages'
        ? parseLines(text, pageEventSchema, read.pages)
        : parseLines(text, queryEventSchema, read.queries);
  }
  const inPeriod = (e: { d: string }) => e.d >= period.from && e.d <= period.to;
  read.pages = read.pages.filter(inPeriod);
  read.queries = read.queries.filter(inPeriod);
  return read;
}
