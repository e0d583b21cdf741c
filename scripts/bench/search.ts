/**
 * `npm run bench:search`: how well the search page finds what members look for. Every query of the evaluation set
 * (scripts/bench/search-queries.ts: compounds, inflections, synonyms, abbreviations, English terms, typos,
 * questions, nonsense; each with the pages that answer it) is typed into the real search page in Debian's
 * Chromium, through the real gate, logged in as a core member (tier kerne) and as a broad member (tier bred:
 * only the queries whose answers are broad pages). Results are read as listed; hit@1, hit@5, MRR and the bytes
 * the gate sent for the search (cold cache: a new browser context per query) are printed per variant:
 * - "fuld": the build as it is (compound parts and glossary terms in the index, the vocabulary for typos);
 * - "basis": the same pages indexed with decompounding and glossary switched off (typo handling still on) —
 *   the baseline the ratios are against;
 * - "Pagefind alene": the baseline index without the vocabulary file, i.e. the search page before issue 17.
 * All three come from one Astro build (the build helper's: dist/ when fresh, else a build into a temp directory),
 * re-indexed in this run. Flags: --queries eval|heldout|all (default eval), --misses (list what each variant misses),
 * --dist DIR (use that build).
 */

import { existsSync, readFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { VOCABULARY_PATH } from '#model/search-vocabulary.ts';
import type { Tier } from '#model/tiers.ts';
import { listFiles, writeManifest } from '../build/manifest.ts';
import { closePagefind, indexTier } from '../build/pagefind-index.ts';
import { REPO_ROOT } from '../build/repo-root.ts';
import { searchTerms } from '../build/search/danish.ts';
import { parseAccessList } from '../gate/access-list.ts';
import { devAccountsFromAccessList } from '../gate/dev-idp/accounts.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../gate/e2e/browser.ts';
import { ensureRealBuild } from '../gate/e2e/real-build.ts';
import { startTestStack, type TestStack } from '../gate/testing/stack.ts';
import { formatTable, misses, type QueryRun } from './search-metrics.ts';
import { type EvalQuery, QUERIES } from './search-queries.ts';
import { QUERIES as HELDOUT } from './search-queries-heldout.ts';
import { byteCounter } from './search-visit.ts';

const { values } = parseArgs({
  options: {
    queries: { type: 'string', default: 'eval' },
    misses: { type: 'boolean', default: false },
    dist: { type: 'string' },
  },
});
const sets: Record<string, readonly EvalQuery[]> = { eval: QUERIES, heldout: HELDOUT, all: [...QUERIES, ...HELDOUT] };
const queries = sets[values.queries];
if (!queries) {
  process.stderr.write(`--queries skal være eval, heldout eller all, ikke »${values.queries}«\n`);
  process.exit(2);
}
if (values.dist) process.env.SIKKERHEDSNET_E2E_DIST = resolve(values.dist);

interface Variant {
  name: string;
  dir: string;
  stack?: TestStack;
  bytes?: () => number;
  storage: Partial<Record<Tier, Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>>>>;
  runs: Record<Tier, QueryRun[]>;
}

const TIERS: readonly Tier[] = ['kerne', 'bred'];
const build = await ensureRealBuild();
const library = join(REPO_ROOT, 'templates-library');

/** The same pages re-indexed with decompounding and glossary off; without the vocabulary too for the oldest. */
async function variantDir(name: string, vocabulary: boolean): Promise<string> {
  const dir = join(build.tempDir, name);
  await cp(build.distDir, dir, { recursive: true });
  const off = await searchTerms(library, { decompound: false, useGlossary: false });
  for (const tier of TIERS) {
    await rm(join(dir, tier, 'pagefind'), { recursive: true, force: true });
    await indexTier(join(dir, tier), off);
    if (!vocabulary) await rm(join(dir, tier, VOCABULARY_PATH));
    await writeManifest(dir, { tier, generated: new Date().toISOString(), files: await listFiles(join(dir, tier)) });
  }
  return dir;
}

const variants: Variant[] = [
  { name: 'fuld', dir: build.distDir, storage: {}, runs: { kerne: [], bred: [] } },
  {
    name: 'basis (uden sammensætninger og ordliste)',
    dir: await variantDir('basis', true),
    storage: {},
    runs: { kerne: [], bred: [] },
  },
  {
    name: 'Pagefind alene (før)',
    dir: await variantDir('pagefind', false),
    storage: {},
    runs: { kerne: [], bred: [] },
  },
];
await closePagefind();

const list = parseAccessList(readFileSync(build.accessListFile, 'utf8'));
const accounts = devAccountsFromAccessList(list);
const accountOf = (tier: Tier) => {
  const account = accounts.find((a) => a.kind === 'member' && list.members[a.email]?.tier === tier);
  if (!account) throw new Error(`the demo registry has no ${tier} member`);
  return account;
};

/** A query's expected pages that the tier has; the query is not asked there when none is. */
function expectedIn(tier: Tier, query: EvalQuery): string[] {
  return query.expect.filter((path) => existsSync(join(build.distDir, tier, path, 'index.html')));
}

/** Type one query on the search page in a new context (cold cache); record the listed results and the bytes. */
async function ask(v: Variant, tier: Tier, query: EvalQuery): Promise<void> {
  const context = await browser.newContext({ locale: 'da-DK', storageState: v.storage[tier] });
  try {
    const page = await context.newPage();
    const before = v.bytes?.() ?? 0;
    await page.goto(`${v.stack?.gateUrl}/soeg/?q=${encodeURIComponent(query.q)}`);
    await page.waitForFunction(
      () =>
        /resultat|Søgningen/.test(
          // The status starts with a <noscript> note; the search replaces it with its count or its failure.
          [...(document.querySelector('#search-status')?.childNodes ?? [])]
            .filter((n) => n.nodeName !== 'NOSCRIPT')
            .map((n) => n.textContent)
            .join(''),
        ),
      null,
      { timeout: 20_000 },
    );
    const results = await page.$$eval('#search-results li.search-result h2 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    await new Promise((r) => setTimeout(r, 150));
    v.runs[tier].push({
      q: query.q,
      kind: query.kind,
      expect: query.expect,
      results,
      bytes: (v.bytes?.() ?? 0) - before,
    });
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
try {
  for (const v of variants) {
    v.stack = await startTestStack(v.dir, build.accessListFile);
    v.bytes = byteCounter(v.stack.gate.server);
    for (const tier of TIERS) {
      const context = await browser.newContext({ locale: 'da-DK' });
      const page = await context.newPage();
      await page.goto(`${v.stack.gateUrl}/`);
      await page.click(`button[value="${accountOf(tier).id}"]`);
      await page.waitForURL(`${v.stack.gateUrl}/`);
      v.storage[tier] = await context.storageState();
      await context.close();
    }
  }
  const asked = TIERS.map((tier) => ({
    tier,
    list: queries.flatMap((q) => {
      const expect = expectedIn(tier, q);
      return q.expect.length === 0 || expect.length > 0 ? [{ ...q, expect }] : [];
    }),
  }));
  process.stdout.write(
    `Søgekvalitet: ${queries.length} forespørgsler (${values.queries}) på /soeg/ gennem gaten i Chromium; ` +
      `kerne: ${asked[0]?.list.length}, bred: ${asked[1]?.list.length} (dem, hvis svar findes i bred) …\n`,
  );
  for (const { tier, list: tierQueries } of asked) {
    for (const query of tierQueries) {
      // The variants run side by side: each has its own gate, so each counts only its own bytes.
      await Promise.all(variants.map((v) => ask(v, tier, query)));
    }
  }
} finally {
  await browser.close();
  for (const v of variants) await v.stack?.close();
  await rm(build.tempDir, { recursive: true, force: true });
}

for (const tier of TIERS) {
  const rows = variants.map((v) => ({ name: v.name, runs: v.runs[tier] }));
  process.stdout.write(`\n## ${tier}\n\n${formatTable(rows, 1)}`);
  if (values.misses) {
    for (const row of rows) {
      const missed = misses(row.runs);
      process.stdout.write(
        `\n${row.name}: ${missed.length} uden træf i top 5\n${missed.map((m) => `  ${m}`).join('\n')}\n`,
      );
    }
  }
}
