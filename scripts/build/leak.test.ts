import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscussionExport } from '#model/discussions.ts';
import { searchWords, VOCABULARY_PATH, type VocabularyFile } from '#model/search-vocabulary.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { loadRegistry } from '../registry/load.ts';
import { buildSite } from './build-site.ts';
import {
  bodySentences,
  coreOnlyMemberNeedles,
  coreOnlyNeedles,
  coreOnlySearchTerms,
  optedOutNeedles,
} from './leak-needles.ts';
import { scanForLeaks } from './leak-scan.ts';
import { listFiles } from './manifest.ts';
import { REPO_ROOT } from './repo-root.ts';
import { danishLexicon, glossaryEntries } from './search/danish.ts';
import { createDecompounder } from './search/decompound.ts';
import { exportLogins, FIXTURE_DISCUSSIONS, readFixtureExport } from './test-support/fixture-discussions.ts';

const contentDir = join(REPO_ROOT, 'site/fixtures/library');
const registryDir = join(REPO_ROOT, 'site/fixtures/registry');
const discussionsDir = FIXTURE_DISCUSSIONS;
const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;

let tmp: string;
let needles: string[];
let memberNeedles: string[];
let optedOut: string[];
let questionNeedles: string[];
let answeredNeedles: string[];
let logins: string[];
let searchNeedles: string[];
let libEntries: Parameters<typeof coreOnlyNeedles>[0];

/** The words of a tier's search vocabulary file. */
async function vocabularyOf(dir: string): Promise<Set<string>> {
  const file = JSON.parse(gunzipSync(await readFile(join(dir, VOCABULARY_PATH))).toString('utf8')) as VocabularyFile;
  return new Set(file.words);
}

/** The text of every HTML page of a built tier: what the tier shows, so what its search may know. */
async function pagesText(dir: string): Promise<string> {
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return texts.join('\n');
}

/**
 * Strings of the core repository's discussions that must never appear in the broad build: every title, every
 * sentence of 25+ characters of a question, answer or reply (sentences with Markdown or an @mention are left out:
 * the page shows them rendered or rewritten), the page's slug and path, and the repository's Discussions address.
 * Derived from the export itself, not from the code under test. `answered`: only the questions that have pages.
 */
