/**
 * The three login/logout steps: send an anonymous visitor to the provider, complete the callback (single-use
 * state, fresh session with a new id), and log out (POST, same origin only, revoke the session id on every
 * replica, then the provider's end-session endpoint).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, serializeCookie } from './cookies.ts';
import type { OidcClient } from './oidc.ts';
import { loginFailedPage, logoutRefusedPage, providerUnavailablePage, SESSION_REQUIRED_TEXT } from './pages.ts';
import { loginCookieName, surplusLoginCookies } from './pending-logins.ts';
import { sendRedirect, sendText } from './respond.ts';
import { safeReturnTo } from './return-to.ts';
import type { RevocationStore } from './revocations.ts';
import {
  LOGIN_TTL_SECONDS,
  newSessionId,
  openLogin,
  SESSION_TTL_SECONDS,
  type SessionKeys,
  sealLogin,
  sealSession,
} from './session.ts';
import type { SessionReader } from './session-reader.ts';

export const CALLBACK_PATH = '/auth/callback';
export const LOGGED_OUT_PATH = '/auth/logget-ud';

export interface AuthContext {
  publicUrl: URL;
  secureCookies: boolean;
  keys: SessionKeys;
  oidc: OidcClient;
  log: (line: string) => void;
  now: () => number;
  /** States already used, with their expiry (ms), so a replayed callback fails even with the old cookie. */
  usedStates: Map<string, number>;
  /** Reads the request's session (logout needs its id). */
  readSession: SessionReader;
  revocations: RevocationStore;
}

/** Cookie names: `__Host-` on https; plain names on http://localhost, where browsers refuse `__Host-` without Secure. */
export function cookieNames(secure: boolean): { session: string; loginPrefix: string } {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}sn_session`, loginPrefix: `${prefix}sn_login_` };
}

const deleteCookie = (ctx: AuthContext, name: string) =>
  serializeCookie(name, '', { maxAge: 0, secure: ctx.secureCookies });

/**
 * 401 for an anonymous request that is not a top-level navigation: no login cookie, and a Danish hint to reload
 * (the search page shows its own message). `private, no-store` comes with every text response.
 */
export function refuseAnonymous(req: IncomingMessage, res: ServerResponse): void {
  sendText(req, res, 401, SESSION_REQUIRED_TEXT, 'text/plain; charset=utf-8');
}

/**
 * 302 to the provider, remembering the requested relative path. Call only for a top-level navigation. Deletes the
 * oldest pending login cookies in the same response, so a browser never holds more than MAX_PENDING_LOGINS.
 */
export async function startLogin(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): Promise<void> {
  let started: Awaited<ReturnType<OidcClient['start']>>;
  try {
    started = await ctx.oidc.start(safeReturnTo(req.url));
  } catch (error) {
    ctx.log(`login kunne ikke startes / could not start login: ${(error as Error).message}`);
    sendText(req, res, 503, providerUnavailablePage(), undefined, { 'Retry-After': '10' });
    return;
  }
  const prefix = cookieNames(ctx.secureCookies).loginPrefix;
  const evicted = surplusLoginCookies(req.headers.cookie, prefix).map((name) => deleteCookie(ctx, name));
  const cookie = serializeCookie(
    loginCookieName(prefix, started.login.state),
    await sealLogin(started.login, ctx.keys, ctx.now()),
    { maxAge: LOGIN_TTL_SECONDS, secure: ctx.secureCookies },
  );
  sendRedirect(res, 302, started.url.href, { 'Set-Cookie': [...evicted, cookie] });
}

function rememberState(ctx: AuthContext, state: string): void {
  const now = ctx.now();
  for (const [s, expires] of ctx.usedStates) if (expires < now) ctx.usedStates.delete(s);
  ctx.usedStates.set(state, now + LOGIN_TTL_SECONDS * 1000);
}

/** Complete the code flow; on success a brand-new session cookie replaces whatever the browser had. */
export async function finishLogin(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): Promise<void> {
  const callbackUrl = new URL(req.url ?? '/', ctx.publicUrl);
  const state = callbackUrl.searchParams.get('state') ?? '';
  const fail = (why: string, clear: string[] = []) => {
    ctx.log(`login afvist / login refused: ${why}`);
    sendText(req, res, 400, loginFailedPage(), undefined, clear.length ? { 'Set-Cookie': clear } : {});
  };
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(state)) return fail('missing or malformed state');
  const name = loginCookieName(cookieNames(ctx.secureCookies).loginPrefix, state);
  const clear = [deleteCookie(ctx, name)];
  const raw = parseCookies(req.headers.cookie).get(name);
  const login = raw ? await openLogin(raw, ctx.keys, ctx.now()) : undefined;
  if (!login) return fail('no valid login cookie for this state', clear);
  if (ctx.usedStates.has(login.state)) return fail('state already used', clear);
  // Consumed before the exchange: a second callback with the same state fails even while the first is running.
  rememberState(ctx, login.state);
  let claims: Awaited<ReturnType<OidcClient['finish']>>;
  try {
    claims = await ctx.oidc.finish(callbackUrl, login);
  } catch (error) {
    // openid-client's codes are broad (OAUTH_INVALID_RESPONSE), the cause says what failed; both messages are
    // fixed texts without token data.
    const { code, name, message, cause } = error as Error & { code?: string };
    const why = cause instanceof Error && cause.message !== message ? `${message}: ${cause.message}` : message;
    return fail(`code exchange failed (${code ?? name}: ${why})`, clear);
  }
  const session = await sealSession({ ...claims, sid: newSessionId() }, ctx.keys, ctx.now());
  const sessionCookie = serializeCookie(cookieNames(ctx.secureCookies).session, session, {
    maxAge: SESSION_TTL_SECONDS,
    secure: ctx.secureCookies,
  });
  sendRedirect(res, 303, safeReturnTo(login.returnTo), { 'Set-Cookie': [...clear, sessionCookie] });
}

/**
 * POST /logout: refuse cross-site requests, revoke the session id (a copied cookie stops working on every
 * replica), clear cookies and cache, then end the session at the provider.
 */
export async function logout(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): Promise<void> {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const sameOrigin = origin ? origin === ctx.publicUrl.origin : site === 'same-origin';
  if (!sameOrigin) {
    sendText(req, res, 403, logoutRefusedPage());
    return;
  }
  const session = await ctx.readSession(req);
  if (session) await ctx.revocations.revoke(session.sid, session.exp);
  const after = new URL(LOGGED_OUT_PATH, ctx.publicUrl).href;
  const endSession = await ctx.oidc.endSessionUrl(after);
  sendRedirect(res, 303, endSession?.href ?? LOGGED_OUT_PATH, {
    'Set-Cookie': deleteCookie(ctx, cookieNames(ctx.secureCookies).session),
    'Clear-Site-Data': '"cache", "cookies"',
  });
}
