/**
 * Reads the session cookie of a request. Decrypting a JWE costs more than serving a small file, so intact
 * sessions are cached by cookie value until their own expiry; membership is still checked on every request.
 */
import type { IncomingMessage } from 'node:http';
import { parseCookies } from './cookies.ts';
import { openSession, type SessionData, type SessionKeys } from './session.ts';

const MAX_CACHED = 10_000;

export type SessionReader = (req: IncomingMessage) => Promise<SessionData | undefined>;

/** Create a reader for cookie `name`; `now` returns milliseconds. */
export function createSessionReader(name: string, keys: SessionKeys, now: () => number): SessionReader {
  const cache = new Map<string, SessionData & { exp: number }>();
  return async (req) => {
    const token = parseCookies(req.headers.cookie).get(name);
    if (!token) return undefined;
    const nowSeconds = now() / 1000;
    const cached = cache.get(token);
    if (cached) {
      if (cached.exp > nowSeconds) return cached;
      cache.delete(token);
      return undefined;
    }
    const session = await openSession(token, keys, now());
    if (!session) return undefined;
    // Crude bound: a full cache is dropped rather than tracked per entry; it only costs re-decryption.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(token, session);
    return session;
  };
}
