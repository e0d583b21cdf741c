import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMunicipalities } from '#model/municipalities.ts';
import type { Audience } from '#model/tiers.ts';
import { loadDiscussionExports } from '../build/discussion-exports.ts';
import { loadBuildLibrary } from '../build/load-library.ts';
import { questionPages } from '../build/question-pages.ts';
import { REPO_ROOT } from '../build/repo-root.ts';
import { loadRegistry } from '../registry/load.ts';
import { type EvalQuery, QUERIES, type QueryKind } from './search-queries.ts';
import { QUERIES as HELDOUT } from './search-queries-heldout.ts';

const KINDS: readonly QueryKind[] = [
  'plain',
  'compound',
  'inflection',
  'synonym',
  'abbreviation',
  'english',
  'typo',
  'question',
  'nonsense',
];

/** The least of each kind the evaluation set holds (issue 17). */
const MAIN_MINIMUM: Readonly<Record<QueryKind, number>> = {
  plain: 1,
  compound: 12,
  inflection: 8,
  synonym: 10,
  abbreviation: 8,
  english: 8,
  typo: 10,
  question: 6,
  nonsense: 5,
};

/** The held-out set has every kind too, only fewer of each. */
const HELDOUT_MINIMUM: Readonly<Record<QueryKind, number>> = Object.fromEntries(KINDS.map((k) => [k, 1])) as Record<
  QueryKind,
  number
>;

/** A page path as the sites serve it: `/skabeloner/<slug>/`, `/spoergsmaal/kerne-3/`, `/kommuner/751/`. */
const PAGE_PATH = /^\/[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

const normalise = (q: string): string => q.toLowerCase().replace(/\s+/g, ' ').trim();

/** Everything wrong with the shape of a query set, one line each; empty when the set is well formed. */
function shapeProblems(queries: readonly EvalQuery[], minimum: Readonly<Record<QueryKind, number>>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { q, kind, expect: pages, why } of queries) {
    const name = JSON.stringify(q);
    if (q !== q.trim() || q.length === 0) problems.push(`${name}: q must be non-empty without outer spaces`);
    if (!KINDS.includes(kind)) problems.push(`${name}: unknown kind ${JSON.stringify(kind)}`);
    if (seen.has(normalise(q))) problems.push(`${name}: q occurs twice`);
    seen.add(normalise(q));
    if (kind === 'nonsense' && pages.length > 0) problems.push(`${name}: a nonsense query expects no pages`);
    if (kind !== 'nonsense' && pages.length === 0) problems.push(`${name}: only nonsense queries may expect nothing`);
    if (kind === 'question' && q.split(' ').length < 3) problems.push(`${name}: a question has at least three words`);
    for (const page of pages) {
      if (!PAGE_PATH.test(page)) problems.push(`${name}: ${JSON.stringify(page)} is not a page path like /x/y/`);
    }
    if (new Set(pages).size !== pages.length) problems.push(`${name}: a page is expected twice`);
    if (why.trim().length === 0 || why.includes('\n')) problems.push(`${name}: why must be one non-empty line`);
  }
  for (const kind of KINDS) {
    const count = queries.filter((x) => x.kind === kind).length;
    if (count < minimum[kind]) problems.push(`${kind}: ${count} queries, at least ${minimum[kind]} wanted`);
  }
  return problems;
}

