import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { loadRegistry } from '../registry/load.ts';
import { buildSite } from './build-site.ts';
import { coreOnlyMemberNeedles, coreOnlyNeedles, optedOutNeedles } from './leak-needles.ts';
import { scanForLeaks } from './leak-scan.ts';
import { REPO_ROOT } from './repo-root.ts';

const contentDir = join(REPO_ROOT, 'site/fixtures/library');
const registryDir = join(REPO_ROOT, 'site/fixtures/registry');
const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;

let tmp: string;
let needles: string[];
let memberNeedles: string[];
let optedOut: string[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-leak-'));
  const lib = parseLibrary(await readLibraryFiles(contentDir), { ownerCodes: new Set(['101', '147', '316']) });
  expect(lib.problems).toEqual([]);
  const registry = (await loadRegistry(registryDir)).registry;
  if (!registry) throw new Error('the fixture registry does not load');
  memberNeedles = coreOnlyMemberNeedles(registry);
  optedOut = optedOutNeedles(registry);
  needles = [...new Set([...coreOnlyNeedles(lib.entries), ...memberNeedles])].sort();
  const common = { contentDir, registryDir, today: '2026-11-28', tiers: ['bred'] as const, renderDocx };
  // Sequential: both builds share Pagefind's backend process.
  const safe = await buildSite({ ...common, outDir: join(tmp, 'safe') });
  expect(safe.problems).toEqual([]);
  const unsafe = await buildSite({
    ...common,
    outDir: join(tmp, 'unsafe'),
    unsafeNoTierFilter: true,
    unsafeNoDirectoryFilter: true,
  });
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
      // Core-only experiences: title, slug, a distinctive sentence, a vendor only they name (its name and page) and
      // their products, including one of a vendor that shared experiences name too.
      'Skyggeloggen i Holbæk Kommune',
      'holbaek-skyggeloggen',
      'Skyggeloggen gemte alle logposter i en mappe ved navn Blåbærgrøden på den gamle domænecontroller.',
      'Hemmelighedsleverandøren ApS',
      '/leverandoerer/hemmelighedsleverandoeren/',
      'Skyggeloggen',
      'Arkivboksen i Københavns Kommune',
      'Arkivboksen',
    ]) {
      expect(needles).toContain(needle);
    }
  });

  it('derives needles for every core-only member who is not a contact person: name, e-mail, title', () => {
    expect(memberNeedles).toEqual([
      'Hemmelig SOC-analytiker',
      'Holger Skjult',
      'Maren Hemmelig',
      'Netværksarkitekt',
      'holger.skjult@holb.dk',
      'maren.hemmelig@kk.dk',
    ]);
    for (const needle of memberNeedles) expect(needles).toContain(needle);
    expect(optedOut).toEqual(['Ole Fravalgt', 'ole.fravalgt@kk.dk']);
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
    // Core-only experiences reach their pages, the vendor pages and the vendors' CSV exports, also the CSV of a
    // vendor that shared experiences name too.
    expect(files).toContain('erfaringer/holbaek-skyggeloggen/index.html');
    expect(files).toContain('leverandoerer/hemmelighedsleverandoeren/index.html');
    expect(files).toContain('leverandoerer/hemmelighedsleverandoeren/erfaringer.csv');
    expect(files).toContain('leverandoerer/backupfabrikken/erfaringer.csv');
    // Without the directory filter the core-only members reach the member list, their municipality's page and
    // its search fragment.
    const memberFiles = new Set(leaks.filter((l) => memberNeedles.includes(l.needle)).map((l) => l.file));
    expect(memberFiles).toContain('medlemmer/index.html');
    expect(memberFiles).toContain('kommuner/101/index.html');
    expect(memberFiles).toContain('kommuner/316/index.html');
    expect([...memberFiles].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('names no member who opted out of the member list, with or without the filters', async () => {
    expect(await scanForLeaks(join(tmp, 'safe/bred'), optedOut)).toEqual([]);
    expect(await scanForLeaks(join(tmp, 'unsafe/bred'), optedOut)).toEqual([]);
  });

  it('keeps the shared content in the broad tier', async () => {
    const shared = [
      'Informationssikkerhedspolitik',
      'Nyhedsbrev november 2026',
      'Netværksmøde efterår 2026',
      // Shared experiences and their vendor's page.
      'Kopimaskinen Pro i Holbæk Kommune',
      '/leverandoerer/backupfabrikken/',
      // A broad member, and a core contact person (the broad tier names its municipality's contact persons).
      'Carla Prøve',
      'carla.proeve@kk.dk',
      'Anne Demo',
      'anne.demo@kk.dk',
    ];
    const found = await scanForLeaks(join(tmp, 'safe/bred'), shared);
    expect([...new Set(found.map((l) => l.needle))].sort()).toEqual([...shared].sort());
  });
});
