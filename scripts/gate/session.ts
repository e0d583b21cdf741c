/**
 * Sealed cookies: the session (8 hours) and the short-lived login state (state, nonce, PKCE verifier, returnTo).
 * Both are JWTs encrypted with A256GCM under a key derived from the session secret; GCM's authentication tag
 * makes them tamper-evident as well as confidential, so one operation both "signs" and encrypts.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;
export const LOGIN_TTL_SECONDS = 10 * 60;

/** What the gate remembers about a logged-in person: validated ID-token claims only, never tokens. */
export interface SessionData {
  /** Random id of this session (128 bits): what logout revokes, so a copy of the cookie stops working too. */
  sid: string;
  sub: string;
  email: string;
  tid?: string | undefined;
  name?: string | undefined;
}

/** A session as read back from its cookie, with its expiry (seconds since the epoch). */
export type OpenedSession = SessionData & { exp: number };

/** The shape of a session id (base64url); anything else in a cookie is not one of ours. */
export const SESSION_ID = /^[A-Za-z0-9_-]{16,128}$/;

/** A new random session id. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

/** One pending login, bound to the browser by its own cookie. */
export interface LoginState {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface SessionKeys {
  session: Uint8Array;
  login: Uint8Array;
  /**
   * The keys of the secret before a rotation: cookies sealed with them are still opened, never sealed, so members
   * stay logged in while the gates switch secrets. Remove the previous secret after one session lifetime.
   */
  previous?: { session: Uint8Array; login: Uint8Array } | undefined;
}

/**
 * Derive separate 256-bit keys for session and login cookies from the configured secret (HKDF-SHA256), and from the
 * previous secret during a rotation.
 */
export function deriveKeys(secret: string, previousSecret?: string): SessionKeys {
  const derive = (from: string, info: string) =>
    new Uint8Array(hkdfSync('sha256', from, 'sikkerhedsnet-gate', info, 32));
  const pair = (from: string) => ({
    session: derive(from, 'session cookie v1'),
    login: derive(from, 'login cookie v1'),
  });
  return { ...pair(secret), previous: previousSecret ? pair(previousSecret) : undefined };
}

/** Open with the current key, else with the previous secret's key (a cookie from before a rotation). */
async function unsealEither(
  token: string,
  keys: SessionKeys,
  kind: 'session' | 'login',
  now: number,
): Promise<Record<string, unknown> | undefined> {
  const opened = await unseal(token, keys[kind], now);
  if (opened || !keys.previous) return opened;
  return unseal(token, keys.previous[kind], now);
}

/** Seal a claims object with an expiry; `now` (ms) is injectable so tests can mint expired cookies. */
export async function seal(payload: object, key: Uint8Array, ttlSeconds: number, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new EncryptJWT({ ...payload })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .encrypt(key);
}

/** Open a sealed cookie; undefined when it is tampered with, expired, or not ours. */
export async function unseal(
  token: string,
  key: Uint8Array,
  now = Date.now(),
): Promise<Record<string, unknown> | undefined> {
  try {
    const { payload } = await jwtDecrypt(token, key, {
      currentDate: new Date(now),
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Seal a session for {@link SESSION_TTL_SECONDS}. */
export function sealSession(data: SessionData, keys: SessionKeys, now = Date.now()): Promise<string> {
  return seal(
    { sid: data.sid, sub: data.sub, email: data.email, tid: data.tid, name: data.name },
    keys.session,
    SESSION_TTL_SECONDS,
    now,
  );
}

/**
 * Open a session cookie; undefined unless it is intact, unexpired and has the expected fields. A cookie sealed
 * before sessions had an id has no `sid`: it could not be revoked at logout, so it is refused and its holder logs
 * in once more after the deploy.
 */
export async function openSession(
  token: string,
  keys: SessionKeys,
  now = Date.now(),
): Promise<OpenedSession | undefined> {
  const p = await unsealEither(token, keys, 'session', now);
  if (!p || typeof p.sub !== 'string' || typeof p.email !== 'string' || typeof p.exp !== 'number') return undefined;
  if (typeof p.sid !== 'string' || !SESSION_ID.test(p.sid)) return undefined;
  return {
    sid: p.sid,
    sub: p.sub,
    email: p.email,
    tid: typeof p.tid === 'string' ? p.tid : undefined,
    name: typeof p.name === 'string' ? p.name : undefined,
    exp: p.exp,
  };
}

/** Seal a pending login for {@link LOGIN_TTL_SECONDS}. */
export function sealLogin(data: LoginState, keys: SessionKeys, now = Date.now()): Promise<string> {
  return seal({ ...data }, keys.login, LOGIN_TTL_SECONDS, now);
}

/** Open a login cookie; undefined unless intact and unexpired. */
export async function openLogin(token: string, keys: SessionKeys, now = Date.now()): Promise<LoginState | undefined> {
  const p = await unsealEither(token, keys, 'login', now);
  if (!p) return undefined;
  const { state, nonce, verifier, returnTo } = p;
  if (
    typeof state !== 'string' ||
    typeof nonce !== 'string' ||
    typeof verifier !== 'string' ||
    typeof returnTo !== 'string'
  ) {
    return undefined;
  }
  return { state, nonce, verifier, returnTo };
}