describe('the query sets', () => {
  it('the evaluation set has at least 75 well-formed queries and every kind at its minimum', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(75);
    expect(shapeProblems(QUERIES, MAIN_MINIMUM)).toEqual([]);
  });

  it('the held-out set has 25 well-formed queries of every kind, none of them in the evaluation set', () => {
    expect(HELDOUT).toHaveLength(25);
    expect(shapeProblems(HELDOUT, HELDOUT_MINIMUM)).toEqual([]);
    const main = new Set(QUERIES.map((x) => normalise(x.q)));
    expect(HELDOUT.filter((x) => main.has(normalise(x.q))).map((x) => x.q)).toEqual([]);
  });

  it('the shape check names each mistake', () => {
    const broken: EvalQuery[] = [
      { q: ' beredskab', kind: 'plain', expect: ['/skabeloner/it-beredskabsplan/'], why: 'ok' },
      { q: 'Beredskab', kind: 'plain', expect: ['skabeloner/it-beredskabsplan'], why: 'ok' },
      { q: 'xyzzy', kind: 'nonsense', expect: ['/skabeloner/x/'], why: 'ok' },
      { q: 'backup', kind: 'english', expect: [], why: '' },
      { q: 'test af plan?', kind: 'question', expect: ['/a/b/', '/a/b/'], why: 'two\nlines' },
      { q: 'kort spørgsmål', kind: 'question', expect: ['/Skabeloner/a/'], why: 'ok' },
    ];
    const atLeastTwo = { ...HELDOUT_MINIMUM, plain: 3 };
    expect(shapeProblems(broken, atLeastTwo)).toEqual([
      '" beredskab": q must be non-empty without outer spaces',
      '"Beredskab": q occurs twice',
      '"Beredskab": "skabeloner/it-beredskabsplan" is not a page path like /x/y/',
      '"xyzzy": a nonsense query expects no pages',
      '"backup": only nonsense queries may expect nothing',
      '"backup": why must be one non-empty line',
      '"test af plan?": a page is expected twice',
      '"test af plan?": why must be one non-empty line',
      '"kort spørgsmål": a question has at least three words',
      '"kort spørgsmål": "/Skabeloner/a/" is not a page path like /x/y/',
      'plain: 2 queries, at least 3 wanted',
      'compound: 0 queries, at least 1 wanted',
      'inflection: 0 queries, at least 1 wanted',
      'synonym: 0 queries, at least 1 wanted',
      'abbreviation: 0 queries, at least 1 wanted',
      'typo: 0 queries, at least 1 wanted',
    ]);
  });
});

describe('the expected pages, against the library, the discussions and the registry on disk', () => {
  /** Every page path the core tier builds → its audience (`alle`: the broad tier shows it too). */
  const pages = new Map<string, Audience>();

  beforeAll(async () => {
    const built = await loadBuildLibrary(REPO_ROOT, join(REPO_ROOT, 'templates-library'), join(REPO_ROOT, 'registry'));
    if (!built.library) throw new Error(`the library does not load: ${JSON.stringify(built.problems)}`);
    for (const entry of built.library.entries) pages.set(entry.url, entry.data.audience);
    const loaded = await loadRegistry(join(REPO_ROOT, 'registry'));
    if (!loaded.registry) throw new Error(`the registry does not load: ${JSON.stringify(loaded.problems)}`);
    const read = await loadDiscussionExports(REPO_ROOT, join(REPO_ROOT, 'discussions'), loaded.registry);
    for (const question of questionPages(loaded.registry, read.exports, 'kerne').questions) {
      pages.set(`/spoergsmaal/${question.slug}/`, question.audience);
    }
    for (const code of [...readMunicipalities(join(REPO_ROOT, 'registry')).codes, 'kl']) {
      pages.set(`/kommuner/${code}/`, 'alle');
    }
  });

  it('knows the pages of each kind and which of them the broad tier shows', () => {
    const sample = [
      '/skabeloner/adgangsstyring/',
      '/skabeloner/beredskabspolitik/',
      '/erfaringer/aarhus-logvogter-siem/',
      '/erfaringer/odense-hulfinderen-scanning/',
      '/nyheder/nis2-loven-traeder-i-kraft/',
      '/moeder/kernenetvaerket-september-2026/',
      '/spoergsmaal/4/',
      '/spoergsmaal/kerne-3/',
      '/kommuner/751/',
      '/kommuner/kl/',
    ];
    expect(sample.map((page) => `${page} ${pages.get(page)}`)).toEqual([
      '/skabeloner/adgangsstyring/ alle',
      '/skabeloner/beredskabspolitik/ kerne',
      '/erfaringer/aarhus-logvogter-siem/ alle',
      '/erfaringer/odense-hulfinderen-scanning/ kerne',
      '/nyheder/nis2-loven-traeder-i-kraft/ alle',
      '/moeder/kernenetvaerket-september-2026/ kerne',
      '/spoergsmaal/4/ alle',
      '/spoergsmaal/kerne-3/ kerne',
      '/kommuner/751/ alle',
      '/kommuner/kl/ alle',
    ]);
  });

  it.each([
    ['evaluation', QUERIES],
    ['held-out', HELDOUT],
  ])('every page the %s set expects exists', (_, queries) => {
    const missing = queries.flatMap(({ q, expect: expected }) =>
      expected.filter((page) => !pages.has(page)).map((page) => `${JSON.stringify(q)}: ${page}`),
    );
    expect(missing).toEqual([]);
  });

  it('at least 20 queries of the evaluation set are answered by pages the broad tier shows', () => {
    const broad = QUERIES.filter((x) => x.expect.length > 0 && x.expect.every((page) => pages.get(page) === 'alle'));
    expect(broad.length).toBeGreaterThanOrEqual(20);
  });
});
