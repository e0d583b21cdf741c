/**
 * Logout over real HTTP: POST with an Origin check, cleared cookies and site data, the session id revoked so a
 * copied cookie stops working, then RP-initiated logout at the development provider and back to the gate's
 * logged-out page. Revocation across two gate processes is in gate-revocation.test.ts.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, SESSION_TTL_SECONDS, seal } from './session.ts';
import { CORE_MARKER, createFixtureSite, type FixtureSite, TENANT_KK } from './testing/fixture-site.ts';
import { CookieJar, FETCH_HEADERS, follow, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, TEST_SESSION_SECRET, type TestStack } from './testing/stack.ts';

let site: FixtureSite;
let stack: TestStack;
let url: (path: string) => string;

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
  url = (path) => `${stack.gateUrl}${path}`;
});
afterAll(async () => {
  await stack?.close();
  await rm(site.root, { recursive: true, force: true });
});

describe('logout', () => {
  it('refuses a cross-site or origin-less POST', async () => {
    const jar = new CookieJar();
    await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
    for (const headers of [{ origin: 'https://evil.example' }, {}, { 'sec-fetch-site': 'cross-site' }] as Record<
      string,
      string
    >[]) {
      const response = await request(jar, url('/logout'), { method: 'POST', headers });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<h1>Log ud blev afvist</h1>');
    }
    expect((await request(jar, url('/'))).status).toBe(200);
  });

  it('clears the session and site data, ends the provider session and lands on the logged-out page', async () => {
    const jar = new CookieJar();
    await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
    const response = await request(jar, url('/logout'), { method: 'POST', headers: { origin: stack.gateUrl } });
    expect(response.status).toBe(303);
    expect(response.headers.get('clear-site-data')).toBe('"cache", "cookies"');
    expect(response.headers.getSetCookie()).toEqual([
      'sn_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    const endSession = new URL(response.headers.get('location') ?? '');
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${stack.idp.issuer.origin}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(url('/auth/logget-ud'));
    const confirm = await follow(jar, endSession.href);
    const html = await confirm.response.text();
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('Vil du logge ud af den lokale login-tjeneste?');
    const done = await request(jar, new URL(action, endSession).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.headers.get('location')).toBe(url('/auth/logget-ud'));
    const landing = await request(jar, url('/auth/logget-ud'));
    expect(await landing.text()).toContain('<h1>Du er logget ud</h1>');
    // Both sessions are gone: the gate sends us to the provider, which shows its account picker again.
    const again = await follow(jar, url('/'));
    expect(again.response.status).toBe(200);
    expect(await again.response.text()).toContain('<h1>Vælg en demokonto</h1>');
  });
});

describe('session revocation', () => {
  it('refuses a copy of the session cookie taken before logout, on the same gate, at once', async () => {
    const jar = new CookieJar();
    await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
    const copy = `sn_session=${jar.get(stack.gateUrl, 'sn_session')}`;
    const page = url('/skabeloner/beredskabsplan-kerne/');
    const before = await request(new CookieJar(), page, { headers: { cookie: copy } });
    expect(await before.text()).toContain(CORE_MARKER);
    const out = await request(jar, url('/logout'), { method: 'POST', headers: { origin: stack.gateUrl } });
    expect(out.status).toBe(303);
    const fetched = await request(new CookieJar(), page, { headers: { ...FETCH_HEADERS, cookie: copy } });
    expect(fetched.status).toBe(401);
    const navigated = await request(new CookieJar(), page, { headers: { cookie: copy } });
    expect(navigated.status).toBe(302);
    expect(navigated.headers.get('location')).toMatch(new RegExp(`^${stack.idp.issuer.origin}/auth\\?`));
    // The revocation is on disk for the other replicas: one entry named <expiry>.<session id>.
    const entries = await readdir(join(site.distDir, 'revocations'));
    const now = Date.now() / 1000;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const [exp = '', sid = ''] = entry.split('.');
      expect(sid).toMatch(/^[\w-]{22}$/);
      expect(Number(exp)).toBeGreaterThan(now + SESSION_TTL_SECONDS - 60);
      expect(Number(exp)).toBeLessThanOrEqual(now + SESSION_TTL_SECONDS + 1);
    }
  });

  it('sends a cookie sealed before sessions had an id (issued before this deploy) to login', async () => {
    const legacy = await seal(
      { sub: 'x', email: 'anne.demo@kk.dk', tid: TENANT_KK, name: 'Anne Demo' },
      deriveKeys(TEST_SESSION_SECRET).session,
      SESSION_TTL_SECONDS,
    );
    const response = await request(new CookieJar(), url('/skabeloner/beredskabsplan-kerne/'), {
      headers: { cookie: `sn_session=${legacy}` },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${stack.idp.issuer.origin}/auth\\?`));
  });
});
