/**
 * `npm run bench:activity`: KL's activity report over a year of synthetic logs for a generated registry of 400
 * members (issue 16: within 5 s). The logs are what three gate replicas would write in a year: 250 working days,
 * a quarter of the members never seen, the others visiting now and then, templates read with a few popular ones, and
 * searches without results from a pool with a few frequent ones; quarter keys as the gate makes them. Every row runs
 * as its own process, interleaved, median of three, against a baseline measured in the same run: a plain script
 * that reads every log file and JSON.parse-s every line (the least any report must do).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { activityFiles, pseudonym, quarterOf } from '#model/activity.ts';
import { addDays } from '#model/dates.ts';
import { REGISTRY_DIR } from '#model/layout.ts';
import { knownMembers } from '../activity/members.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeSyntheticRegistry } from '../registry/synthetic.ts';

const MEMBERS = 400;
const RUNS = 3;
const TODAY = '2026-11-30';
const FROM = addDays(TODAY, -364);
const TARGET_MS = 5_000;
const REPLICAS = ['gate-a', 'gate-b', 'gate-c'];
const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** A small deterministic generator, so every run of the bench writes the same logs. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Write a year of logs into `dir`; returns the number of page and query events. */
async function writeLogs(dir: string, registryDir: string): Promise<{ pages: number; queries: number; files: number }> {
  const { registry } = await loadRegistry(registryDir);
  if (!registry) throw new Error('the synthetic registry did not load');
  const members = knownMembers(registry).map((m, i) => ({ ...m, tier: i % 3 === 0 ? 'bred' : 'kerne' }));
  const next = random(16);
  // A quarter never seen; the others visit on a share of the working days, from rarely to daily.
  const habits = members.map(() => (next() < 0.25 ? 0 : 0.03 + next() * next() * 0.6));
  const slugs = Array.from({ length: 150 }, (_, i) => `skabelon-${i}`);
  const pool = Array.from({ length: 300 }, (_, i) => `søgning nummer ${i}`);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * next() * list.length)] as T;
  await mkdir(path.join(dir, activityFiles.keysDir), { recursive: true });
  const keys = new Map<string, string>();
  let pages = 0;
  let queries = 0;
  let files = 0;
  for (let day = FROM; day <= TODAY; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const quarter = quarterOf(day);
    let key = keys.get(quarter);
    if (key === undefined) {
      key = randomBytes(32).toString('hex');
      keys.set(quarter, key);
      await writeFile(path.join(dir, activityFiles.keysDir, activityFiles.key(quarter)), `${key}\n`);
    }
    const byReplica = new Map(REPLICAS.map((r) => [r, { pages: [] as string[], queries: [] as string[] }]));
    const replica = () =>
      byReplica.get(REPLICAS[Math.floor(next() * REPLICAS.length)] as string) ?? { pages: [], queries: [] };
    for (const [index, member] of members.entries()) {
      if (next() >= (habits[index] ?? 0)) continue;
      const p = pseudonym(key, member.email);
      const views = 1 + Math.floor(next() * 8);
      const out = replica();
      for (let v = 0; v < views; v++) {
        const s = next() < 0.4 ? pick(slugs) : null;
        out.pages.push(JSON.stringify({ v: 1, d: day, t: member.tier, m: member.code, s, p }));
      }
      pages += views;
      if (next() < 0.08) {
        replica().queries.push(JSON.stringify({ v: 1, d: day, t: member.tier, m: member.code, q: pick(pool), n: 0 }));
        queries++;
      }
    }
    for (const [name, out] of byReplica) {
      if (out.pages.length > 0) {
        await writeFile(path.join(dir, activityFiles.pages(day, name)), `${out.pages.join('\n')}\n`);
        files++;
      }
      if (out.queries.length > 0) {
        await writeFile(path.join(dir, activityFiles.queries(day, name)), `${out.queries.join('\n')}\n`);
        files++;
      }
    }
  }
  return { pages, queries, files };
}

/** The baseline: read every log file of the directory and JSON.parse every line, nothing else. */
const BASELINE = `
const { readdir, readFile } = await import('node:fs/promises');
const dir = process.argv[1];
let lines = 0;
for (const name of await readdir(dir)) {
  if (!name.endsWith('.jsonl')) continue;
  for (const line of (await readFile(dir + '/' + name, 'utf8')).split('\\n')) if (line) { JSON.parse(line); lines++; }
}
process.stdout.write(String(lines));
`;

async function timed(args: string[]): Promise<number> {
  const start = process.hrtime.bigint();
  await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const work = await mkdtemp(path.join(os.tmpdir(), 'sikkerhedsnet-bench-activity-'));
try {
  const registryDir = path.join(work, 'registry');
  const { registry: base } = await loadRegistry(path.join(root, REGISTRY_DIR));
  if (!base) throw new Error('registry/ did not load');
  await writeSyntheticRegistry(base, registryDir, MEMBERS, TODAY);
  const dir = path.join(work, 'aktivitet');
  const made = await writeLogs(dir, registryDir);
  const cli = path.join(root, 'scripts/cli/activity.ts');
  const report = (...extra: string[]) => [
    cli,
    'report',
    '--dir',
    dir,
    '--registry',
    registryDir,
    '--today',
    TODAY,
    '--keep',
    ...extra,
  ];
  const rows: { label: string; args: string[] }[] = [
    { label: 'baseline: read + JSON.parse every line', args: ['--input-type=module', '-e', BASELINE, dir] },
    { label: 'report, the whole year (md)', args: report('--from', FROM) },
    { label: 'report, the last month (md)', args: report() },
    { label: 'report, the whole year (json)', args: report('--from', FROM, '--format', 'json') },
    { label: 'inactive members of 101 (--municipality)', args: report('--municipality', '101') },
  ];
  const samples = rows.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) for (const [index, row] of rows.entries()) samples[index]?.push(await timed(row.args));
  const baseline = median(samples[0] ?? []);
  process.stdout.write(
    `Aktivitetsrapport: ${MEMBERS} medlemmer, ${made.files} logfiler fra ${FROM} til ${TODAY} (${REPLICAS.length} replikaer, hverdage), ` +
      `${made.pages} sidevisninger, ${made.queries} søgninger; median af ${RUNS} kørsler, hver i sin egen proces.\n\n`,
  );
  const width = Math.max(...rows.map((r) => r.label.length));
  process.stdout.write(`${'række'.padEnd(width)}  ${'ms'.padStart(7)}  ${'× basis'.padStart(8)}\n`);
  for (const [index, row] of rows.entries()) {
    const ms = median(samples[index] ?? []);
    process.stdout.write(
      `${row.label.padEnd(width)}  ${ms.toFixed(0).padStart(7)}  ${(ms / baseline).toFixed(2).padStart(8)}\n`,
    );
  }
  const year = median(samples[1] ?? []);
  const ok = year <= TARGET_MS;
  process.stdout.write(
    `\nMål: hele året på højst ${TARGET_MS} ms: ${ok ? 'nået' : 'IKKE nået'} (${year.toFixed(0)} ms).\n`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
