/**
 * A tiny browser stand-in for tests: a cookie jar per host name, manual redirects, and a helper that follows
 * redirect chains while recording every hop (so tests can replay a callback URL or inspect a Location).
 * Requests go through node:http, not fetch: undici always sends `Sec-Fetch-Mode: cors`, and the gate starts a
 * login only for what a browser marks as a top-level navigation.
 */
import { request as httpRequest } from 'node:http';

/** What a browser sends on a top-level navigation (the default of {@link request}). */
export const NAVIGATION_HEADERS: Readonly<Record<string, string>> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'sec-fetch-mode': 'navigate',
  'sec-fetch-dest': 'document',
};

/** What a page script's `fetch()` sends, e.g. Pagefind loading a fragment. */
export const FETCH_HEADERS: Readonly<Record<string, string>> = {
  accept: '*/*',
  'sec-fetch-mode': 'cors',
  'sec-fetch-dest': 'empty',
  'sec-fetch-site': 'same-origin',
};

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

  /** The Cookie header for `url` (in the order the cookies were created, as browsers send them), or undefined. */
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

export interface RequestOptions {
  method?: string;
  /** Merged over {@link NAVIGATION_HEADERS}; pass {@link FETCH_HEADERS} to imitate a script's fetch. */
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTP/1.1 exchange, answered as a fetch `Response` (body fully read) so tests can use its API. */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Response> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        const out = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
          out.append(res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '');
        const status = res.statusCode ?? 0;
        const noBody = method === 'HEAD' || status === 204 || status === 304;
        done(new Response(noBody ? null : Buffer.concat(chunks), { status, headers: out }));
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** One request with the jar's cookies, navigation headers unless overridden, and no automatic redirects. */
export async function request(jar: CookieJar, url: string, init: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...NAVIGATION_HEADERS };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  const cookie = jar.header(url);
  if (cookie && headers.cookie === undefined) headers.cookie = cookie;
  const response = await send(url, init.method ?? 'GET', headers, init.body);
  jar.store(url, response);
  return response;
}

/** Follow 301/302/303 (as GET) until another status; returns the final response and every hop. */
export async function follow(
  jar: CookieJar,
  url: string,
  init: RequestOptions = {},
  maxHops = 12,
): Promise<{ response: Response; hops: Hop[]; url: string }> {
  const hops: Hop[] = [];
  let current = url;
  let response = await request(jar, current, init);
  for (let i = 0; i < maxHops && [301, 302, 303].includes(response.status); i++) {
    const location = response.headers.get('location') ?? '';
    hops.push({ url: current, status: response.status, location, setCookies: response.headers.getSetCookie() });
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
