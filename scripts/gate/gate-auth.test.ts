/**
 * Integration over real HTTP: the gate and the development provider (oidc-provider 9) on loopback, a fixture
 * build and access list on disk, logins driven through the provider's account picker.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, sealSession } from './session.ts';
import {
  CORE_MARKER,
  createFixtureSite,
  type FixtureSite,
  fixtureAccessList,
  TENANT_KK,
} from './testing/fixture-site.ts';
import { CookieJar, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, TEST_SESSION_SECRET, type TestStack, waitForLogLines } from './testing/stack.ts';

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

describe('anonymous visitor', () => {
  it('is sent to the provider with PKCE, state and nonce, and a short-lived login cookie', async () => {
    const response = await request(new CookieJar(), url('/skabeloner/risikovurdering/'));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${stack.idp.issuer.origin}/auth`);
    expect(location.searchParams.get('client_id')).toBe('sikkerhedsnet-test');
    expect(location.searchParams.get('redirect_uri')).toBe(url('/auth/callback'));
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('scope')).toBe('openid email profile');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    const state = location.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[\w-]{43}$/);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(
      new RegExp(`^sn_login_${state.slice(0, 16)}=[\\w.-]+; Path=/; HttpOnly; SameSite=Lax; Max-Age=600$`),
    );
  });
});

describe('kerne member', () => {
  it('logs in, returns to the requested core-only page, and gets a fresh 8-hour session cookie', async () => {
    const jar = new CookieJar();
    jar.set(stack.gateUrl, 'sn_session', 'planted-before-login');
    const result = await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk', '/skabeloner/beredskabsplan-kerne/?fane=2');
    expect(result.url).toBe(url('/skabeloner/beredskabsplan-kerne/?fane=2'));
    expect(result.response.status).toBe(200);
    expect(await result.response.text()).toContain(CORE_MARKER);
    const session = jar.get(stack.gateUrl, 'sn_session');
    expect(session).not.toBe('planted-before-login');
    expect(session?.split('.')).toHaveLength(5);
    const before = stack.accessLog.length;
    expect((await request(jar, url('/pagefind/fragment/da_c3d4e5f.pf_fragment'))).status).toBe(200);
    const logged = await waitForLogLines(stack.accessLog, / \/pagefind\/fragment\//, 1, before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\S+Z GET \/pagefind\/fragment\/da_c3d4e5f\.pf_fragment 200 \d+\.\dms kerne$/);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, 8 hours, without Secure on http://localhost; a replayed callback fails', async () => {
    const jar = new CookieJar();
    const result = await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
    expect(result.callbackUrl).toBeDefined();
    const callbackHop = result.hops.find((h) => h.url === result.callbackUrl);
    const [name] = result.loginCookie ?? [''];
    expect(callbackHop?.status).toBe(303);
    expect(callbackHop?.location).toBe('/');
    expect(callbackHop?.setCookies).toHaveLength(2);
    expect(callbackHop?.setCookies[0]).toBe(
      `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
    );
    expect(callbackHop?.setCookies[1]).toMatch(/^sn_session=[\w.-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/);
    // Replaying the callback fails: the login cookie is gone, and the state is remembered as used.
    const replay = await request(jar, result.callbackUrl ?? '');
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('<h1>Login mislykkedes</h1>');
    const value = result.loginCookie?.[1] ?? '';
    const withOldCookie = await request(new CookieJar(), result.callbackUrl ?? '', {
      headers: { cookie: `${name}=${value}` },
    });
    expect(withOldCookie.status).toBe(400);
    expect(stack.events).toContain('login afvist / login refused: state already used');
  });
});

describe('bred member', () => {
  let jar: CookieJar;
  beforeAll(async () => {
    jar = new CookieJar();
    const result = await loginAs(jar, stack.gateUrl, 'bo.eksempel@kk.dk', '/skabeloner/risikovurdering/');
    expect(result.response.status).toBe(200);
  });

  it('sees a shared page and its own search bundle', async () => {
    const page = await request(jar, url('/skabeloner/risikovurdering/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Risikovurdering</h1>');
    expect(await (await request(jar, url('/pagefind/pagefind.js'))).text()).toBe('export const tier = "bred";');
  });

  it('gets the same 404 for core pages and the core search bundle as for a path that does not exist', async () => {
    const missing = await request(jar, url('/findes-slet-ikke/'));
    const missingBody = await missing.text();
    expect(missing.status).toBe(404);
    expect(missingBody).toContain('Siden findes ikke (bred)');
    for (const path of [
      '/skabeloner/beredskabsplan-kerne/',
      '/skabeloner/beredskabsplan-kerne/index.html',
      '/skabeloner/beredskabsplan-kerne',
      '/pagefind/fragment/da_c3d4e5f.pf_fragment',
      '/pagefind/index/da_a1b2c3d.pf_index',
      '/pagefind/pagefind.da_1a2b3c4d5e.pf_meta',
    ]) {
      const response = await request(jar, url(path));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(missingBody);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });
});

describe('refused logins', () => {
  it('shows a non-member the Danish 403 page naming the contact persons of their municipality', async () => {
    const result = await loginAs(new CookieJar(), stack.gateUrl, 'ikke-medlem', '/skabeloner/');
    expect(result.response.status).toBe(403);
    const html = await result.response.text();
    expect(html).toContain('<h1>Du har ikke adgang</h1>');
    expect(html).toContain('Du er logget ind som <strong>ikke.medlem@kk.dk</strong>');
    expect(html).toContain('Kontaktpersonen i København Kommune kan give dig adgang:');
    expect(html).toContain('<li>Anne Demo (<a href="mailto:anne.demo@kk.dk">anne.demo@kk.dk</a>)</li>');
    expect(html).toContain('<form method="post" action="/logout">');
  });

  it('refuses a member e-mail presented by a foreign tenant, without naming contacts', async () => {
    const result = await loginAs(new CookieJar(), stack.gateUrl, 'fremmed-tenant', '/');
    expect(result.response.status).toBe(403);
    const html = await result.response.text();
    expect(html).toContain('Du er logget ind som <strong>anne.demo@kk.dk</strong>');
    expect(html).not.toContain('Kontaktpersonerne');
    expect(html).not.toContain(CORE_MARKER);
  });

  it('lets in a member whose municipality pins no tenant', async () => {
    const result = await loginAs(
      new CookieJar(),
      stack.gateUrl,
      'admin.demo@kl.dk',
      '/skabeloner/beredskabsplan-kerne/',
    );
    expect(result.response.status).toBe(200);
  });

  it('in production mode refuses a member whose municipality pins no tenant, and admits pinned members', async () => {
    const strict = await startTestStack(site.distDir, site.accessListFile, { requirePinnedTenant: true });
    try {
      const unpinned = await loginAs(new CookieJar(), strict.gateUrl, 'admin.demo@kl.dk', '/');
      expect(unpinned.response.status).toBe(403);
      expect(await unpinned.response.text()).toContain('<h1>Du har ikke adgang</h1>');
      const pinned = await loginAs(
        new CookieJar(),
        strict.gateUrl,
        'anne.demo@kk.dk',
        '/skabeloner/beredskabsplan-kerne/',
      );
      expect(pinned.response.status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('access list changes', () => {
  it('refuses a removed member at the next request, keeps the last good list on a broken file, and readmits', async () => {
    const jar = new CookieJar();
    expect((await loginAs(jar, stack.gateUrl, 'bo.eksempel@kk.dk', '/')).response.status).toBe(200);
    const full = fixtureAccessList();
    const { 'bo.eksempel@kk.dk': _removed, ...rest } = full.members;
    let reloaded = stack.nextReload();
    await site.writeAccessList({ ...full, members: rest });
    expect(await reloaded).toBe(true);
    expect((await request(jar, url('/'))).status).toBe(403);

    reloaded = stack.nextReload();
    await site.writeAccessList('{ not json');
    expect(await reloaded).toBe(false);
    expect((await request(jar, url('/'))).status).toBe(403);

    reloaded = stack.nextReload();
    await site.writeAccessList(full);
    expect(await reloaded).toBe(true);
    expect((await request(jar, url('/'))).status).toBe(200);
  });
});

describe('session cookie integrity', () => {
  const keys = deriveKeys(TEST_SESSION_SECRET);
  const identity = {
    sid: 'integrity-test-session-1',
    sub: 'x',
    email: 'anne.demo@kk.dk',
    tid: TENANT_KK,
    name: 'Anne Demo',
  };

  it('accepts a cookie sealed with the gate secret', async () => {
    const jar = new CookieJar();
    jar.set(stack.gateUrl, 'sn_session', await sealSession(identity, keys));
    expect((await request(jar, url('/skabeloner/beredskabsplan-kerne/'))).status).toBe(200);
  });

  it('sends a tampered, an expired and a foreign-key cookie to login', async () => {
    const good = await sealSession(identity, keys);
    const parts = good.split('.');
    const cipher = parts[3] ?? '';
    parts[3] = `${cipher.slice(0, -2)}${cipher.endsWith('AA') ? 'BB' : 'AA'}`;
    const nineHoursAgo = Date.now() - 9 * 60 * 60 * 1000;
    for (const cookie of [
      parts.join('.'),
      await sealSession(identity, keys, nineHoursAgo),
      await sealSession(identity, deriveKeys('another-secret-that-is-long-enough-000000')),
      'not-a-jwe',
    ]) {
      const jar = new CookieJar();
      jar.set(stack.gateUrl, 'sn_session', cookie);
      const response = await request(jar, url('/skabeloner/beredskabsplan-kerne/'));
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toMatch(new RegExp(`^${stack.idp.issuer.origin}/auth\\?`));
    }
  });
});
