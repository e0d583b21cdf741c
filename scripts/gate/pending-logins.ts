/**
 * When the gate may start a login, and how many pending logins one browser may hold. Each start sets a sealed
 * login cookie of about 470 bytes for 10 minutes. Started for every anonymous request, sub-resources included
 * (Pagefind fragments, a page's fetches after the session expired), they piled up until the Cookie header passed
 * Node's header limit and every request got an empty 431.
 */
import type { IncomingMessage } from 'node:http';
import { parseCookies } from './cookies.ts';

/** Pending logins a browser may hold at once: a few tabs logging in in parallel, at about 2.4 KB of cookies. */
export const MAX_PENDING_LOGINS = 5;

/**
 * Ensure only a top-level navigation starts a login: `Sec-Fetch-Mode: navigate` that is not a prefetch or
 * prerender, or, from a browser without Fetch Metadata, an `Accept` that asks for HTML. A script's fetch, an image
 * or a Pagefind fragment cannot show the provider's login page, so starting a login for it only adds a cookie.
 */
export function isTopLevelNavigation(req: IncomingMessage): boolean {
  const purpose = `${req.headers['sec-purpose'] ?? ''} ${req.headers.purpose ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return false;
  const mode = req.headers['sec-fetch-mode'];
  if (mode !== undefined) return mode === 'navigate';
  return (req.headers.accept ?? '').toLowerCase().includes('text/html');
}

/** The cookie of one pending login, keyed by part of its state so parallel tabs don't overwrite each other. */
export function loginCookieName(prefix: string, state: string): string {
  return `${prefix}${state.slice(0, 16)}`;
}

/**
 * Ensure at most {@link MAX_PENDING_LOGINS} login cookies once one more is set: the names to delete, oldest first.
 * Browsers send cookies of the same path oldest first (RFC 6265 §5.4), so the Cookie header's order is their age;
 * an evicted tab's login fails with the "Login mislykkedes" page and its "Prøv igen" link.
 */
export function surplusLoginCookies(cookieHeader: string | undefined, prefix: string): string[] {
  const pending = [...parseCookies(cookieHeader).keys()].filter((name) => name.startsWith(prefix));
  return pending.slice(0, Math.max(0, pending.length - (MAX_PENDING_LOGINS - 1)));
}
