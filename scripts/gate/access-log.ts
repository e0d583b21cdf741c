/**
 * One access-log line per request: time, method, path (never the query: the callback's carries the code),
 * status, duration and tier. No cookies, tokens or e-mail addresses.
 */
import { pathForLog } from './path-safety.ts';

export interface AccessLogEntry {
  method: string | undefined;
  url: string | undefined;
  status: number;
  ms: number;
  tier: string | undefined;
}

/** Format an entry as `2026-11-28T10:00:00.000Z GET /skabeloner/ 200 1.2ms kerne`. */
export function formatAccessLine(entry: AccessLogEntry, now = new Date()): string {
  const method = (entry.method ?? '-').replace(/[^A-Z]/g, '?').slice(0, 10);
  return `${now.toISOString()} ${method} ${pathForLog(entry.url)} ${entry.status} ${entry.ms.toFixed(1)}ms ${entry.tier ?? '-'}`;
}
