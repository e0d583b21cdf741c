/**
 * The production front, run for real: Debian's nginx with deploy/nginx/sikkerhedsnet.conf (only ports, certificate
 * paths and the host name changed for loopback) and a self-signed certificate, in front of two gate processes. A
 * member logs in through it in Chromium; the session cookie is a `__Host-` cookie, every answer carries HSTS, the
 * page comes over HTTP/2 and compressed, stopping one gate ends nobody's session, and /auth/ is rate-limited.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAccessList } from '../access-list.ts';
import { devAccountsFromAccessList } from '../dev-idp/accounts.ts';
import { type DevIdp, startDevIdp } from '../dev-idp/provider.ts';
import { createFixtureSite, type FixtureSite } from '../testing/fixture-site.ts';
import { becomesHealthy, type ServeProcess, spawnServe } from '../testing/serve-process.ts';
import { reservePort } from '../testing/stack.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

const run = promisify(execFile);
const NGINX = '/usr/sbin/nginx';
const SITE_CONF = join(import.meta.dirname, '../../../deploy/nginx/sikkerhedsnet.conf');
const CLIENT = { clientId: 'sikkerhedsnet-proxy-test', clientSecret: 'proxy-test-client-secret' };

let tmp: string;
let fixture: FixtureSite;
let idp: DevIdp;
let nginx: ChildProcess;
let gates: ServeProcess[] = [];
let gateOutput: string[] = [];
let browser: Browser;
let https: number;
let http: number;
let origin: string;

/** Replace `from` in the shipped configuration, failing loudly if the file no longer has it. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx/sikkerhedsnet.conf has no "${from}" any more`);
  return text.replaceAll(from, to);
}

/** GET over TLS without checking the self-signed certificate; the status and headers. */
function tlsGet(path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port: https, path, servername: 'localhost', rejectUnauthorized: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-proxy-'));
  fixture = await createFixtureSite();
  // A page large enough for nginx to compress (gzip_min_length 1024).
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Afsnit ${i} om skabelonerne i kernenetværket.</p>`);
  await writeFile(
    join(fixture.distDir, 'kerne/skabeloner/index.html'),
    `<!doctype html><html lang="da"><head><title>Skabeloner</title></head><body><main><h1>Skabeloner</h1>${paragraphs.join('')}</main></body></html>`,
  );
  [https, http] = [await reservePort(), await reservePort()];
  const ports = [await reservePort(), await reservePort()];
  origin = `https://localhost:${https}`;

  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    join(tmp, 'privkey.pem'),
    '-out',
    join(tmp, 'fullchain.pem'),
  ]);
  let site = await readFile(SITE_CONF, 'utf8');
  site = swap(site, '127.0.0.1:4401', `127.0.0.1:${ports[0]}`);
  site = swap(site, '127.0.0.1:4402', `127.0.0.1:${ports[1]}`);
  site = swap(site, '    listen [::]:80;\n', '');
  site = swap(site, '    listen [::]:443 ssl http2;\n', '');
  site = swap(site, 'listen 80;', `listen 127.0.0.1:${http};`);
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`);
  site = swap(site, '/etc/ssl/sikkerhedsnet/', `${tmp}/`);
  site = swap(site, 'sikkerhedsnet.kl.dk', 'localhost');
  await writeFile(join(tmp, 'sikkerhedsnet.conf'), site);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(tmp, dir));
  // Only what a test run needs around the shipped server blocks: its own pid, log and temp folders.
  await writeFile(
    join(tmp, 'nginx.conf'),
    [
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${tmp}/nginx.pid;`,
      `error_log ${tmp}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${tmp}/${d};`,
      ),
      `  include ${tmp}/sikkerhedsnet.conf;`,
      '}',
    ].join('\n'),
  );
  await run(NGINX, ['-t', '-q', '-p', tmp, '-c', join(tmp, 'nginx.conf')]);
  nginx = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });

  const accounts = () => devAccountsFromAccessList(parseAccessList(readFileSync(fixture.accessListFile, 'utf8')));
  idp = await startDevIdp({ gateUrl: new URL(origin), ...CLIENT, accounts });
  gateOutput = ['', ''];
  gates = ports.map((port, i) => {
    const gate = spawnServe({
      SIKKERHEDSNET_ISSUER: idp.issuer.href,
      SIKKERHEDSNET_CLIENT_ID: CLIENT.clientId,
      SIKKERHEDSNET_CLIENT_SECRET: CLIENT.clientSecret,
      SIKKERHEDSNET_SESSION_SECRET: 'the-session-secret-both-gates-share-0123456789',
      SIKKERHEDSNET_PUBLIC_URL: origin,
      SIKKERHEDSNET_DIST: fixture.distDir,
      SIKKERHEDSNET_ACCESS_LIST: fixture.accessListFile,
      SIKKERHEDSNET_REVOCATIONS: join(tmp, 'state/revocations'),
      SIKKERHEDSNET_ACTIVITY: join(tmp, 'state/activity'),
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    gate.child.stdout?.on('data', (chunk) => {
      gateOutput[i] += String(chunk);
    });
    return gate;
  });
  for (const port of ports) expect(await becomesHealthy(port)).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const gate of gates) gate.child.kill('SIGTERM');
  await Promise.all(gates.map((g) => g.output));
  nginx?.kill('SIGQUIT');
  await idp?.close();
  await rm(tmp, { recursive: true, force: true });
  await rm(fixture?.root ?? '', { recursive: true, force: true });
});

describe('nginx with TLS in front of two gates', () => {
  it('logs a member in over HTTP/2 with HSTS and a __Host- session cookie, and keeps the session when a gate stops', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(new URL(page.url()).origin).toBe(idp.issuer.origin);
    await page.click('button[value]');
    await page.waitForURL(`${origin}/`);
    expect(await page.textContent('h1')).toBe('Forside (kerne)');

    const session = (await context.cookies(origin)).filter((c) => c.name.startsWith('__Host-'));
    expect(session.map((c) => [c.secure, c.httpOnly, c.path, c.domain])).toEqual([[true, true, '/', 'localhost']]);
    const answer = await page.goto(`${origin}/skabeloner/`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(answer?.headers()['content-encoding']).toBe('gzip');
    const protocol = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
    );
    expect(protocol).toBe('h2');

    // Both gates have answered the member; stop the first one.
    for (let i = 0; i < 4; i++) await page.goto(`${origin}/skabeloner/risikovurdering/`);
    expect(gateOutput.map((out) => /GET \/skabeloner\//.test(out))).toEqual([true, true]);
    gates[0]?.child.kill('SIGTERM');
    expect((await gates[0]?.output)?.code).toBe(0);
    for (const path of ['/skabeloner/risikovurdering/', '/skabeloner/', '/']) {
      const after = await page.goto(`${origin}${path}`);
      expect([path, after?.status(), new URL(page.url()).origin]).toEqual([path, 200, origin]);
    }
    expect(await page.textContent('h1')).toBe('Forside (kerne)');
    await context.close();
  });

  it('sends plain HTTP to HTTPS', async () => {
    const response = await fetch(`http://127.0.0.1:${http}/skabeloner/`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([301, 'https://localhost/skabeloner/']);
  });

  it('limits requests to /auth/ per address: a burst goes through, then 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await tlsGet('/auth/logget-ud')).status);
    expect(statuses.slice(0, 15).filter((s) => s === 429)).toEqual([]);
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
    // Other paths are not limited.
    expect((await tlsGet('/healthz')).status).toBe(200);
  });
});
