/**
 * Private caching of Pagefind's search bundle over real HTTP (issue point 9): the headers per kind of file, 304 on
 * a matching `If-None-Match` for GET and HEAD, a new ETag after a rebuild, a member whose tier changes, and
 * unauthenticated requests exactly as before (401 or the login redirect, `no-store`, no validator).
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORE_MARKER,
  createFixtureSite,
  FIXTURE_FILES,
  type FixtureSite,
  fixtureAccessList,
  fixtureAccessListWithTier,
} from './testing/fixture-site.ts';
import { CookieJar, FETCH_HEADERS, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, type TestStack } from './testing/stack.ts';

const IMMUTABLE = 'private, max-age=31536000, immutable';
const REVALIDATE = 'private, no-cache';
const NO_STORE = 'private, no-store';
const etag = (content: string) => `"${createHash('sha256').update(content).digest('base64url')}"`;

let site: FixtureSite;
let stack: TestStack;
let jar: CookieJar;
const url = (path: string) => `${stack.gateUrl}${path}`;
const get = (path: string, headers: Record<string, string> = {}, method = 'GET', j = jar) =>
  request(j, url(path), { method, headers: { ...FETCH_HEADERS, ...headers } });

/** Wait until the gate has logged `count` reloads of `tier`'s manifest. */
async function manifestReloads(tier: string, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  const reloads = () => stack.events.filter((e) => e.startsWith(`manifest for ${tier} genindlæst`)).length;
  while (reloads() < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(reloads()).toBe(count);
}

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
  jar = new CookieJar();
  await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
});
afterAll(async () => {
  await stack?.close();
  await rm(site.root, { recursive: true, force: true });
});

describe('caching headers for a logged-in member', () => {
  const kerne = FIXTURE_FILES.kerne;
  it.each([
    // Named by Pagefind from a hash of their content: kept without asking.
    ['/pagefind/fragment/da_c3d4e5f.pf_fragment', IMMUTABLE, 'Cookie'],
    ['/pagefind/index/da_a1b2c3d.pf_index', IMMUTABLE, 'Cookie'],
    ['/pagefind/pagefind.da_1a2b3c4d5e.pf_meta', IMMUTABLE, 'Cookie'],
    ['/pagefind/fragment/da_5e5e5e5.pf_fragment', IMMUTABLE, 'Cookie'],
    // The same hashed name with other bytes in the bred build: revalidated in both tiers.
    ['/pagefind/filter/da_0f0f0f0.pf_filter', REVALIDATE, 'Cookie'],
    // Names that stay from build to build: revalidated with the ETag every time.
    ['/pagefind/pagefind-entry.json', REVALIDATE, 'Cookie'],
    ['/pagefind/pagefind.js', REVALIDATE, 'Cookie'],
    ['/pagefind/wasm.da.pagefind', REVALIDATE, 'Cookie'],
    ['/pagefind/pagefind.wasm', REVALIDATE, 'Cookie'],
  ])('%s: %s, ETag of its bytes, Vary %s', async (path, cacheControl, vary) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(cacheControl);
    expect(response.headers.get('etag')).toBe(etag(kerne[path.slice(1)] ?? ''));
    expect(response.headers.get('vary')).toBe(vary);
    expect(await response.text()).toBe(kerne[path.slice(1)]);
  });

  it.each([
    ['/', NO_STORE],
    ['/skabeloner/beredskabsplan-kerne/', NO_STORE],
    ['/skabeloner/risikovurdering/risikovurdering.docx', NO_STORE],
    ['/nyheder/feed.xml', NO_STORE],
    ['/_astro/index.Ab12Cd34.css', IMMUTABLE],
    ['/findes-ikke/', NO_STORE],
    ['/pagefind/fragment/da_ffffff0.pf_fragment', NO_STORE],
  ])('%s: %s without ETag or Vary, also when asked with If-None-Match: *', async (path, cacheControl) => {
    const response = await get(path, { 'if-none-match': '*' });
    expect(response.status).toBe(path.includes('findes-ikke') || path.includes('ffffff0') ? 404 : 200);
    expect(response.headers.get('cache-control')).toBe(cacheControl);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
  });
});

