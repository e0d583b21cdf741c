/**
 * Both tiers come from one Astro build, so the broad site is safe only if every broad page is made from broad-visible
 * entries. This test puts a poisoned core-only template in the fixture library and proves:
 * - a normal build gives the broad site exactly the pages of the broad-visible entries, and nothing of the poison;
 * - when the broad pages read the core collections (test-only switch, the bug a page reading the wrong collection
 *   would be), the build stops and names the poisoned entry, and nothing is written.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleInTier } from '#model/tiers.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import type { LibraryEntry } from '../library/types.ts';
import { buildSite } from './build-site.ts';
import { listFiles } from './manifest.ts';
import { REPO_ROOT } from './repo-root.ts';
import { FIXTURE_DISCUSSIONS } from './test-support/fixture-discussions.ts';

const registryDir = join(REPO_ROOT, 'site/fixtures/registry');
const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;

/** The poison: a core-only template whose words appear nowhere else. */
const POISON_SLUG = 'giftig-kerneskabelon';
const POISON_TITLE = 'Giftig kerneskabelon om Xylofonbrand';
const POISON_SENTENCE = 'Denne sætning om xylofonbranden i kælderen må aldrig nå det brede netværk.';
const POISON = `---
title: ${POISON_TITLE}
summary: Kun kernenetværket må se denne skabelon om xylofonbrand.
category: beredskab
tags: [beredskab]
audience: kerne
owner: "101"
maintainers: [anne-demo]
reviewed: 2026-01-10
status: gældende
version: "1.0"
---

## Xylofonbrand

${POISON_SENTENCE}
`;

let tmp: string;
let contentDir: string;
let entries: LibraryEntry[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-broad-sources-'));
  contentDir = join(tmp, 'library');
  await cp(join(REPO_ROOT, 'site/fixtures/library'), contentDir, { recursive: true });
  await writeFile(join(contentDir, 'beredskab', `${POISON_SLUG}.mdx`), POISON);
  const library = parseLibrary(await readLibraryFiles(contentDir), { ownerCodes: new Set(['101', '147', '316']) });
  expect(library.problems).toEqual([]);
  entries = library.entries;
  expect(entries.some((e) => e.slug === POISON_SLUG && e.data.audience === 'kerne')).toBe(true);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function build(outDir: string, unsafeBroadReadsCore = false) {
  return buildSite({
    contentDir,
    registryDir,
    discussionsDir: FIXTURE_DISCUSSIONS,
    outDir,
    today: '2026-06-01',
    renderDocx,
    unsafeBroadReadsCore,
  });
}

/** The entry pages a built tier has: `/skabeloner/x/`, `/nyheder/x/`, `/moeder/x/`, `/erfaringer/x/`. */
async function entryPages(dir: string): Promise<string[]> {
  const kinds = /^(skabeloner|nyheder|moeder|erfaringer)\/[^/]+\/index\.html$/;
  return (await listFiles(dir))
    .filter((f) => kinds.test(f))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

describe('the broad site is made only from broad-visible entries', () => {
  it('gives each tier exactly the pages of the entries it may see, and the broad tier nothing of a core entry', async () => {
    const out = join(tmp, 'dist');
    const result = await build(out);
    expect(result.problems).toEqual([]);
    for (const tier of ['kerne', 'bred'] as const) {
      const visible = entries.filter((e) => visibleInTier(e.data.audience, tier));
      const redirects = visible.flatMap((e) =>
        e.kind === 'template' ? e.data.supersedes.map((old) => `/skabeloner/${old}/`) : [],
      );
      expect(await entryPages(join(out, tier))).toEqual([...visible.map((e) => e.url), ...redirects].sort());
    }
    const core = (await readFile(join(out, 'kerne/skabeloner', POISON_SLUG, 'index.html'), 'utf8')).toString();
    expect(core).toContain(POISON_SENTENCE);
    const broadFiles = await listFiles(join(out, 'bred'));
    const needles = [POISON_SLUG, POISON_TITLE, 'xylofonbrand', 'Xylofonbrand', POISON_SENTENCE];
    for (const file of broadFiles) {
      const text = (await readFile(join(out, 'bred', file))).toString('latin1');
      const found = needles.filter((n) => text.includes(n) || text.includes(Buffer.from(n).toString('latin1')));
      expect({ file, found }).toEqual({ file, found: [] });
    }
  });

  it('stops the build, naming the core entry, when a broad page reads the core collections', async () => {
    const out = join(tmp, 'dist-unsafe');
    const failure = await build(out, true).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/Kun for kernenetværket, men en side for Databeskyttelse og Sikkerhed fik dem: /);
    expect(failure).toContain(`beredskab/${POISON_SLUG}.mdx`);
    // Every core-only template is named, not just the first.
    for (const e of entries.filter((x) => x.kind === 'template' && x.data.audience === 'kerne')) {
      expect(failure).toContain(`${e.folder}/${e.slug}.mdx`);
    }
    expect(failure).toMatch(/Byggeriet stopper, så de ikke kommer med\./);
    expect(await readdir(out)).toEqual([]);
  });
});
