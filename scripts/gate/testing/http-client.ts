/**
 * A tiny browser stand-in for tests: a cookie jar per host name, manual redirects, and a helper that follows
 * redirect chains while recording every hop (so tests can replay a callback URL or inspect a Location).
 */

export interface Hop {
  url: string;
  status: number;
  location: string | undefined;
  setCookies: string[];
}

export class CookieJar {
  readonly cookies = new Map<string, Map<string, string>>();

  /** Store the Set-Cookie headers of a response from `url` (Max-Age=0 deletes). */
  store(url: string, response: Response): void {
    const host = new URL(url).hostname;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const deleted = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (deleted) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
    this.cookies.set(host, jar);
  }

  /** The Cookie header for `url`, or undefined. */
  header(url: string): string | undefined {
    const jar = this.cookies.get(new URL(url).hostname);
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).hostname)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const host = new URL(url).hostname;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(host, jar);
  }
}

/** One request with the jar's cookies and no automatic redirects. */
export async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/** Follow 301/302/303 (as GET) until another status; returns the final response and every hop. */
export async function follow(
  jar: CookieJar,
  url: string,
  init: RequestInit = {},
  maxHops = 12,
): Promise<{ response: Response; hops: Hop[]; url: string }> {
  const hops: Hop[] = [];
  let current = url;
  let response = await request(jar, current, init);
  for (let i = 0; i < maxHops && [301, 302, 303].includes(response.status); i++) {
    const location = response.headers.get('location') ?? '';
    hops.push({ url: current, status: response.status, location, setCookies: response.headers.getSetCookie() });
    await response.body?.cancel();
    current = new URL(location, current).href;
    response = await request(jar, current);
  }
  hops.push({
    url: current,
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    setCookies: response.headers.getSetCookie(),
  });
  return { response, hops, url: current };
}
