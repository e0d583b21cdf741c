/**
 * Request-path validation. The gate never maps a URL to the filesystem directly: it decodes the path once and
 * looks it up in the tier manifest. This module rejects every spelling that could mean something different to
 * another layer (encoded slashes, backslashes, dot segments, NUL, double slashes), so the path that is
 * authorized is the path that is served.
 */

/** Longest request target (path + query) the gate accepts. */
export const MAX_URL_LENGTH = 2048;

export type PathResult = { ok: true; path: string } | { ok: false; status: 400 | 414; reason: string };

// Encoded '/', '\' and NUL are refused before decoding: after decoding they would change the path's structure.
const FORBIDDEN_ENCODED = /%(2f|5c|00)/i;

/**
 * Ensure a raw request target (`req.url`) is a plain absolute path; returns its decoded form without the query.
 * Refuses `..`/`.` segments in any encoding, `%2f`, `%5c`, `\`, NUL, `//`, bad percent-encoding and URLs longer
 * than {@link MAX_URL_LENGTH}.
 */
export function parseRequestPath(rawUrl: string | undefined): PathResult {
  if (rawUrl === undefined || rawUrl.length === 0) return { ok: false, status: 400, reason: 'empty' };
  if (rawUrl.length > MAX_URL_LENGTH) return { ok: false, status: 414, reason: 'too-long' };
  const queryAt = rawUrl.search(/[?#]/);
  const raw = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  if (!raw.startsWith('/')) return { ok: false, status: 400, reason: 'not-absolute' };
  if (raw.includes('\\') || raw.includes('\0')) return { ok: false, status: 400, reason: 'forbidden-character' };
  if (FORBIDDEN_ENCODED.test(raw)) return { ok: false, status: 400, reason: 'encoded-separator' };
  if (raw.includes('//')) return { ok: false, status: 400, reason: 'double-slash' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, reason: 'bad-encoding' };
  }
  // Checked again after decoding: `%2e%2e` becomes `..`, and control characters have no place in a file name.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { ok: false, status: 400, reason: 'forbidden-character' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return { ok: false, status: 400, reason: 'dot-segment' };
  if (decoded.includes('//')) return { ok: false, status: 400, reason: 'double-slash' };
  return { ok: true, path: decoded };
}

/** The path part of a raw request target, without query, for the access log (never the query: it may hold codes). */
export function pathForLog(rawUrl: string | undefined): string {
  const raw = rawUrl ?? '';
  const queryAt = raw.search(/[?#]/);
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: keep log lines single-line and printable
  return path.slice(0, 200).replace(/[\u0000-\u001f\u007f\s]/g, '?');
}
