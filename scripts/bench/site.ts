/**
 * `npm run bench:site`: generate 1,000 templates, run our full build (both tiers, Pagefind, Word files,
 * manifests) and a bare Astro + MDX build of the same pages with a minimal layout, then print a table.
 * Target: full build under 60 s and at most 1.5 × the bare build.
 * Flags: --count N (default 1000), --keep (keep the temp dir), --skip-word (empty .docx files: isolates the
 * Word export's share of the time).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_DIR, LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { REPO_ROOT } from '../../site/src/lib/env.ts';
import { runAstroBuild } from '../build/astro-build.ts';
import { buildSite } from '../build/build-site.ts';
import { generateLibrary } from './site-generate.ts';

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      keep: { type: 'boolean' },
      'skip-word': { type: 'boolean' },
    },
  });
  const count = Number(values.count);
  const tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-bench-'));
  const library = join(tmp, LIBRARY_DIR);
  try {
    console.log(`Genererer ${count} skabeloner i ${library}`);
    await generateLibrary(library, count);

    // The bare build writes inside the repository (Astro resolves its server chunks from there).
    const bareOut = await mkdtemp(join(REPO_ROOT, '.tmp', 'bench-bare-'));
    console.log('Bygger den rå Astro + MDX-udgave …');
    const [, bareMs] = await timed(() =>
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

    console.log('Bygger det fulde site (kerne + bred, Pagefind, Word) …');
    const out = join(tmp, DIST_DIR);
    const [result, fullMs] = await timed(() =>
      buildSite({
        contentDir: library,
        outDir: out,
        onProgress: (line) => console.log(`  ${line}`),
        ...(values['skip-word']
          ? { renderDocx: async () => ({ full: new Uint8Array(), withoutGuidance: new Uint8Array() }) }
          : {}),
      }),
    );
    if (result.problems.length > 0) {
      console.error(
        `Det genererede bibliotek har ${result.problems.length} problemer, fx ${result.problems[0]?.message}`,
      );
      return 2;
    }
    const fullPages = (await countHtml(join(out, 'kerne'))) + (await countHtml(join(out, 'bred')));
    const ratio = fullMs / bareMs;
    const rows = [
      ['Build', 'HTML pages', 'Wall time (s)', 'ms per template'],
      ['bare Astro + MDX', String(barePages), (bareMs / 1000).toFixed(1), (bareMs / count).toFixed(1)],
      ['full (2 tiers + Pagefind + Word)', String(fullPages), (fullMs / 1000).toFixed(1), (fullMs / count).toFixed(1)],
    ];
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    for (const r of rows) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`);
    console.log(
      `\nRatio full/bare: ${ratio.toFixed(2)} (mål ≤ 1,5) · fuldt byggeri ${(fullMs / 1000).toFixed(1)} s (mål < 60 s)`,
    );
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