function coreQuestionNeedles(core: DiscussionExport, answered = false): string[] {
  const needles = new Set([`https://github.com/${core.repository}/discussions`]);
  for (const d of core.discussions) {
    if (answered && !(d.category === 'questions' && d.comments.some((c) => c.isAnswer))) continue;
    needles.add(d.title);
    needles.add(`kerne-${d.number}`).add(`/spoergsmaal/kerne-${d.number}/`);
    const texts = [d.body, ...d.comments.flatMap((c) => [c.body, ...c.replies.map((r) => r.body)])];
    for (const sentence of texts.flatMap(bodySentences)) if (!/[@*_`[\]<>]/.test(sentence)) needles.add(sentence);
  }
  return [...needles].sort();
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-leak-'));
  const lib = parseLibrary(await readLibraryFiles(contentDir), { ownerCodes: new Set(['101', '147', '316']) });
  expect(lib.problems).toEqual([]);
  libEntries = lib.entries;
  const registry = (await loadRegistry(registryDir)).registry;
  if (!registry) throw new Error('the fixture registry does not load');
  memberNeedles = coreOnlyMemberNeedles(registry);
  optedOut = optedOutNeedles(registry);
  needles = [...new Set([...coreOnlyNeedles(lib.entries), ...memberNeedles])].sort();
  const [core, broad] = [await readFixtureExport('kerne'), await readFixtureExport('bred')];
  questionNeedles = coreQuestionNeedles(core);
  answeredNeedles = coreQuestionNeedles(core, true);
  logins = exportLogins([core, broad]);
  const common = { contentDir, registryDir, discussionsDir, today: '2026-11-28', tiers: ['bred'] as const, renderDocx };
  // Sequential: both builds share Pagefind's backend process.
  const safe = await buildSite({ ...common, outDir: join(tmp, 'safe') });
  expect(safe.problems).toEqual([]);
  const unsafe = await buildSite({
    ...common,
    outDir: join(tmp, 'unsafe'),
    unsafeNoTierFilter: true,
    unsafeNoDirectoryFilter: true,
    unsafeNoQuestionFilter: true,
  });
  expect(unsafe.problems).toEqual([]);
  // Independent of the index code: the words of core-only entries, their compound parts and the glossary terms
  // they use, less what the broad pages themselves show.
  const everyWord = new Set(lib.entries.flatMap((e) => searchWords(`${e.data.title} ${e.body}`)));
  const decompounder = createDecompounder(await danishLexicon(), everyWord);
  searchNeedles = coreOnlySearchTerms(
    libEntries,
    await pagesText(join(tmp, 'safe/bred')),
    { parts: (w) => decompounder.terms(w), glossary: glossaryEntries(contentDir) },
    searchWords,
  );
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

  it('derives needles for every discussion of the core repository: titles, sentences, slugs, the forum', () => {
    for (const needle of [
      'Hvordan tæller vi lilla flamingoer i serverrummet?',
      'Lilla flamingoer står på ét ben i serverrummet hver nat klokken tolv.',
      'Tæl flamingoerne med en gul regnemaskine fra Vejle og gem tallet i logboksen.',
      'Sølvfarvede pingviner bærer backupbåndene over isen til Esbjerg om vinteren.',
      'Turkise hvalrosser synger logbeskederne baglæns hver fredag eftermiddag.',
      'Okkergule næsehorn har allerede godkendt den gule regnemaskine.',
      'Hvem ejer nøglen til det orange pengeskab?',
      'Nøglen til det orange pengeskab hænger hos vagten på rådhuset i Vejle.',
      'kerne-7',
      '/spoergsmaal/kerne-12/',
      'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions',
      // Not answered, or not a question: no page in either tier, and still never in the broad build.
      'Må skildpadderne i arkivet få VPN-adgang?',
      'Erfaringer med blå kameler i driften',
    ]) {
      expect(questionNeedles).toContain(needle);
    }
    expect(answeredNeedles).not.toContain('Må skildpadderne i arkivet få VPN-adgang?');
    expect(logins).toEqual([
      'anne-demo',
      'carla-proeve',
      'frede-kontakt',
      'hanne-holm',
      'kl-admin-demo',
      'kl-moderator-demo',
      'maren-hemmelig',
      'ole-fravalgt',
      'ukendt-konto',
    ]);
  });

  it('finds nothing of the core repository’s discussions in dist/bred', async () => {
    expect(await scanForLeaks(join(tmp, 'safe/bred'), questionNeedles)).toEqual([]);
  });

  it('does find the core questions when the question filter is disabled (so the test above can fail)', async () => {
    const leaks = await scanForLeaks(join(tmp, 'unsafe/bred'), questionNeedles);
    expect([...new Set(leaks.map((l) => l.needle))].sort()).toEqual(answeredNeedles);
    const files = new Set(leaks.map((l) => l.file));
    // The pages, the list, the sitemap and the search index.
    expect(files).toContain('spoergsmaal/kerne-7/index.html');
    expect(files).toContain('spoergsmaal/index.html');
    expect(files).toContain('sitemap.xml');
    expect([...files].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('names nobody by GitHub login, with or without the filters', async () => {
    expect(await scanForLeaks(join(tmp, 'safe/bred'), logins)).toEqual([]);
    expect(await scanForLeaks(join(tmp, 'unsafe/bred'), logins)).toEqual([]);
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
      // The broad repository's answered question, its page and its forum.
      'Hvor længe gemmer I logfiler fra adgangskontrol?',
      'De fleste kommuner gemmer dem i',
      '/spoergsmaal/3/',
      'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions',
    ];
    const found = await scanForLeaks(join(tmp, 'safe/bred'), shared);
    expect([...new Set(found.map((l) => l.needle))].sort()).toEqual([...shared].sort());
  });

  it('derives search terms of core-only entries: words, compound parts, glossary terms they use', () => {
    for (const needle of [
      // Words of core-only pages.
      'elefantregister',
      'pumpestationer',
      'kvartsuret',
      // Compound parts: of "elefantregister", "pumpestationer" (the broad pages show neither part).
      'elefant',
      'stationer',
      // The glossary entry a core-only title mentions ("kritisk infrastruktur"): its other terms.
      'samfundsfunktioner',
      'critical',
    ]) {
      expect(searchNeedles).toContain(needle);
    }
  });

  it('keeps them out of the broad search bundle: its vocabulary and its Pagefind files', async () => {
    const vocabulary = await vocabularyOf(join(tmp, 'safe/bred'));
    expect(searchNeedles.filter((n) => vocabulary.has(n))).toEqual([]);
    // Pagefind's data: the fragments hold each page's indexed text, the index chunks its words (Pagefind's own
    // scripts beside them are the same in every build and hold English words of their own).
    for (const part of ['fragment', 'index', 'filter']) {
      expect(await scanForLeaks(join(tmp, 'safe/bred/pagefind', part), searchNeedles)).toEqual([]);
    }
    // The broad pages' own glossary terms are there: a shared page says "backup", so "sikkerhedskopi" is added.
    expect(vocabulary.has('sikkerhedskopi')).toBe(true);
  });

  it('does find the search terms when the tier filter is disabled (so the test above can fail)', async () => {
    const vocabulary = await vocabularyOf(join(tmp, 'unsafe/bred'));
    // A word, a compound's part ("pumpestationer" → stationer) and a glossary term of the core-only pages.
    for (const needle of ['elefantregister', 'stationer', 'samfundsfunktioner', 'critical']) {
      expect(vocabulary.has(needle)).toBe(true);
    }
    const leaks = await scanForLeaks(join(tmp, 'unsafe/bred/pagefind/fragment'), searchNeedles);
    expect(leaks.some((l) => l.needle === 'samfundsfunktioner')).toBe(true);
  });
});
