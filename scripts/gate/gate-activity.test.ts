/**
 * Activity through a real gate over HTTP: which responses are page events, and the search-report route's checks
 * (same origin, session, membership, content type, size, shape, rate) with the exact lines it writes.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonym, quarterOf } from '#model/activity.ts';
import { todayInDenmark } from '#model/dates.ts';
import { createRateLimit, MAX_REPORT_BYTES, parseReport, SEARCH_REPORT_PATH } from './activity-route.ts';
import { createFixtureSite, type FixtureSite } from './testing/fixture-site.ts';
import { CookieJar, FETCH_HEADERS, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, type TestStack } from './testing/stack.ts';

let site: FixtureSite;
let stack: TestStack;
let activityDir: string;
const url = (path: string) => `${stack.gateUrl}${path}`;

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
  // The default: `activity/` beside the access list.
  activityDir = join(site.distDir, 'activity');
});
afterAll(async () => {
  await stack?.close();
  await rm(site.root, { recursive: true, force: true });
});

/** Lines of this gate's files of `kind` written since the last call (flushes first). */
async function written(kind: 'sider' | 'soegninger'): Promise<unknown[]> {
  await stack.gate.activity.flush();
  const names = (await readdir(activityDir)).filter((n) => n.startsWith(`${kind}-`));
  const out: unknown[] = [];
  for (const name of names) {
    const file = join(activityDir, name);
    for (const line of (await readFile(file, 'utf8')).split('\n').filter(Boolean)) out.push(JSON.parse(line));
    await rm(file);
  }
  return out;
}

const report = (jar: CookieJar, body: string, headers: Record<string, string> = {}) =>
  request(jar, url(SEARCH_REPORT_PATH), {
    method: 'POST',
    headers: { ...FETCH_HEADERS, origin: stack.gateUrl, 'content-type': 'application/json', ...headers },
    body,
  });

describe('page events', () => {
  it('records HTML pages served to a member, and nothing for assets, search files, 404, HEAD or anonymous', async () => {
    const jar = new CookieJar();
    await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
    await request(new CookieJar(), url('/skabeloner/'));
    expect((await request(jar, url('/skabeloner/risikovurdering/'))).status).toBe(200);
    expect((await request(jar, url('/skabeloner/risikovurdering/risikovurdering.docx'))).status).toBe(200);
    expect((await request(jar, url('/_astro/index.Ab12Cd34.css'))).status).toBe(200);
    expect((await request(jar, url('/pagefind/pagefind-entry.json'))).status).toBe(200);
    expect((await request(jar, url('/findes-ikke/'))).status).toBe(404);
    expect((await request(jar, url('/skabeloner/'), { method: 'HEAD' })).status).toBe(200);
    const day = todayInDenmark();
    const key = (await readFile(join(activityDir, 'noegler', `${quarterOf(day)}.key`), 'utf8')).trim();
    const p = pseudonym(key, 'anne.demo@kk.dk');
    // The first line is the front page that login returned to.
    expect(await written('sider')).toEqual([
      { v: 1, d: day, t: 'kerne', m: '101', s: null, p },
      { v: 1, d: day, t: 'kerne', m: '101', s: 'risikovurdering', p },
    ]);
  });
});

describe(`POST ${SEARCH_REPORT_PATH}`, () => {
  let jar: CookieJar;
  beforeAll(async () => {
    jar = new CookieJar();
    await loginAs(jar, stack.gateUrl, 'bo.eksempel@kk.dk');
    await written('sider');
  });

  it('writes the masked query with the member’s municipality and tier, and no pseudonym', async () => {
    const response = await report(jar, JSON.stringify({ q: 'cpr 010190-1234 anne.demo@kk.dk tlf 12345678', n: 0 }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await report(jar, JSON.stringify({ q: 'risikovurdering', n: 7 }))).status).toBe(204);
    expect(await written('soegninger')).toEqual([
      { v: 1, d: todayInDenmark(), t: 'bred', m: '101', q: 'cpr [cpr] [e-mail] tlf [tal]', n: 0 },
    ]);
  });

  it('refuses a cross-site or origin-less report with 403 before looking at the session', async () => {
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: '', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const response = await report(jar, '{"q":"x","n":0}', headers);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('Kun fra Sikkerhedsnets egne sider.\n');
    }
    // Fetch Metadata alone is enough when a browser sends no Origin.
    expect((await report(jar, '{"q":"x","n":5}', { origin: '', 'sec-fetch-site': 'same-origin' })).status).toBe(204);
  });

  it('answers 401 without a session and 403 to a non-member; GET is 405', async () => {
    const anonymous = await report(new CookieJar(), '{"q":"x","n":0}');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('set-cookie')).toBeNull();
    const get = await request(jar, url(SEARCH_REPORT_PATH));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await written('soegninger')).toEqual([]);
  });

  it('refuses other content types (415), bodies over 1 KiB (413) and other shapes (400)', async () => {
    expect((await report(jar, '{"q":"x","n":0}', { 'content-type': 'text/plain' })).status).toBe(415);
    const big = JSON.stringify({ q: 'x'.repeat(MAX_REPORT_BYTES), n: 0 });
    const declared = await report(jar, big);
    expect(declared.status).toBe(413);
    expect(await declared.text()).toBe('For stor forespørgsel.\n');
    // Without Content-Length: refused as soon as the chunks pass the limit.
    expect((await report(jar, big, { 'transfer-encoding': 'chunked' })).status).toBe(413);
    for (const body of ['{"q":"x"}', '{"q":"x","n":-1}', '{"q":"x","n":1.5}', '{"q":3,"n":0}', '[]', 'nej']) {
      const response = await report(jar, body);
      expect(response.status, body).toBe(400);
    }
    expect(await written('soegninger')).toEqual([]);
  });

  it('limits a session to 20 reports a minute (429)', async () => {
    const other = new CookieJar();
    await loginAs(other, stack.gateUrl, 'admin.demo@kl.dk');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await report(other, JSON.stringify({ q: `ord ${i}`, n: 1 }))).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(204));
    expect(statuses[20]).toBe(429);
    const events = (await written('soegninger')) as Array<{ m: string; q: string }>;
    expect(events).toHaveLength(20);
    expect(events[0]).toEqual({ v: 1, d: todayInDenmark(), t: 'kerne', m: 'KL', q: 'ord 0', n: 1 });
    // Another session is not affected.
    expect((await report(jar, '{"q":"x","n":9}')).status).toBe(204);
  });
});

describe('the rate limit and the body parser', () => {
  it('allows 20 a minute and 200 a day per session', () => {
    let t = Date.parse('2026-11-30T00:00:00Z');
    const allow = createRateLimit(() => t);
    const count = (n: number, sid = 's1') => Array.from({ length: n }, () => allow(sid)).filter(Boolean).length;
    expect(count(25)).toBe(20);
    expect(count(1, 's2')).toBe(1);
    for (let minute = 1; minute < 10; minute++) {
      t += 60_000;
      count(20);
    }
    t += 60_000;
    expect(count(20)).toBe(0);
    t = Date.parse('2026-12-01T00:00:30Z');
    expect(count(20)).toBe(20);
  });

  it('accepts only { q: string, n: integer >= 0 }', () => {
    expect(parseReport('{"q":"ab","n":0}')).toEqual({ q: 'ab', n: 0 });
    expect(parseReport('{"q":"ab","n":"0"}')).toBeUndefined();
    expect(parseReport('null')).toBeUndefined();
  });
});
