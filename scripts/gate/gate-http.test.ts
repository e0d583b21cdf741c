/**
 * Integration over real HTTP: URL safety, methods, health check, headers and content types, for an anonymous
 * visitor and a logged-in kerne member. Hostile paths are sent byte for byte over a socket.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from './headers.ts';
import { createFixtureSite, type FixtureSite } from './testing/fixture-site.ts';
import { CookieJar, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { rawRequest } from './testing/raw-request.ts';
import { startTestStack, type TestStack, waitForLogLines } from './testing/stack.ts';

let site: FixtureSite;
let stack: TestStack;
let jar: CookieJar;
let port: number;
let sessionHeader: string;
const url = (path: string) => `${stack.gateUrl}${path}`;

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
  port = Number(new URL(stack.gateUrl).port);
  jar = new CookieJar();
  await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
  sessionHeader = `Cookie: ${jar.header(stack.gateUrl)}`;
});
afterAll(async () => {
  await stack?.close();
  await rm(site.root, { recursive: true, force: true });
});

const HOSTILE: Array<[string, number]> = [
  ['/../secret.txt', 400],
  ['/../../../../etc/passwd', 400],
  ['/skabeloner/../../secret.txt', 400],
  ['/%2e%2e/secret.txt', 400],
  ['/%2E%2E/access-list.json', 400],
  ['/.%2e/secret.txt', 400],
  ['/skabeloner/%2e%2e/%2e%2e/secret.txt', 400],
  ['/skabeloner%2f..%2f..%2fsecret.txt', 400],
  ['/skabeloner%2F%2E%2E%2F..%2Fsecret.txt', 400],
  ['/%5c..%5csecret.txt', 400],
  ['/..%5C..%5Csecret.txt', 400],
  ['/skabeloner\\..\\..\\secret.txt', 400],
  ['//secret.txt', 400],
  ['/skabeloner//risikovurdering/', 400],
  ['/index.html%00.css', 400],
  ['/index.html\u0000.css', 400],
  ['/%c0%ae%c0%ae/secret.txt', 400],
  ['/./index.html', 400],
  [`/${'a'.repeat(2100)}`, 414],
];

describe('path safety', () => {
  it.each(HOSTILE)(
    'answers %j with %i for a member and for an anonymous visitor, never a file outside the tier',
    async (target, status) => {
      for (const headers of [[sessionHeader], []]) {
        const response = await rawRequest(port, target, 'GET', headers);
        expect(response.status).toBe(status);
        expect(response.body).not.toContain('outside the dist directory');
        expect(response.body).not.toContain('"members"');
        expect(response.headers).not.toMatch(/^Location:/im);
      }
    },
  );

  it('does not serve a file that is on disk but not in the manifest', async () => {
    const response = await request(jar, url('/ikke-listet.html'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Siden findes ikke (kerne)');
  });

  it('does not decode twice: an encoded letter is looked up as written', async () => {
    expect((await request(jar, url('/skabeloner/risikovurdering/%69ndex.html'))).status).toBe(200);
    expect((await request(jar, url('/skabeloner/%2569ndex.html'))).status).toBe(404);
  });

  it('maps directories to index.html and redirects a directory without its slash', async () => {
    expect((await request(jar, url('/'))).status).toBe(200);
    expect((await request(jar, url('/index.html'))).status).toBe(200);
    const redirect = await request(jar, url('/skabeloner/risikovurdering?x=1'));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/skabeloner/risikovurdering/');
  });
});

describe('methods and health', () => {
  it('answers /healthz with "ok" without login, cookies or details', async () => {
    const response = await rawRequest(port, '/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toBe('ok\n');
    expect(response.headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
    expect(response.headers).not.toMatch(/^Set-Cookie:/im);
    expect((await rawRequest(port, '/healthz', 'HEAD')).body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('refuses %s with 405', async (method) => {
    const response = await rawRequest(port, '/skabeloner/', method, [sessionHeader, 'Content-Length: 0']);
    expect(response.status).toBe(405);
    expect(response.headers).toMatch(/^Allow: GET, HEAD$/im);
    expect(response.body).toContain('<h1>Metoden er ikke tilladt</h1>');
  });

  it('refuses GET /logout with 405 and Allow: POST', async () => {
    const response = await request(jar, url('/logout'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(jar, url('/skabeloner/'));
    const head = await request(jar, url('/skabeloner/'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });
});

describe('headers', () => {
  const csp = (issuer: string) =>
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self' ${issuer}`;

  it('sends the security headers on pages, redirects, 404s and the login redirect, without HSTS on localhost', async () => {
    for (const [path, j, status] of [
      ['/', jar, 200],
      ['/skabeloner', jar, 301],
      ['/findes-ikke', jar, 404],
      ['/', new CookieJar(), 302],
    ] as const) {
      const response = await request(j, url(path));
      expect(response.status).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(csp(stack.idp.issuer.origin));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('sends HSTS only for an https public URL outside localhost', () => {
    const issuer = new URL('https://login.microsoftonline.com/organizations/v2.0');
    expect(
      securityHeaders({ publicUrl: new URL('https://sikkerhedsnet.kl.dk'), issuer })['Strict-Transport-Security'],
    ).toBe('max-age=31536000; includeSubDomains');
    expect(
      securityHeaders({ publicUrl: new URL('https://localhost:8443'), issuer })['Strict-Transport-Security'],
    ).toBeUndefined();
    expect(
      securityHeaders({ publicUrl: new URL('https://sikkerhedsnet.kl.dk'), issuer })['Content-Security-Policy'],
    ).toBe(csp('https://login.microsoftonline.com'));
  });

  it.each([
    ['/', 'text/html; charset=utf-8', 'private, no-store'],
    ['/_astro/index.Ab12Cd34.css', 'text/css; charset=utf-8', 'private, max-age=31536000, immutable'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'private, no-cache'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'private, no-cache'],
    ['/pagefind/index/da_a1b2c3d.pf_index', 'application/octet-stream', 'private, max-age=31536000, immutable'],
    ['/pagefind/fragment/da_c3d4e5f.pf_fragment', 'application/octet-stream', 'private, max-age=31536000, immutable'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream', 'private, no-cache'],
    ['/pagefind/pagefind.wasm', 'application/wasm', 'private, no-cache'],
    ['/nyheder/feed.xml', 'application/xml; charset=utf-8', 'private, no-store'],
    [
      '/skabeloner/risikovurdering/risikovurdering.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'private, no-store',
    ],
  ])('serves %s as %s with %s', async (path, type, cache) => {
    const response = await request(jar, url(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
  });

  it('offers Word files as downloads under their own name', async () => {
    const response = await request(jar, url('/skabeloner/risikovurdering/risikovurdering.docx'));
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="risikovurdering.docx"; filename*=UTF-8''risikovurdering.docx`,
    );
    expect(await response.text()).toBe('PK-fake-docx');
  });
});

describe('access log', () => {
  it('writes one line per request with method, path without query, status, time and tier, and no secrets', async () => {
    const before = stack.accessLog.length;
    await request(jar, url('/skabeloner/?q=hemmelig'));
    await request(new CookieJar(), url('/soeg/?q=x'));
    // Lines are written on 'finish', possibly after the client has its response; pick this test's lines by path.
    const lines = await waitForLogLines(stack.accessLog, / \/(skabeloner|soeg)\/ /, 2, before);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z GET \/skabeloner\/ 200 \d+\.\dms kerne$/);
    expect(lines[1]).toMatch(/^\S+ GET \/soeg\/ 302 \d+\.\dms -$/);
    const all = stack.accessLog.join('\n');
    expect(all).not.toMatch(/code=|state=|sn_session|eyJ/);
  });
});
