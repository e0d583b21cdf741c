import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { buildSite } from './build-site.ts';
import { coreOnlyNeedles } from './leak-needles.ts';
import { scanForLeaks } from './leak-scan.ts';
import { REPO_ROOT } from './repo-root.ts';

const contentDir = join(REPO_ROOT, 'site/fixtures/library');
const registryDir = join(REPO_ROOT, 'site/fixtures/registry');
const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;

let tmp: string;
let needles: string[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-leak-'));
  const lib = parseLibrary(await readLibraryFiles(contentDir), { ownerCodes: new Set(['101', '147', '316']) });
  expect(lib.problems).toEqual([]);
  needles = coreOnlyNeedles(lib.entries);
  const common = { contentDir, registryDir, today: '2026-11-28', tiers: ['bred'] as const, renderDocx };
  // Sequential: both builds share Pagefind's backend process.
  const safe = await buildSite({ ...common, outDir: join(tmp, 'safe') });
  expect(safe.problems).toEqual([]);
  const unsafe = await buildSite({ ...common, outDir: join(tmp, 'unsafe'), unsafeNoTierFilter: true });
  expect(unsafe.problems).toEqual([]);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('leak test: the broad tier never contains core-only content', () => {
  it('derives needles for every core-only fixture entry: title, distinctive sentence, slug', () => {
    for (const needle of [
      'Fortroligt risikoregister for kritisk infrastruktur',
      'Det blå elefantregister tæller syv sårbare pumpestationer ved Holbæk Fjord.',
      'risikoregister-kerne',
      'Hemmelig beredskabsplan for cyberangreb',
      'Kodeordet kvartsuret-solsort aktiverer krisestaben inden for femten minutter.',
      'beredskabsplan-kerne',
      'gammel-beredskabsplan',
      'Skærpet trusselsvurdering for vandforsyningen',
      'Orange giraffer krydser motorvejen ved Middelfart hver tirsdag klokken tre.',
      'kerne-trusselsvurdering',
      'Lukket workshop om ransomwareøvelse',
      'Den lilla kanonbåd sejlede baglæns gennem øvelsens tredje fase.',
      'kerne-workshop-ransomware',
      '/emne/kerneinfrastruktur/',
    ]) {
      expect(needles).toContain(needle);
    }
  });

  it('finds none of them anywhere in dist/bred, Pagefind files decompressed', async () => {
    expect(await scanForLeaks(join(tmp, 'safe/bred'), needles)).toEqual([]);
  });

  it('does find them when the tier filter is disabled (so the test above can fail)', async () => {
    const leaks = await scanForLeaks(join(tmp, 'unsafe/bred'), needles);
    const needlesFound = new Set(leaks.map((l) => l.needle));
    expect([...needlesFound].sort()).toEqual(needles);
    const files = new Set(leaks.map((l) => l.file));
    // The leak reaches the pages, the lists, the feed, the sitemap and the compressed search fragments.
    expect(files).toContain('skabeloner/risikoregister-kerne/index.html');
    expect(files).toContain('skabeloner/index.html');
    expect(files).toContain('nyheder/feed.xml');
    expect(files).toContain('sitemap.xml');
    expect([...files].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files).toContain('skabeloner/risikoregister-kerne/risikoregister.csv');
  });

  it('keeps the shared content in the broad tier', async () => {
    const found = await scanForLeaks(join(tmp, 'safe/bred'), [
      'Informationssikkerhedspolitik',
      'Nyhedsbrev november 2026',
      'Netværksmøde efterår 2026',
    ]);
    expect(new Set(found.map((l) => l.needle)).size).toBe(3);
  });
});
