/**
 * `npm run bench:registry`: generate a 10,000-member registry over the 98 municipalities in a temp
 * directory, then time `registry check` as a whole process (median of several runs) next to `node -e ''`
 * measured in the same run, and print both with their ratio. Target: check under 1 s. The same check is also
 * timed with and without the fast YAML reader (scripts/registry/fast-yaml.ts), which is kept only while the
 * `yaml` package alone would miss the target.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REGISTRY_DIR } from '#model/layout.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeSyntheticRegistry } from '../registry/synthetic.ts';

const MEMBERS = 10_000;
const RUNS = 7;
const TODAY = '2026-11-28';
const root = fileURLToPath(new URL('../../', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall time in ms of running `node args` to completion; throws on a non-zero exit. */
function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const { registry } = await loadRegistry(path.join(root, REGISTRY_DIR));
if (!registry) throw new Error('registry/ does not load; run `npm run registry -- check` first');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'sikkerhedsnet-bench-'));
try {
  const dir = path.join(tmp, REGISTRY_DIR);
  await writeSyntheticRegistry(registry, dir, MEMBERS, TODAY);
  const check = ['scripts/cli/registry.ts', 'check', '--dir', dir, '--today', TODAY, '--format', 'json'];
  // `checkRegistry` in a process of its own with the reader chosen (no CLI flag exposes that choice), with the
  // compile cache on as in the CLI entry, so the two rows differ only in the reader.
  const checkModule = pathToFileURL(path.join(root, 'scripts/registry/check.ts')).href;
  const checkWith = (fastReader: boolean) => [
    '--input-type=module',
    '-e',
    `(await import('node:module')).default.enableCompileCache?.();
     const { checkRegistry } = await import(${JSON.stringify(checkModule)});
     const { problems } = await checkRegistry(${JSON.stringify(dir)}, { today: '${TODAY}', fastReader: ${fastReader} });
     if (problems.some((p) => p.severity === 'error')) process.exit(1);`,
  ];
  timeProcess(check); // warm the file system cache; not counted
  const checkTimes: number[] = [];
  const nodeTimes: number[] = [];
  const entryTimes: number[] = [];
  const fastTimes: number[] = [];
  const yamlTimes: number[] = [];
  // Interleaved, so a burst of load on the machine hits all rows alike.
  for (let i = 0; i < RUNS; i++) {
    nodeTimes.push(timeProcess(['-e', '']));
    entryTimes.push(timeProcess(['scripts/cli/registry.ts', 'help']));
    checkTimes.push(timeProcess(check));
    fastTimes.push(timeProcess(checkWith(true)));
    yamlTimes.push(timeProcess(checkWith(false)));
  }
  const checkMs = median(checkTimes);
  const nodeMs = median(nodeTimes);
  const row = (label: string, times: number[]) => [label, median(times), Math.min(...times), Math.max(...times)];
  const rows = [
    ['measurement', `median of ${RUNS} (ms)`, 'min (ms)', 'max (ms)'],
    row(`registry check, ${MEMBERS} members / ${registry.kommuner.length} municipalities`, checkTimes),
    row("node -e '' (start-up)", nodeTimes),
    row('registry help (start-up of the TypeScript entry)', entryTimes),
    row('checkRegistry with the fast reader (no CLI)', fastTimes),
    row('checkRegistry with the yaml package only (no CLI)', yamlTimes),
  ].map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(0) : c)));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  '));
  console.log(`\nratio check / node start-up: ${(checkMs / nodeMs).toFixed(1)}×`);
  console.log(`target < 1000 ms: ${checkMs < 1000 ? 'met' : 'NOT met'} (${checkMs.toFixed(0)} ms)`);
  const yamlMs = median(yamlTimes);
  console.log(
    `without the fast reader: ${yamlMs.toFixed(0)} ms (${(yamlMs / median(fastTimes)).toFixed(1)}× slower); ` +
      `the fast reader is ${yamlMs < 1000 ? 'NOT needed for' : 'needed for'} the target`,
  );
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`machine: ${os.cpus().length} CPUs, load average ${load} (other work on the machine slows every row)`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
