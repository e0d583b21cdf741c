/**
 * Zero-downtime release switching: a gate serves ROOT/current/dist while deploy/activate-release.sh switches
 * `current` to three new releases under load. Proves 0 failed requests (autocannon), and that every response comes
 * from one complete release: a page's release (its `Sikkerhedsnet-Release` header) is the one its body names, and
 * the style sheet the page links to (a new name in every release) is served, from that same release.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from './testing/fixture-site.ts';
import { CookieJar, NAVIGATION_HEADERS } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, type TestStack } from './testing/stack.ts';

const run = promisify(execFile);
const ACTIVATE = join(import.meta.dirname, '../../deploy/activate-release.sh');
const RELEASES = [
  '20261130-100000-aaaaaaa',
  '20261130-110000-bbbbbbb',
  '20261130-120000-ccccccc',
  '20261130-130000-ddddddd',
];
const PAGE = '/skabeloner/risikovurdering/';

let fixture: FixtureSite;
let root: string;
let stack: TestStack;
let cookie: string;

/** A release folder from the fixture build: its page names the release, and links a style sheet of its own. */
async function writeRelease(id: string): Promise<void> {
  const dir = join(root, 'releases', id);
  const dist = join(dir, 'dist');
  await cp(fixture.distDir, dist, { recursive: true });
  const css = `_astro/index.${id.slice(-7)}.css`;
  await writeFile(join(dist, 'kerne', css), `main{color:#111} /* ${id} */`);
  await writeFile(
    join(dist, 'kerne/skabeloner/risikovurdering/index.html'),
    `<!doctype html><html lang="da"><head><link rel="stylesheet" href="/${css}"></head><body><main><p>Udgave ${id}</p></main></body></html>`,
  );
  const manifestFile = join(dist, 'kerne.manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { files: string[] };
  manifest.files = [...manifest.files.filter((f) => !f.startsWith('_astro/')), css].sort();
  await writeFile(manifestFile, JSON.stringify({ ...manifest, tier: 'kerne' }));
  const version = JSON.stringify({ id, commit: id.slice(-7), builtAt: '2026-11-30T10:00:00.000Z' });
  await writeFile(join(dist, 'version.json'), version);
  await writeFile(join(dir, 'version.json'), version);
  await mkdir(join(dir, 'app'), { recursive: true });
  await writeFile(join(dir, 'app/package.json'), '{"name":"sikkerhedsnet-gate"}');
}

const activate = (id: string) => run('bash', [ACTIVATE, root, id]);

/** The page's status once it is `wanted`, asking every 50 ms for up to 5 s (the gates look every 250 ms). */
async function statusWithin(wanted: number): Promise<number> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { status } = await fetch(new URL(PAGE, stack.gateUrl), { headers: { ...NAVIGATION_HEADERS, cookie } });
    if (status === wanted || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  fixture = await createFixtureSite();
  root = join(fixture.root, 'host');
  for (const id of RELEASES) await writeRelease(id);
  await activate(RELEASES[0] as string);
  stack = await startTestStack(join(root, 'current/dist'), join(root, 'current/dist/access-list.json'));
  const jar = new CookieJar();
  await loginAs(jar, stack.gateUrl, 'anne.demo@kk.dk');
  cookie = jar.header(stack.gateUrl) ?? '';
  expect(cookie).toMatch(/sn_session/);
});

afterAll(async () => {
  await stack?.close();
  await rm(fixture.root, { recursive: true, force: true });
});

interface Check {
  release: string;
  body: string;
  styleStatus: number;
  styleRelease: string;
}

