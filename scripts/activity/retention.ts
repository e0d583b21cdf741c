/**
 * Retention: activity is kept ACTIVITY_RETENTION_MONTHS (#model/activity.ts) and then deleted by the report
 * command. Plan, then apply: the plan names the log files of days before the cutoff and the keys of quarters that
 * ended before it (without the key, the pseudonyms of that quarter can no longer be tied to anyone). Nothing on or
 * after the cutoff is ever in the plan, and names the gate does not write are left alone.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ACTIVITY_RETENTION_MONTHS, activityFiles } from '#model/activity.ts';
import { addDays, addMonths } from '#model/dates.ts';
import { listActivityFiles } from './read.ts';

export interface RetentionPlan {
  /** The first day kept: `today` minus ACTIVITY_RETENTION_MONTHS. */
  cutoff: string;
  /** Log files to delete, relative to the activity directory. */
  files: string[];
  /** Key files to delete, relative to the activity directory. */
  keys: string[];
}

/** The last day of a quarter (`2025-Q3` → `2025-09-30`). */
export function quarterEnd(quarter: string): string {
  const firstMonth = (Number(quarter.slice(6)) - 1) * 3 + 1;
  const first = `${quarter.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
  return addDays(addMonths(first, 3), -1);
}

/** What retention would delete in `dir` on `today`. */
export async function planRetention(dir: string, today: string): Promise<RetentionPlan> {
  const cutoff = addMonths(today, -ACTIVITY_RETENTION_MONTHS);
  const files = (await listActivityFiles(dir)).filter((f) => f.date < cutoff).map((f) => f.name);
  let keyNames: string[] = [];
  try {
    keyNames = (await readdir(path.join(dir, activityFiles.keysDir))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const keys = keyNames
    .filter((name) => {
      const quarter = /^(\d{4}-Q[1-4])\.key$/.exec(name)?.[1];
      return quarter !== undefined && quarterEnd(quarter) < cutoff;
    })
    .map((name) => path.join(activityFiles.keysDir, name));
  return { cutoff, files, keys };
}

/** Delete what the plan names. */
export async function applyRetention(dir: string, plan: RetentionPlan): Promise<void> {
  for (const name of [...plan.files, ...plan.keys]) await rm(path.join(dir, name), { force: true });
}
