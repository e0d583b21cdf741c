/**
 * Automates a login through the development provider over real HTTP: request a gate page, follow to the
 * provider's account picker, post the chosen account, follow back through the callback.
 */
import { type CookieJar, follow, type Hop, request } from './http-client.ts';

export interface LoginResult {
  response: Response;
  /** Final URL after the redirects. */
  url: string;
  hops: Hop[];
  /** The gate callback URL that was used (for replay tests). */
  callbackUrl: string | undefined;
  /** The login-state cookie as it was before the callback consumed it. */
  loginCookie: [string, string] | undefined;
}

/** Log in as `accountId` starting at `gateUrl + path`; ends at the page the gate redirects back to. */
export async function loginAs(jar: CookieJar, gateUrl: string, accountId: string, path = '/'): Promise<LoginResult> {
  const toPicker = await follow(jar, new URL(path, gateUrl).href);
  if (toPicker.response.status !== 200)
    throw new Error(`expected the account picker, got ${toPicker.response.status} at ${toPicker.url}`);
  const gateCookies = jar.cookies.get(new URL(gateUrl).hostname) ?? new Map<string, string>();
  const loginCookie = [...gateCookies].find(([name]) => name.includes('sn_login_'));
  const html = await toPicker.response.text();
  const action = /<form method="post" action="([^"]+\/login)">/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${toPicker.url}`);
  const posted = await request(jar, new URL(action, toPicker.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: accountId }).toString(),
  });
  const location = posted.headers.get('location');
  if (posted.status !== 303 || !location) throw new Error(`login post answered ${posted.status}`);
  const back = await follow(jar, new URL(location, toPicker.url).href);
  const hops = [...toPicker.hops, ...back.hops];
  const callbackUrl = hops.find((h) => h.url.includes('/auth/callback'))?.url;
  return { response: back.response, url: back.url, hops, callbackUrl, loginCookie };
}
