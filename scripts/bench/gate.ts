/**
 * `npm run bench:gate`: requests per second and p99 latency for an authenticated template page through the
 * gate, against the same file from a plain `node:http` static server; same run, loopback, same concurrency.
 * Uses dist/ when it is built (a real template page), otherwise a generated fixture page. Target: ratio ≥ 0.8.
 * Flags: --duration SECONDS (default 10, split in two alternating rounds), --connections N (default 32).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DIST_DIR } from '#model/layout.ts';
import { parseAccessList } from '../gate/access-list.ts';
import { createFixtureSite } from '../gate/testing/fixture-site.ts';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = resolve(import.meta.dirname, '..', '..');

/** Pick a real template page from dist/, or build a fixture with a page of typical size. */
async function target(): Promise<{
  distDir: string;
  accessListFile: string;
  account: string;
  page: string;
  source: string;
}> {
  const dist = join(root, DIST_DIR);
  const manifest = join(dist, 'kerne.manifest.json');
  const accessListFile = join(dist, 'access-list.json');
  if (existsSync(manifest) && existsSync(accessListFile)) {
    const files = (JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] }).files;
    const page = files.find((f) => /^skabeloner\/[^/]+\/index\.html$/.test(f));
    const list = parseAccessList(readFileSync(accessListFile, 'utf8'));
    const account = Object.entries(list.members).find(([, m]) => m.tier === 'kerne')?.[0];
    if (page && account)
      return {
        distDir: dist,
        accessListFile,
        account,
        page: `/${page.slice(0, -'index.html'.length)}`,
        source: 'dist/',
      };
  }
  const site = await createFixtureSite();
  const body = '<p>Risikovurdering af kommunens it-systemer. </p>'.repeat(600);
  await mkdir(join(site.distDir, 'kerne', 'skabeloner', 'risikovurdering'), { recursive: true });
  await writeFile(
    join(site.distDir, 'kerne', 'skabeloner', 'risikovurdering', 'index.html'),
    `<!doctype html><html lang="da"><body>${body}</body></html>`,
  );
  return {
    distDir: site.distDir,
    accessListFile: site.accessListFile,
    account: 'admin.demo@kl.dk',
    page: '/skabeloner/risikovurdering/',
    source: 'fixture',
  };
}

const t = await target();
const child = fork(join(root, 'scripts/gate/bench/servers.ts'), [t.distDir, t.accessListFile, t.account, t.page], {
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const info = await new Promise<{ gateUrl: string; plainUrl: string; cookie: string }>((done, fail) => {
  child.once('message', (m) => done(m as { gateUrl: string; plainUrl: string; cookie: string }));
  child.once('exit', (code) => fail(new Error(`benchmark servers exited with ${code}`)));
});

type Sample = { rps: number; p99: number };

/** One autocannon run; any non-2xx answer or socket error invalidates the benchmark. */
async function run(url: string, headers: Record<string, string>, seconds: number): Promise<Sample> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** Mean of the rounds: requests per second averaged, p99 as the worst round. */
const combine = (samples: Sample[]): Sample => ({
  rps: samples.reduce((sum, s) => sum + s.rps, 0) / samples.length,
  p99: Math.max(...samples.map((s) => s.p99)),
});

try {
  process.stdout.write(`Måler ${t.page} (${t.source}), ${connections} forbindelser, ${duration} s hver …\n`);
  const plainUrl = `${info.plainUrl}${t.page}`;
  const gateUrl = `${info.gateUrl}${t.page}`;
  const gateHeaders = { cookie: info.cookie };
  await run(plainUrl, {}, 1); // warm-up both servers
  await run(gateUrl, gateHeaders, 1);
  // Alternate half-length rounds so background load on the machine hits both servers alike.
  const plainSamples: Sample[] = [];
  const gateSamples: Sample[] = [];
  for (let round = 0; round < 2; round++) {
    plainSamples.push(await run(plainUrl, {}, duration / 2));
    gateSamples.push(await run(gateUrl, gateHeaders, duration / 2));
  }
  const plain = combine(plainSamples);
  const gate = combine(gateSamples);
  const ratio = gate.rps / plain.rps;
  const row = (name: string, r: Sample) =>
    `| ${name.padEnd(22)} | ${r.rps.toFixed(0).padStart(8)} | ${r.p99.toFixed(1).padStart(7)} |`;
  process.stdout.write(
    [
      '| server                 |    req/s | p99 ms |',
      '| ---------------------- | -------: | -----: |',
      row('plain node:http static', plain),
      row('gate (logged in)', gate),
      '',
      `ratio gate/plain: ${ratio.toFixed(2)} (mål ≥ 0.80) ${ratio >= 0.8 ? 'OK' : 'UNDER MÅL'}`,
      '',
    ].join('\n'),
  );
} finally {
  child.kill('SIGTERM');
}
