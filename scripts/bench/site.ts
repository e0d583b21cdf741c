/**
 * `npm run bench:site`: generate 1,000 templates, run a bare Astro + MDX build of the same pages (the baseline) and
 * our full build (both tiers from one Astro build, Pagefind, Word files, manifests) as `npm run build` runs it, and
 * print wall time and peak memory of each, with ratios against the baseline measured in the same run.
 *
 * The full build runs three times: cold (no Word cache), warm (the Word cache from a build of the same library), and
 * incremental (warm, one template's text changed: a typical pull request). Targets: full build under 60 s; wall time
 * and peak memory at most 1.5 × the bare build's (stretch: 1.2 × for wall time).
 * Peak memory is the summed resident memory of every process a build runs, sampled every 50 ms
 * (scripts/bench/tree-memory.ts).
 * Flags: --count N (default 1000), --keep (keep the temp dir).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { DIST_DIR, LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { REPO_ROOT } from '../../site/src/lib/env.ts';
import { runAstroBuild } from '../build/astro-build.ts';
import { generateLibrary } from './site-generate.ts';
import { canSampleMemory, sampleTreeMemory } from './tree-memory.ts';

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}

interface Measured {
  ms: number;
  peakKb: number;
}

/** Run `fn` while sampling the memory of every process it starts. */
async function measure(fn: () => Promise<void>): Promise<Measured> {
  const sampler = sampleTreeMemory(50);
  const start = performance.now();
  try {
    await fn();
    return { ms: performance.now() - start, peakKb: sampler.stop() };
  } finally {
    sampler.stop();
  }
}

/** `npm run build` in a child process, as CI runs it; its output. Rejects (with the output) when it fails. */
async function runBuild(args: readonly string[]): Promise<string> {
  const script = join(REPO_ROOT, 'scripts/cli/build.ts');
  const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (kb: number) => String(Math.round(kb / 1024));

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  rows.forEach((r, i) => {
    console.log(
      `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`,
    );
    if (i === 0)
      console.log(`| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, keep: { type: 'boolean' } },
  });
  const count = Number(values.count);
  if (!canSampleMemory()) console.log('Bemærk: /proc mangler her, så hukommelsen kan ikke måles (vises som 0).');
  const tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-bench-'));
  const library = join(tmp, LIBRARY_DIR);
  try {
    console.log(`Genererer ${count} skabeloner i ${library}`);
    await generateLibrary(library, count);

    // The bare build writes inside the repository (Astro resolves its server chunks from there).
    const bareOut = await mkdtemp(join(REPO_ROOT, '.tmp', 'bench-bare-'));
    console.log('Bygger den rå Astro + MDX-udgave …');
    const bare = await measure(() =>
      runAstroBuild({
        repoRoot: REPO_ROOT,
        tiers: ['kerne'],
        outDir: join(bareOut, 'out'),
        cacheDir: join(bareOut, 'cache'),
        contentDir: library,
        registryDir: join(REPO_ROOT, REGISTRY_DIR),
        projectRoot: join(REPO_ROOT, 'scripts/bench/bare-site'),
      }),
    );
    const barePages = await countHtml(join(bareOut, 'out'));
    await rm(bareOut, { recursive: true, force: true });

    const out = join(tmp, DIST_DIR);
    const cache = join(tmp, 'word-cache');
    const common = ['--content', library, '--registry', REGISTRY_DIR, '--out', out];
    const runs: { label: string; result: Measured; wordLine: string }[] = [];
    const full = async (label: string, args: string[]) => {
      console.log(`Bygger det fulde site: ${label} …`);
      let output = '';
      const result = await measure(async () => {
        output = await runBuild([...common, ...args]);
      });
      runs.push({ label, result, wordLine: /Word-filer lavet \(([^)]*)\)/.exec(output)?.[1] ?? '' });
    };
    await full('kold (ingen Word-cache)', ['--no-word-cache']);
    await full('cachen fyldes', ['--word-cache', cache]);
    await full('varm (uændret bibliotek)', ['--word-cache', cache]);
    // One template's text changed, as in a typical pull request.
    const changed = join(library, 'politikker', (await readdir(join(library, 'politikker')))[0] ?? '');
    await writeFile(changed, `${await readFile(changed, 'utf8')}\nEn ny sætning i en pull request.\n`);
    await full('trinvis (én skabelon ændret)', ['--word-cache', cache]);
    const fullPages = (await countHtml(join(out, 'kerne'))) + (await countHtml(join(out, 'bred')));

    console.log(
      `\n${count} skabeloner; rå build: ${barePages} HTML-sider, fuldt build: ${fullPages} (begge niveauer)\n`,
    );
    printTable([
      ['Build', 'Wall (s)', 'ms/skabelon', 'Tid ÷ rå', 'Maks. hukommelse (MB)', 'Hukommelse ÷ rå', 'Word-filer'],
      [
        'rå Astro + MDX (basislinje)',
        seconds(bare.ms),
        (bare.ms / count).toFixed(1),
        '1.00',
        megabytes(bare.peakKb),
        '1.00',
        '–',
      ],
      ...runs.map(({ label, result, wordLine }) => [
        `fuldt: ${label}`,
        seconds(result.ms),
        (result.ms / count).toFixed(1),
        (result.ms / bare.ms).toFixed(2),
        megabytes(result.peakKb),
        bare.peakKb > 0 ? (result.peakKb / bare.peakKb).toFixed(2) : '–',
        wordLine.replace('med og uden vejledning', 'alle').replace(/^alle, /, ''),
      ]),
    ]);
    const cold = runs[0]?.result;
    if (cold) {
      console.log(
        `\nMål: fuldt byggeri < 60 s (koldt: ${seconds(cold.ms)} s), tid og hukommelse ≤ 1,5 × det rå byggeris ` +
          `(strækmål for tid: 1,2 ×).`,
      );
    }
    return 0;
  } finally {
    if (values.keep) console.log(`Beholdt: ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
