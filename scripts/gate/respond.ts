/**
 * Writing responses: HTML pages, plain text, redirects and files from a tier manifest. HEAD gets the same
 * headers as GET without a body; a file whose ETag matches `If-None-Match` gets 304 (GET and HEAD).
 */

import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { type Caching, NO_STORE } from './caching.ts';
import { ifNoneMatchMatches } from './etag.ts';
import type { FileEntry } from './tier-site.ts';

/** Send a small in-memory body with `private, no-store` caching (gate pages are per-person). */
export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  contentType = 'text/html; charset=utf-8',
  extra: OutgoingHttpHeaders = {},
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...extra,
    'Content-Type': contentType,
    'Content-Length': bytes.length,
    'Cache-Control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Redirect with an empty body; `location` must already be a safe URL. */
export function sendRedirect(
  res: ServerResponse,
  status: 301 | 302 | 303,
  location: string,
  extra: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { ...extra, Location: location, 'Cache-Control': 'private, no-store', 'Content-Length': 0 });
  res.end();
}

/**
 * Stream a manifest file. Returns false (nothing written) when the listed file is gone from disk, so the caller
 * can answer 404 instead of 500. Path-based streams: FileHandle streams read through promises and are slower.
 * `caching` chooses the caching headers of a 200 from the file's stat (default and any other status: `no-store`);
 * with an ETag that `If-None-Match` matches, the answer is 304 with the same caching headers and no body.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  entry: FileEntry,
  status = 200,
  caching?: (info: Stats) => Promise<Caching>,
): Promise<boolean> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(entry.absolute);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;
  const policy = status === 200 && caching ? await caching(info) : NO_STORE;
  const validators: OutgoingHttpHeaders = { 'Cache-Control': policy.cacheControl };
  if (policy.etag) validators.ETag = policy.etag;
  if (policy.vary) validators.Vary = policy.vary;
  if (policy.etag && ifNoneMatchMatches(req.headers['if-none-match'], policy.etag)) {
    res.writeHead(304, validators);
    res.end();
    return true;
  }
  const headers: OutgoingHttpHeaders = {
    'Content-Type': entry.contentType,
    'Content-Length': info.size,
    ...validators,
    'Last-Modified': info.mtime.toUTCString(),
  };
  if (entry.disposition && status === 200) headers['Content-Disposition'] = entry.disposition;
  // Which release answered: operators see it in a browser's tools, and the swap test checks it.
  if (entry.release) headers['Sikkerhedsnet-Release'] = entry.release;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || info.size === 0) {
    res.end();
    return true;
  }
  // pipe() plus an explicit destroy on 'close': the file is closed when the client goes away mid-download,
  // without the AbortController (and DOMException) that stream.pipeline() creates for every response.
  const stream = createReadStream(entry.absolute);
  stream.on('error', () => res.destroy());
  res.once('close', () => stream.destroy());
  stream.pipe(res);
  return true;
}
