/**
 * `npm run bench:content`: generate 1,000 templates in a temp directory, then time `content check` as a
 * whole process (median of several runs) next to `node -e ''` measured in the same run, and print both with
 * their ratio. Target: a full check under 5 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { writeSyntheticLibrary } from '../content/synthetic-library.ts';

const TEMPLATES = 1_000;
const RUNS = 5;
const TARGET_MS = 5_000;
const TODAY = '2026-11-28';
const root = fileURLToPath(new URL('../../', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall time in ms of running `node args` to completion, with its stdout; throws on a non-zero exit. */
function timeProcess(args: string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const stdout = execFileSync(process.execPath, args, {
    cwd: root,
    stdio: 'pipe',
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout };
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'sikkerhedsnet-bench-content-'));
try {
  const dir = path.join(tmp, LIBRARY_DIR);
  await writeSyntheticLibrary(dir, TEMPLATES);
  const check = [
    'scripts/cli/content.ts',
    'check',
    '--dir',
    dir,
    '--registry',
    path.join(root, REGISTRY_DIR),
    '--today',
    TODAY,
    '--format',
    'json',
  ];
  // Warm the file system cache, and prove the generated library is clean so the run measures real work.
  const warm = JSON.parse(timeProcess(check).stdout) as { errors: unknown[]; warnings: unknown[] };
  if (warm.errors.length + warm.warnings.length > 0)
    throw new Error(`generated library is not clean: ${JSON.stringify(warm).slice(0, 500)}`);
  const checkTimes: number[] = [];
  const nodeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeTimes.push(timeProcess(['-e', '']).ms);
    checkTimes.push(timeProcess(check).ms);
  }
  const checkMs = median(checkTimes);
  const nodeMs = median(nodeTimes);
  const rows = [
    ['measurement', `median of ${RUNS} (ms)`, 'min (ms)', 'max (ms)'],
    [`content check, ${TEMPLATES} templates`, checkMs, Math.min(...checkTimes), Math.max(...checkTimes)],
    ["node -e '' (start-up)", nodeMs, Math.min(...nodeTimes), Math.max(...nodeTimes)],
  ].map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(0) : c)));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  '));
  console.log(`\nratio check / node start-up: ${(checkMs / nodeMs).toFixed(1)}×`);
  console.log(`target < ${TARGET_MS} ms: ${checkMs < TARGET_MS ? 'met' : 'NOT met'} (${checkMs.toFixed(0)} ms)`);
  if (checkMs >= TARGET_MS) process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
}
