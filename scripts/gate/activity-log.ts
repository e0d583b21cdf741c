/**
 * Appends activity events (JSON Lines) to this replica's day files without ever slowing or failing a page: events
 * are buffered in memory and appended in one write per file every FLUSH_MS, and on close. A write that fails is
 * counted and logged once (until a write succeeds again); the page it came from was answered long before.
 * Each replica writes only files named with its own replica id, so no two processes append to one file.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** How often buffered events are written. */
export const FLUSH_MS = 250;
/** Events held while writes fail; beyond this they are dropped (and counted), so memory stays bounded. */
export const MAX_BUFFERED = 10_000;

export interface ActivityLogStats {
  written: number;
  /** Events lost: failed writes, a full buffer, or a key that could not be read. */
  dropped: number;
  failedWrites: number;
}

export interface ActivityLog {
  /** Queue one line for `file` (a name inside the directory). Never throws. */
  append(file: string, line: string): void;
  /** Count an event lost before it reached the log (e.g. no key), logging the first of a run. */
  lost(reason: string): void;
  /** Write everything buffered now. Never rejects. */
  flush(): Promise<void>;
  stats(): ActivityLogStats;
  /** Flush and stop the timer. */
  close(): Promise<void>;
}

export function openActivityLog(dir: string, log: (line: string) => void): ActivityLog {
  let pending = new Map<string, string[]>();
  let buffered = 0;
  const stats: ActivityLogStats = { written: 0, dropped: 0, failedWrites: 0 };
  let failing = false;
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const fail = (reason: string) => {
    if (failing) return;
    failing = true;
    log(
      `aktivitet kunne ikke gemmes i "${dir}" / activity could not be written (${reason}); further failures are counted, not logged`,
    );
  };

  const writeOnce = async (): Promise<void> => {
    const batch = pending;
    pending = new Map();
    buffered = 0;
    for (const [file, lines] of batch) {
      try {
        await mkdir(dir, { recursive: true });
        await appendFile(join(dir, file), lines.join(''), { mode: 0o600 });
        stats.written += lines.length;
        if (failing) log(`aktivitet gemmes igen / activity is written again (${stats.dropped} events lost)`);
        failing = false;
      } catch (error) {
        stats.failedWrites += 1;
        stats.dropped += lines.length;
        fail((error as Error).message);
      }
    }
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    chain = chain.then(writeOnce);
    return chain;
  };

  return {
    append(file, line) {
      if (buffered >= MAX_BUFFERED) {
        stats.dropped += 1;
        fail('buffer full');
        return;
      }
      const lines = pending.get(file);
      if (lines) lines.push(`${line}\n`);
      else pending.set(file, [`${line}\n`]);
      buffered += 1;
      if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_MS);
        timer.unref();
      }
    },
    lost(reason) {
      stats.dropped += 1;
      fail(reason);
    },
    flush,
    stats: () => ({ ...stats }),
    close: flush,
  };
}