describe('If-None-Match', () => {
  const path = '/pagefind/pagefind-entry.json';
  const tag = etag(FIXTURE_FILES.kerne['pagefind/pagefind-entry.json'] ?? '');

  it.each([
    ['GET', tag],
    ['HEAD', tag],
    ['GET', `W/${tag}`],
    ['GET', `"other", ${tag}`],
    ['GET', '*'],
  ])('answers %s with If-None-Match %s with 304, the caching headers and no body', async (method, header) => {
    const response = await get(path, { 'if-none-match': header }, method);
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(tag);
    expect(response.headers.get('cache-control')).toBe(REVALIDATE);
    expect(response.headers.get('vary')).toBe('Cookie');
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('answers 304 for an immutable file too, and 200 with the file for an ETag that does not match', async () => {
    const fragment = '/pagefind/fragment/da_c3d4e5f.pf_fragment';
    const matched = await get(fragment, { 'if-none-match': etag(CORE_MARKER) }, 'HEAD');
    expect(matched.status).toBe(304);
    expect(matched.headers.get('cache-control')).toBe(IMMUTABLE);
    const other = await get(fragment, { 'if-none-match': '"not-this-one"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(CORE_MARKER);
  });
});

describe('unauthenticated requests', () => {
  it('get 401 (fetch) or the login redirect (navigation) as before, no-store, no ETag, also with If-None-Match', async () => {
    const anonymous = new CookieJar();
    for (const [path, tag] of [
      ['/pagefind/pagefind-entry.json', etag(FIXTURE_FILES.kerne['pagefind/pagefind-entry.json'] ?? '')],
      ['/pagefind/fragment/da_c3d4e5f.pf_fragment', etag(CORE_MARKER)],
    ] as const) {
      const response = await get(path, { 'if-none-match': tag }, 'GET', anonymous);
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe(NO_STORE);
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('vary')).toBeNull();
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.text()).not.toContain(CORE_MARKER);
    }
    const navigation = await request(anonymous, url('/pagefind/pagefind-entry.json'), {
      headers: { 'if-none-match': '*' },
    });
    expect(navigation.status).toBe(302);
    expect(navigation.headers.get('cache-control')).toBe(NO_STORE);
    expect(navigation.headers.get('etag')).toBeNull();
  });

  it('gives a logged-in non-member the 403 page, no-store, never the file', async () => {
    const outsider = new CookieJar();
    await loginAs(outsider, stack.gateUrl, 'ikke-medlem');
    const response = await get('/pagefind/pagefind-entry.json', { 'if-none-match': '*' }, 'GET', outsider);
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe(NO_STORE);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('a member whose tier changes from kerne to bred', () => {
  it("revalidates kerne's pagefind-entry.json and gets bred's; only byte-identical files answer 304", async () => {
    const member = new CookieJar();
    await loginAs(member, stack.gateUrl, 'anne.demo@kk.dk');
    const stored = new Map<string, string>();
    for (const path of [
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.da.pagefind',
      '/pagefind/fragment/da_5e5e5e5.pf_fragment',
      '/pagefind/filter/da_0f0f0f0.pf_filter',
    ]) {
      stored.set(path, (await get(path, {}, 'GET', member)).headers.get('etag') ?? '');
    }
    const reloaded = stack.nextReload();
    await site.writeAccessList(fixtureAccessListWithTier('anne.demo@kk.dk', 'bred'));
    expect(await reloaded).toBe(true);
    try {
      const ask = (path: string) => get(path, { 'if-none-match': stored.get(path) ?? '' }, 'GET', member);
      const entry = await ask('/pagefind/pagefind-entry.json');
      expect(entry.status).toBe(200);
      expect(entry.headers.get('cache-control')).toBe(REVALIDATE);
      expect(await entry.text()).toBe(FIXTURE_FILES.bred['pagefind/pagefind-entry.json']);
      expect(entry.headers.get('etag')).toBe(etag(FIXTURE_FILES.bred['pagefind/pagefind-entry.json'] ?? ''));
      expect(await (await ask('/pagefind/pagefind.js')).text()).toBe('export const tier = "bred";');
      const filter = await ask('/pagefind/filter/da_0f0f0f0.pf_filter');
      expect(filter.status).toBe(200);
      expect(await filter.text()).toBe('broad-filter');
      // Identical bytes in both builds: the stored copy is bred's file, so 304 is right.
      expect((await ask('/pagefind/wasm.da.pagefind')).status).toBe(304);
      expect((await ask('/pagefind/fragment/da_5e5e5e5.pf_fragment')).status).toBe(304);
      const core = await get(
        '/pagefind/fragment/da_c3d4e5f.pf_fragment',
        { 'if-none-match': etag(CORE_MARKER) },
        'GET',
        member,
      );
      expect(core.status).toBe(404);
      expect(core.headers.get('etag')).toBeNull();
    } finally {
      const restored = stack.nextReload();
      await site.writeAccessList(fixtureAccessList());
      expect(await restored).toBe(true);
    }
  });
});

describe('a rebuild', () => {
  it('gives a changed file a new ETag, once the manifest is rewritten and also before', async () => {
    const path = '/pagefind/pagefind-entry.json';
    const file = join(site.distDir, 'kerne', 'pagefind', 'pagefind-entry.json');
    const before = (await get(path)).headers.get('etag') ?? '';
    expect(before).toBe(etag(FIXTURE_FILES.kerne['pagefind/pagefind-entry.json'] ?? ''));

    // The tier directory is swapped before the manifest is written: the old manifest sees the new bytes.
    const early = '{"version":"1.6.0","languages":{"da":{"hash":"da_2b3c4d5e6f","wasm":"da"}}}';
    await writeFile(file, early);
    const swapped = await get(path, { 'if-none-match': before });
    expect(swapped.status).toBe(200);
    expect(swapped.headers.get('etag')).toBe(etag(early));
    expect(await swapped.text()).toBe(early);

    const rebuilt = '{"version":"1.6.0","languages":{"da":{"hash":"da_3c4d5e6f7a","wasm":"da","page_count":4}}}';
    await writeFile(file, rebuilt);
    const manifest = join(site.distDir, 'kerne.manifest.json');
    const text = await readFile(manifest, 'utf8');
    const reloadsBefore = stack.events.filter((e) => e.startsWith('manifest for kerne genindlæst')).length;
    await writeFile(`${manifest}.tmp`, text);
    await rename(`${manifest}.tmp`, manifest);
    await manifestReloads('kerne', reloadsBefore + 1);
    const after = await get(path, { 'if-none-match': etag(early) });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe(etag(rebuilt));
    expect((await get(path, { 'if-none-match': etag(rebuilt) })).status).toBe(304);
  });
});

describe('the baseline gate (searchCache: false)', () => {
  it("sends Pagefind's files no-store without ETag, as before private caching", async () => {
    const baseline = await startTestStack(site.distDir, site.accessListFile, { searchCache: false });
    try {
      const j = new CookieJar();
      await loginAs(j, baseline.gateUrl, 'anne.demo@kk.dk');
      for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/fragment/da_c3d4e5f.pf_fragment']) {
        const response = await request(j, `${baseline.gateUrl}${path}`, {
          headers: { ...FETCH_HEADERS, 'if-none-match': '*' },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe(NO_STORE);
        expect(response.headers.get('etag')).toBeNull();
      }
      const asset = await request(j, `${baseline.gateUrl}/_astro/index.Ab12Cd34.css`);
      expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    } finally {
      await baseline.close();
    }
  });
});