/** Load the page and the style sheet it links, as a browser would, until `stop()`. */
function checkPagesUntil(done: Promise<unknown>): Promise<Check[]> {
  const checks: Check[] = [];
  let running = true;
  done.finally(() => {
    running = false;
  });
  const headers = { ...NAVIGATION_HEADERS, cookie };
  return (async () => {
    while (running) {
      const page = await fetch(new URL(PAGE, stack.gateUrl), { headers });
      const body = await page.text();
      const href = /href="([^"]+\.css)"/.exec(body)?.[1] ?? '';
      const style = await fetch(new URL(href, stack.gateUrl), { headers: { cookie } });
      await style.arrayBuffer();
      checks.push({
        release: page.headers.get('sikkerhedsnet-release') ?? '',
        body: /Udgave ([\w-]+)/.exec(body)?.[1] ?? '',
        styleStatus: style.status,
        styleRelease: style.headers.get('sikkerhedsnet-release') ?? '',
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return checks;
  })();
}

describe('switching releases under load', () => {
  it('answers every request, each from one complete release, while three releases are switched in', async () => {
    // autocannon returns a thenable; a real promise lets the checker wait on it too.
    const load = Promise.resolve(
      autocannon({
        url: stack.gateUrl,
        connections: 8,
        duration: 6,
        headers: { ...NAVIGATION_HEADERS, cookie },
        requests: [
          { path: PAGE },
          { path: '/' },
          { path: '/skabeloner/' },
          { path: '/skabeloner/risikovurdering/risikovurdering.docx' },
          { path: '/pagefind/pagefind.js' },
        ],
      }),
    );
    const checks = checkPagesUntil(load);
    const switched: string[] = [];
    for (const id of RELEASES.slice(1)) {
      await new Promise((resolve) => setTimeout(resolve, 1400));
      const { stdout } = await activate(id);
      switched.push(stdout.split('\n')[0] ?? '');
    }
    const result = await load;
    const seen = await checks;

    expect([result.errors, result.timeouts, result.non2xx]).toEqual([0, 0, 0]);
    expect(result['2xx']).toBeGreaterThan(1000);
    expect(switched).toEqual([
      `Aktiv udgivelse: ${RELEASES[1]} (før: ${RELEASES[0]}).`,
      `Aktiv udgivelse: ${RELEASES[2]} (før: ${RELEASES[1]}).`,
      `Aktiv udgivelse: ${RELEASES[3]} (før: ${RELEASES[2]}).`,
    ]);
    // Every page is whole: the release that answered is the one its text names, and its style sheet came too.
    const broken = seen.filter((c) => c.body !== c.release || c.styleStatus !== 200 || c.styleRelease !== c.release);
    expect(broken).toEqual([]);
    // The checker saw every release in turn, so the switches happened under its feet.
    expect([...new Set(seen.map((c) => c.release))]).toEqual(RELEASES);
  });

  it('serves the last release afterwards, and kept the current and the previous release on disk', async () => {
    const page = await fetch(new URL(PAGE, stack.gateUrl), { headers: { ...NAVIGATION_HEADERS, cookie } });
    expect(page.headers.get('sikkerhedsnet-release')).toBe(RELEASES[3]);
    expect(await page.text()).toContain(`Udgave ${RELEASES[3]}`);
    const { stdout } = await run('ls', [join(root, 'releases')]);
    expect(stdout.trim().split('\n')).toEqual(RELEASES.slice(1));
    expect((await readFile(join(root, 'previous'), 'utf8')).trim()).toBe(RELEASES[2]);
  });

  it('takes the access list from the release it switches to: a member the new list lacks is refused at once', async () => {
    const id = '20261130-150000-fffffff';
    await writeRelease(id);
    const listFile = join(root, 'releases', id, 'dist/access-list.json');
    const list = JSON.parse(await readFile(listFile, 'utf8')) as { members: Record<string, unknown> };
    delete list.members['anne.demo@kk.dk'];
    await writeFile(listFile, JSON.stringify(list));
    await activate(id);
    expect(await statusWithin(403)).toBe(403);
    await activate(RELEASES[3] as string);
    expect(await statusWithin(200)).toBe(200);
  });

  it('refuses an incomplete release and leaves the current one', async () => {
    await mkdir(join(root, 'releases', '20261130-140000-eeeeeee', 'dist'), { recursive: true });
    const failed = await activate('20261130-140000-eeeeeee').then(
      () => undefined,
      (error: { code: number; stderr: string }) => [error.code, error.stderr],
    );
    expect(failed).toEqual([
      1,
      `Udgivelsen ${root}/releases/20261130-140000-eeeeeee mangler version.json: intet er skiftet.\n`,
    ]);
    const page = await fetch(new URL(PAGE, stack.gateUrl), { headers: { ...NAVIGATION_HEADERS, cookie } });
    expect(page.headers.get('sikkerhedsnet-release')).toBe(RELEASES[3]);
  });
});
