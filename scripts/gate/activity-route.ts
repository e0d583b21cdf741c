/**
 * `POST /_sikkerhedsnet/soegning`: the search page reports a search that found little (`{ "q": string, "n": int }`).
 * The prefix `/_sikkerhedsnet/` is reserved for the gate: no page of the build starts with it (docs/interfaces.md
 * §4). Checks, cheapest first: same origin (403), a member's session (401/403, done by the caller), JSON content
 * type (415), rate per session (429), body size (413, refused from Content-Length or as soon as it grows past the
 * limit, without reading the rest), shape (400). Answers 204; only searches with at most FEW_RESULTS results are
 * written (activity.ts), masked first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity, Viewer } from './activity.ts';
import { sendText } from './respond.ts';

export const SEARCH_REPORT_PATH = '/_sikkerhedsnet/soegning';
/** Largest body accepted, in bytes. */
export const MAX_REPORT_BYTES = 1024;
export const REPORTS_PER_MINUTE = 20;
export const REPORTS_PER_DAY = 200;

const TEXT = 'text/plain; charset=utf-8';

/** True when the request comes from the gate's own pages (Origin, or Fetch Metadata without one). */
export function isSameOrigin(req: IncomingMessage, publicUrl: URL): boolean {
  const origin = req.headers.origin;
  return origin ? origin === publicUrl.origin : req.headers['sec-fetch-site'] === 'same-origin';
}

/** A per-session budget: at most REPORTS_PER_MINUTE in a minute and REPORTS_PER_DAY in a day. */
export function createRateLimit(now: () => number): (sid: string) => boolean {
  const windows = new Map<string, { minute: number; inMinute: number; day: number; inDay: number }>();
  return (sid) => {
    const t = now();
    const minute = Math.floor(t / 60_000);
    const day = Math.floor(t / 86_400_000);
    // Sessions last 8 hours: anything from an earlier day is stale. Pruned only when the map grows.
    if (windows.size > 50_000) for (const [k, w] of windows) if (w.day !== day) windows.delete(k);
    const w = windows.get(sid) ?? { minute, inMinute: 0, day, inDay: 0 };
    if (w.minute !== minute) Object.assign(w, { minute, inMinute: 0 });
    if (w.day !== day) Object.assign(w, { day, inDay: 0 });
    windows.set(sid, w);
    if (w.inMinute >= REPORTS_PER_MINUTE || w.inDay >= REPORTS_PER_DAY) return false;
    w.inMinute += 1;
    w.inDay += 1;
    return true;
  };
}

/** Read at most `limit` bytes; undefined when the body is longer (reading stops there). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        return done(undefined);
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** Parse `{ "q": string, "n": integer ≥ 0 }`; undefined for anything else. */
export function parseReport(body: string): { q: string; n: number } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { q, n } = data as Record<string, unknown>;
  if (typeof q !== 'string' || typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return undefined;
  return { q, n };
}

export interface ReportContext {
  activity: Activity;
  publicUrl: URL;
  allow: (sid: string) => boolean;
}

/** A refusal that does not wait for (or read) the rest of the body: the connection closes after it. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  sendText(req, res, status, `${text}\n`, TEXT, { Connection: 'close' });
}

/** Handle a report from a logged-in member (`sid` from their session); the caller checked session and membership. */
export async function handleSearchReport(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ReportContext,
  viewer: Viewer,
  sid: string,
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(req, res, 415, 'Kun application/json.');
  if (!ctx.allow(sid)) return refuse(req, res, 429, 'For mange søgninger; prøv igen om lidt.');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_REPORT_BYTES) return refuse(req, res, 413, 'For stor forespørgsel.');
  const body = await readLimited(req, MAX_REPORT_BYTES);
  if (!body) return refuse(req, res, 413, 'For stor forespørgsel.');
  const report = parseReport(body.toString('utf8'));
  if (!report) return refuse(req, res, 400, 'Forventede {"q": tekst, "n": heltal ≥ 0}.');
  ctx.activity.query(viewer, report.q, report.n);
  res.writeHead(204, { 'Cache-Control': 'private, no-store' });
  res.end();
}
