/**
 * Reads the session cookie of a request. Decrypting a JWE costs more than serving a small file, so intact
 * sessions are cached by cookie value until their own expiry; membership and revocation are still checked on
 * every request.
 */
import type { IncomingMessage } from 'node:http';
import { parseCookies } from './cookies.ts';
import { type OpenedSession, openSession, type SessionKeys } from './session.ts';

const MAX_CACHED = 10_000;

export type SessionReader = (req: IncomingMessage) => Promise<OpenedSession | undefined>;

/**
 * Create a reader for cookie `name`; `now` returns milliseconds. A session whose id `isRevoked` (logged out, on
 * this or another replica) reads as no session, so its holder is sent to login.
 */
export function createSessionReader(
  name: string,
  keys: SessionKeys,
  now: () => number,
  isRevoked: (sid: string) => boolean,
): SessionReader {
  const cache = new Map<string, OpenedSession>();
  return async (req) => {
    const token = parseCookies(req.headers.cookie).get(name);
    if (!token) return undefined;
    const nowSeconds = now() / 1000;
    let session = cache.get(token);
    if (session && session.exp <= nowSeconds) {
      cache.delete(token);
      return undefined;
    }
    if (!session) {
      session = await openSession(token, keys, now());
      if (!session) return undefined;
      // Crude bound: a full cache is dropped rather than tracked per entry; it only costs re-decryption.
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(token, session);
    }
    return isRevoked(session.sid) ? undefined : session;
  };
}
