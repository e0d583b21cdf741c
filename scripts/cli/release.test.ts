import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAccessList } from '../gate/access-list.ts';
import { devAccountsFromAccessList } from '../gate/dev-idp/accounts.ts';
import { startDevIdp } from '../gate/dev-idp/provider.ts';
import { CookieJar } from '../gate/testing/http-client.ts';
import { loginAs } from '../gate/testing/login.ts';
import { becomesHealthy, spawnServe } from '../gate/testing/serve-process.ts';
import { reservePort } from '../gate/testing/stack.ts';
import { ROOT, runEntry } from './testing/run-process.ts';

const run = promisify(execFile);

let tmp: string;
let out: string;
let result: Awaited<ReturnType<typeof runEntry>>;

const FIXTURE = ['--content', 'site/fixtures/library', '--registry', 'site/fixtures/registry'];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-release-'));
  out = join(tmp, 'udgivelse');
  result = await runEntry('release.ts', [
    '--out',
    out,
    ...FIXTURE,
    '--discussions',
    'site/fixtures/discussions',
    '--commit',
    '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    '--no-word-cache',
  ]);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('npm run release', () => {
  it('writes the version, both tiers with their manifests, the access list and the gate', async () => {
    expect([result.code, result.stderr]).toEqual([0, '']);
    const version = JSON.parse(await readFile(join(out, 'version.json'), 'utf8'));
    expect(version.commit).toBe('1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d');
    expect(version.id).toMatch(/^\d{8}-\d{6}-1a2b3c4$/);
    expect(result.stdout).toContain(`Udgivelsen ${version.id} er skrevet til ${out}.`);
    expect(await readdir(out)).toEqual(['app', 'deploy', 'dist', 'version.json']);
    expect(await readdir(join(out, 'deploy'))).toEqual([
      'activate-release.sh',
      'receive-release.sh',
      'rolling-restart.sh',
    ]);
    expect((await readdir(join(out, 'dist'))).sort()).toEqual(
      ['access-list.json', 'bred', 'bred.manifest.json', 'kerne', 'kerne.manifest.json', 'version.json'].sort(),
    );
    expect(JSON.parse(await readFile(join(out, 'dist/version.json'), 'utf8'))).toEqual(version);
    const list = JSON.parse(await readFile(join(out, 'dist/access-list.json'), 'utf8'));
    expect(Object.keys(list.members).length).toBeGreaterThan(0);
    for (const tier of ['kerne', 'bred']) {
      const manifest = JSON.parse(await readFile(join(out, `dist/${tier}.manifest.json`), 'utf8'));
      expect(manifest.files).toEqual(await files(join(out, 'dist', tier)));
    }
  });

  it('gives the gate only what it runs: its modules and its packages, no tests, fixtures or development provider', async () => {
    const app = join(out, 'app');
    const manifest = JSON.parse(await readFile(join(app, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['jose', 'openid-client', 'zod']);
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      const installed = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      expect(version).toBe(installed.version);
    }
    expect(manifest.imports).toEqual({ '#model/*': './scripts/model/*' });
    expect(await readdir(join(app, 'node_modules'))).toEqual(['jose', 'oauth4webapi', 'openid-client', 'zod']);
    const ours = (await files(join(app, 'scripts'))).map((f) => `scripts/${f}`);
    expect(ours).toContain('scripts/cli/serve.ts');
    expect(ours).toContain('scripts/gate/server.ts');
    expect(ours.filter((f) => /\.test\.ts$|dev-idp|testing|fixtures|e2e|bench|scripts\/build\//.test(f))).toEqual([]);
    expect(ours.every((f) => /^scripts\/(cli|gate|model)\//.test(f))).toBe(true);
    expect((await files(out)).filter((f) => /\.ya?ml$/.test(f))).toEqual([]);
  });

  it('runs from its own folder, without the repository, and logs a member in', async () => {
    const port = await reservePort();
    const state = join(tmp, 'tilstand');
    await mkdir(state);
    const list = join(out, 'dist/access-list.json');
    const client = { clientId: 'sikkerhedsnet', clientSecret: 'release-test-client-secret' };
    const accounts = () => devAccountsFromAccessList(parseAccessList(readFileSync(list, 'utf8')));
    const idp = await startDevIdp({ gateUrl: new URL(`http://localhost:${port}`), ...client, accounts });
    const serve = spawnServe(
      {
        SIKKERHEDSNET_ISSUER: idp.issuer.href,
        SIKKERHEDSNET_CLIENT_ID: client.clientId,
        SIKKERHEDSNET_CLIENT_SECRET: client.clientSecret,
        SIKKERHEDSNET_SESSION_SECRET: 'a-session-secret-that-is-long-enough-0123456789',
        SIKKERHEDSNET_PUBLIC_URL: `http://localhost:${port}`,
        SIKKERHEDSNET_DIST: join(out, 'dist'),
        SIKKERHEDSNET_ACCESS_LIST: list,
        SIKKERHEDSNET_REVOCATIONS: join(state, 'revocations'),
        SIKKERHEDSNET_ACTIVITY: join(state, 'activity'),
        PORT: String(port),
      },
      join(out, 'app/scripts/cli/serve.ts'),
      tmp,
    );
    try {
      expect(await becomesHealthy(port)).toBe(true);
      const anonymous = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'application/json' } });
      expect(anonymous.status).toBe(401);
      // The whole OpenID Connect login, with the released gate's own packages.
      const login = await loginAs(new CookieJar(), `http://localhost:${port}`, 'carla.proeve@kk.dk');
      const version = JSON.parse(await readFile(join(out, 'version.json'), 'utf8'));
      expect([login.response.status, login.url]).toEqual([200, `http://localhost:${port}/`]);
      expect(login.response.headers.get('sikkerhedsnet-release')).toBe(version.id);
    } finally {
      serve.child.kill('SIGTERM');
      await serve.output;
      await idp.close();
    }
  });

  it('is received on a host and switched to by its own scripts, once', async () => {
    const host = join(tmp, 'vaert');
    const tarball = join(tmp, 'udgivelse.tgz');
    await run('tar', ['-czf', tarball, '-C', out, '.']);
    const version = JSON.parse(await readFile(join(out, 'version.json'), 'utf8'));
    const receive = join(ROOT, 'deploy/receive-release.sh');
    const first = await run('bash', [receive, host, tarball]);
    expect(first.stdout).toBe(`Modtaget: ${version.id}.\nAktiv udgivelse: ${version.id} (før: ingen).\n`);
    expect(await readlink(join(host, 'current'))).toBe(`releases/${version.id}`);
    expect(await readFile(join(host, 'current/dist/version.json'), 'utf8')).toBe(
      await readFile(join(out, 'dist/version.json'), 'utf8'),
    );
    const again = await run('bash', [receive, host, tarball]);
    expect(again.stdout).toBe(
      `Udgivelsen ${version.id} er her allerede.\n${version.id} er allerede den aktive udgivelse.\n`,
    );
    expect((await readdir(join(host, 'releases'))).sort()).toEqual([version.id]);

    const bogus = join(tmp, 'ikke-en-udgivelse.tgz');
    await run('tar', ['-czf', bogus, '-C', join(out, 'dist'), 'kerne.manifest.json']);
    const refused = await run('bash', [receive, host, bogus]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `${bogus} er ikke en udgivelse: version.json mangler. Intet er skiftet.\n`,
    ]);
    expect((await readdir(join(host, 'releases'))).sort()).toEqual([version.id]);
    await rm(host, { recursive: true, force: true });
    await rm(tarball);
    await rm(bogus);
  });

  it('refuses the demo registry (eksempeldata: true) unless asked, and writes nothing', async () => {
    const demo = join(tmp, 'demo');
    const refused = await runEntry('release.ts', ['--out', demo, '--dist', join(out, 'dist')]);
    expect([refused.code, refused.stdout]).toEqual([
      1,
      'registry/policy.yaml siger eksempeldata: true: registret rummer kun opdigtede personer.\n' +
        'Udgivelsen blev ikke lavet. Brug det rigtige register, eller --allow-sample-registry til en prøveserver. Intet er skrevet.\n',
    ]);
    const asked = await runEntry('release.ts', ['--out', demo, '--dist', join(out, 'dist'), '--allow-sample-registry']);
    expect(asked.code).toBe(0);
    const list = JSON.parse(await readFile(join(demo, 'dist/access-list.json'), 'utf8'));
    expect(Object.keys(list.members)).toContain('anne.demo@kk.dk');
    await rm(demo, { recursive: true, force: true });
  });

  it('refuses an existing folder and a missing --out, and writes nothing', async () => {
    const again = await runEntry('release.ts', ['--out', out, ...FIXTURE]);
    expect(again.code).toBe(2);
    expect(again.stderr.split('\n')[0]).toBe(`${out} findes allerede: vælg en ny mappe til udgivelsen`);
    const missing = await runEntry('release.ts', []);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'angiv --out MAPPE']);
    // The release of the first test and the state folder of the one before; no half-written folder beside them.
    expect((await readdir(tmp)).sort()).toEqual(['tilstand', 'udgivelse']);
  });
});
