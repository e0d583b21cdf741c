/**
 * Anonymous requests over real HTTP against the development provider: only a top-level navigation starts a login
 * (302 and one login cookie); a script's fetch, a Pagefind fragment or a prefetch gets 401 without a cookie; and
 * however many logins a browser starts, it never holds more than MAX_PENDING_LOGINS login cookies (issue 10,
 * point 6: before, every sub-resource added a cookie until the headers were too large and everything got 431).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PENDING_LOGINS } from './pending-logins.ts';
import { CORE_MARKER, createFixtureSite, type FixtureSite } from './testing/fixture-site.ts';
import { CookieJar, FETCH_HEADERS, follow, NAVIGATION_HEADERS, request } from './testing/http-client.ts';
import { rawRequest } from './testing/raw-request.ts';
import { startTestStack, type TestStack } from './testing/stack.ts';

let site: FixtureSite;
let stack: TestStack;
const url = (path: string) => `${stack.gateUrl}${path}`;
const loginCookies = (jar: CookieJar) =>
  [...(jar.cookies.get('localhost') ?? new Map<string, string>()).keys()].filter((n) => n.startsWith('sn_login_'));
const SESSION_REQUIRED =
  'Du er ikke logget ind, eller din session er udløbet. Genindlæs siden for at logge ind igen.\n';

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
});
afterAll(async () => {
  await stack?.close();
  await rm(site.root, { recursive: true, force: true });
});

describe('anonymous requests that are not navigations', () => {
  const SEARCH_FILES = [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/index/da_a1b2c3d.pf_index',
    '/pagefind/fragment/da_c3d4e5f.pf_fragment',
    '/pagefind/pagefind.wasm',
  ];

  it('answers 60 fetches of search files with 401, a Danish hint, no-store and no cookie', async () => {
    const jar = new CookieJar();
    for (let i = 0; i < 60; i++) {
      const response = await request(jar, url(SEARCH_FILES[i % SEARCH_FILES.length] ?? '/'), {
        headers: FETCH_HEADERS,
      });
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(SESSION_REQUIRED);
    }
    expect(jar.header(stack.gateUrl)).toBeUndefined();
  });

  it.each([
    ['an image', { accept: 'image/avif,image/webp,*/*', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }],
    ['a module script', { accept: '*/*', 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'script' }],
    ['a same-origin fetch asking for HTML', { accept: 'text/html', 'sec-fetch-mode': 'same-origin' }],
    ['a prefetched navigation', { ...NAVIGATION_HEADERS, 'sec-purpose': 'prefetch' }],
    ['a prerendered navigation', { ...NAVIGATION_HEADERS, 'sec-purpose': 'prefetch;prerender' }],
  ])('answers %s with 401 and no cookie', async (_, headers) => {
    const response = await request(new CookieJar(), url('/skabeloner/'), { headers });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('answers a client without Fetch Metadata by its Accept header: HTML starts a login, anything else is 401', async () => {
    const html = await rawRequest(Number(new URL(stack.gateUrl).port), '/skabeloner/', 'GET', [
      'Accept: text/html,application/xhtml+xml,*/*;q=0.8',
    ]);
    expect(html.status).toBe(302);
    expect(html.headers.match(/^Set-Cookie: sn_login_/gim)).toHaveLength(1);
    const other = await rawRequest(Number(new URL(stack.gateUrl).port), '/pagefind/pagefind.js', 'GET', [
      'Accept: */*',
    ]);
    expect(other.status).toBe(401);
    expect(other.headers).not.toMatch(/^Set-Cookie:/im);
    // rawRequest reads the bytes as latin1.
    expect(Buffer.from(other.body, 'latin1').toString('utf8')).toBe(SESSION_REQUIRED);
  });
});

describe('pending login cookies', () => {
  it(`never lets a browser hold more than ${MAX_PENDING_LOGINS}, however many navigations start a login`, async () => {
    const jar = new CookieJar();
    for (let i = 1; i <= 12; i++) {
      const response = await request(jar, url(`/skabeloner/?fane=${i}`));
      expect(response.status).toBe(302);
      expect(loginCookies(jar)).toHaveLength(Math.min(i, MAX_PENDING_LOGINS));
    }
  });

  it('deletes the oldest ones in the same response and leaves other cookies alone', async () => {
    const jar = new CookieJar();
    jar.set(stack.gateUrl, 'andet', 'beholdes');
    for (let i = 0; i < 8; i++) jar.set(stack.gateUrl, `sn_login_gammel${i}`, 'x');
    const response = await request(jar, url('/'));
    expect(response.status).toBe(302);
    const state = new URL(response.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const deleted = (i: number) =>
      `sn_login_gammel${i}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    expect(response.headers.getSetCookie()).toEqual([
      deleted(0),
      deleted(1),
      deleted(2),
      deleted(3),
      expect.stringMatching(
        new RegExp(`^sn_login_${state.slice(0, 16)}=[\\w.-]+; Path=/; HttpOnly; SameSite=Lax; Max-Age=600$`),
      ),
    ]);
    expect(loginCookies(jar)).toEqual([
      'sn_login_gammel4',
      'sn_login_gammel5',
      'sn_login_gammel6',
      'sn_login_gammel7',
      `sn_login_${state.slice(0, 16)}`,
    ]);
    expect(jar.get(stack.gateUrl, 'andet')).toBe('beholdes');
  });

  it('completes the newest of many parallel logins, while an evicted one fails with the Danish error page', async () => {
    const jar = new CookieJar();
    const starts: string[] = [];
    for (let i = 0; i <= MAX_PENDING_LOGINS; i++) {
      const response = await request(jar, url(`/skabeloner/beredskabsplan-kerne/?fane=${i}`));
      starts.push(response.headers.get('location') ?? '');
    }
    const complete = async (authorizationUrl: string) => {
      const picker = await follow(jar, authorizationUrl);
      const action = /<form method="post" action="([^"]+\/login)">/.exec(await picker.response.text())?.[1] ?? '';
      const posted = await request(jar, new URL(action, picker.url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ account: 'anne.demo@kk.dk' }).toString(),
      });
      return follow(jar, new URL(posted.headers.get('location') ?? '', picker.url).href);
    };
    const newest = await complete(starts[MAX_PENDING_LOGINS] ?? '');
    expect(newest.url).toBe(url(`/skabeloner/beredskabsplan-kerne/?fane=${MAX_PENDING_LOGINS}`));
    expect(await newest.response.text()).toContain(CORE_MARKER);
    jar.cookies.get('localhost')?.delete('sn_session');
    const oldest = await complete(starts[0] ?? '');
    expect(oldest.response.status).toBe(400);
    expect(await oldest.response.text()).toContain('<h1>Login mislykkedes</h1>');
  });
});
