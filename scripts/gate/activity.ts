import { hostname } from 'node:os';
import { activityFiles, maskQuery, type PageEvent, pseudonym, type QueryEvent, quarterOf } from '#model/activity.ts';
import { todayInDenmark } from '#model/dates.ts';
import type { Tier } from './access-list.ts';
import { openKeyStore } from './activity-keys.ts';
import { type ActivityLog, type ActivityLogStats, openActivityLog } from './activity-log.ts';
import { checkWritableDir } from './shared-dir.ts';

/** Searches with at most this many results are recorded as unmet needs. */
export const FEW_RESULTS = 2;

/** The activity directory is unusable in production: the gate must not start. */
export class ActivityDirectoryError extends Error {}

/** Who viewed: the member's e-mail (only ever hashed) and what the access list says of them. */
export interface Viewer {
  email: string;
  tier: Tier;
  /** Municipality code, or `KL`. */
  municipality: string;
}

export interface Activity {
  /** Record a page view of `path` (an HTML page served to a member). Never throws, never waits for the disk. */
  page(viewer: Viewer, path: string): void;
  /** Record a search with `results` results, unless it found more than FEW_RESULTS or masks to nothing. */
  query(viewer: Viewer, query: string, results: number): void;
  /** Write what is buffered (tests, shutdown). */
  flush(): Promise<void>;
  stats(): ActivityLogStats;
  close(): Promise<void>;
}

export interface ActivityOptions {
  /** Production: an unusable directory or key stops the start instead of a warning. */
  required: boolean;
  log: (line: string) => void;
  now: () => number;
  /** Names this process's files; default hostname and pid. */
  replica?: string | undefined;
}

/** This process's replica id, e.g. `gate-7f9c.example-1234`: only `[A-Za-z0-9_.-]`, so it is safe in a file name. */
export function replicaId(host = hostname(), pid = process.pid): string {
  return `${host}-${pid}`.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80);
}

const TEMPLATE_PAGE = /^\/skabeloner\/([a-z0-9][a-z0-9-]*)\/(?:index\.html)?$/;

/** The template slug of a page path, or null. */
export function templateSlug(path: string): string | null {
  return TEMPLATE_PAGE.exec(path)?.[1] ?? null;
}

/** Nothing is recorded (development with an unusable directory). */
const disabled: Activity = {
  page() {},
  query() {},
  flush: async () => {},
  stats: () => ({ written: 0, dropped: 0, failedWrites: 0 }),
  close: async () => {},
};

/**
 * Open the activity directory: check it can be written and that this quarter's key can be read or made. In
 * production either failure throws ActivityDirectoryError; otherwise it is logged and nothing is recorded.
 */
export async function openActivity(dir: string, options: ActivityOptions): Promise<Activity> {
  const { log, now } = options;
  const replica = options.replica ?? replicaId();
  const keys = openKeyStore(dir, replica);
  try {
    await checkWritableDir(dir, options.required);
    await keys.keyFor(quarterOf(todayInDenmark(new Date(now()))));
  } catch (error) {
    const message = `SIKKERHEDSNET_ACTIVITY: aktivitetsmappen "${dir}" kan ikke bruges / the activity directory cannot be used: ${(error as Error).message}`;
    if (options.required) throw new ActivityDirectoryError(message);
    log(`advarsel / warning: ${message}; aktivitet registreres ikke / activity is not recorded`);
    return disabled;
  }
  const out: ActivityLog = openActivityLog(dir, log);

  const recordPage = async (viewer: Viewer, path: string): Promise<void> => {
    const d = todayInDenmark(new Date(now()));
    let key: string;
    try {
      key = await keys.keyFor(quarterOf(d));
    } catch (error) {
      return out.lost((error as Error).message);
    }
    const event: PageEvent = {
      v: 1,
      d,
      t: viewer.tier,
      m: viewer.municipality,
      s: templateSlug(path),
      p: pseudonym(key, viewer.email),
    };
    out.append(activityFiles.pages(d, replica), JSON.stringify(event));
  };

  return {
    page(viewer, path) {
      void recordPage(viewer, path).catch((error: Error) => out.lost(error.message));
    },
    query(viewer, query, results) {
      if (results > FEW_RESULTS) return;
      const q = maskQuery(query);
      if (q === undefined) return;
      const d = todayInDenmark(new Date(now()));
      const event: QueryEvent = { v: 1, d, t: viewer.tier, m: viewer.municipality, q, n: results };
      out.append(activityFiles.queries(d, replica), JSON.stringify(event));
    },
    flush: () => out.flush(),
    stats: () => out.stats(),
    close: () => out.close(),
  };
}
