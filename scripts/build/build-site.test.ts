import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '#model/dates.ts';
import { visibleInTier } from '#model/tiers.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { type BuildSiteResult, buildSite } from './build-site.ts';
import { coreProperties, paragraphs, readDocx, tables } from './docx/read-docx.ts';
import { readableParts } from './leak-scan.ts';
import { listFiles } from './manifest.ts';
import { REPO_ROOT } from './repo-root.ts';

let out: string;
let wordCache: string;
let result: BuildSiteResult;
const progress: string[] = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-site-'));
  wordCache = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-word-cache-'));
  result = await buildSite({
    contentDir: join(REPO_ROOT, 'site/fixtures/library'),
    registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
    discussionsDir: join(REPO_ROOT, 'site/fixtures/discussions'),
    outDir: out,
    today: '2026-11-28',
    repoUrl: 'https://example.test/edit/main/',
    publicUrl: 'https://sikkerhedsnet.example.test',
    // No renderDocx: the default worker-thread pool renders the Word files, as in `npm run build`.
    wordCacheDir: wordCache,
    onProgress: (line) => progress.push(line),
  });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await rm(wordCache, { recursive: true, force: true });
});

const read = (tier: string, path: string) => readFile(join(out, tier, path), 'utf8');

/** The fixture library's templates, as the build validates them. */
async function fixtureTemplates() {
  const content = join(REPO_ROOT, 'site/fixtures/library');
  return parseLibrary(await readLibraryFiles(content), { ownerCodes: new Set(['101', '147', '316']) }).templates;
}

/** First and last commit date of a file, asked of git directly (the site has its own one-pass reader). */
function gitDates(file: string): { created: string; updated: string } | undefined {
  const dates = execFileSync('git', ['log', '--format=%cI', '--', file], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return dates.length ? { created: dates.at(-1) ?? '', updated: dates[0] ?? '' } : undefined;
}

/** Tiny well-formedness check: every start tag closed in order, one root element. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name as string);
    } else if (stack.length === 0) roots++;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  expect(body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
}

describe('buildSite on the fixture library', () => {
  it('builds both tiers without problems and reports each step', async () => {
    expect(result.problems).toEqual([]);
    expect(result.tiers.map((t) => t.tier)).toEqual(['kerne', 'bred']);
    expect(progress.some((l) => l.includes('Astro: kerne og bred bygget'))).toBe(true);
    expect(progress.some((l) => l.includes('Pagefind: bred indekseret'))).toBe(true);
    const word = `] ${2 * (await fixtureTemplates()).length} Word-filer lavet (med og uden vejledning, 0 af dem fra cachen)`;
    expect(progress.filter((l) => l.endsWith(word))).toHaveLength(1);
  });

  it('takes every Word file of an unchanged library from the cache in the next build', async () => {
    const again = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-site-again-'));
    const lines: string[] = [];
    const rendered: string[] = [];
    try {
      const second = await buildSite({
        contentDir: join(REPO_ROOT, 'site/fixtures/library'),
        registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
        discussionsDir: join(REPO_ROOT, 'site/fixtures/discussions'),
        outDir: again,
        tiers: ['bred'],
        today: '2026-11-28',
        repoUrl: 'https://example.test/edit/main/',
        publicUrl: 'https://sikkerhedsnet.example.test',
        wordCacheDir: wordCache,
        renderDocx: async (input) => {
          rendered.push(input.sourceFile);
          throw new Error('the cache should have had it');
        },
        onProgress: (line) => lines.push(line),
      });
      expect(second.problems).toEqual([]);
      expect(rendered).toEqual([]);
      const n = 2 * (await fixtureTemplates()).length;
      expect(
        lines.filter((l) => l.endsWith(`] ${n} Word-filer lavet (med og uden vejledning, ${n} af dem fra cachen)`)),
      ).toHaveLength(1);
      const file = 'skabeloner/risikovurdering/risikovurdering.docx';
      expect((await readFile(join(again, 'bred', file))).equals(await readFile(join(out, 'bred', file)))).toBe(true);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('writes a sorted manifest per tier listing exactly the files on disk', async () => {
    for (const tier of ['kerne', 'bred']) {
      const manifest = JSON.parse(await readFile(join(out, `${tier}.manifest.json`), 'utf8'));
      expect(Object.keys(manifest)).toEqual(['tier', 'generated', 'files']);
      expect(manifest.tier).toBe(tier);
      expect(manifest.generated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(manifest.files).toEqual(await listFiles(join(out, tier)));
      expect(manifest.files).toEqual([...manifest.files].sort());
      expect(manifest.files).toContain('index.html');
      expect(manifest.files).toContain('404.html');
      expect(manifest.files).toContain('sitemap.xml');
      expect(manifest.files).toContain('favicon.svg');
      expect(manifest.files).toContain('pagefind/pagefind.js');
      expect(manifest.files).toContain('skabeloner/informationssikkerhedspolitik/informationssikkerhedspolitik.docx');
      // Every template of the tier has both Word files beside its page, with guidance and without it.
      const slugs = (await fixtureTemplates())
        .filter((t) => visibleInTier(t.data.audience, tier as 'kerne' | 'bred'))
        .map((t) => t.slug)
        .sort();
      expect((manifest.files as string[]).filter((f) => f.endsWith('.docx'))).toEqual(
        slugs.flatMap((slug) => [`skabeloner/${slug}/${slug}-uden-vejledning.docx`, `skabeloner/${slug}/${slug}.docx`]),
      );
      expect(slugs.length).toBeGreaterThanOrEqual(tier === 'kerne' ? 5 : 3);
    }
    const kerne = JSON.parse(await readFile(join(out, 'kerne.manifest.json'), 'utf8')).files as string[];
    const bred = JSON.parse(await readFile(join(out, 'bred.manifest.json'), 'utf8')).files as string[];
    expect(kerne).toContain('skabeloner/risikoregister-kerne/risikoregister.csv');
    expect(bred.some((f) => f.includes('risikoregister-kerne'))).toBe(false);
  });

  it('writes a valid Atom feed per tier with that tier’s news only', async () => {
    const kerne = await read('kerne', 'nyheder/feed.xml');
    const bred = await read('bred', 'nyheder/feed.xml');
    for (const xml of [kerne, bred]) {
      assertWellFormedXml(xml);
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
      expect(xml).toContain('<id>https://sikkerhedsnet.example.test/nyheder/feed.xml</id>');
    }
    const ids = (xml: string) =>
      [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link[^>]*\/>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(kerne)).toEqual([
      'https://sikkerhedsnet.example.test/nyheder/varsel-falsk-opkald/',
      'https://sikkerhedsnet.example.test/nyheder/kerne-varsel-pumpestation/',
      'https://sikkerhedsnet.example.test/nyheder/kerne-trusselsvurdering/',
      'https://sikkerhedsnet.example.test/nyheder/nyhedsbrev-november-2026/',
    ]);
    expect(ids(bred)).toEqual([
      'https://sikkerhedsnet.example.test/nyheder/varsel-falsk-opkald/',
      'https://sikkerhedsnet.example.test/nyheder/nyhedsbrev-november-2026/',
    ]);
    expect(kerne).toContain('<updated>2026-11-27T12:00:00Z</updated>');
    expect(bred).toContain('<updated>2026-11-27T12:00:00Z</updated>');
  });

  it('writes redirect pages for supersedes slugs, only in tiers that have the template', async () => {
    for (const tier of ['kerne', 'bred']) {
      const html = await read(tier, 'skabeloner/sikkerhedspolitik-gammel/index.html');
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/skabeloner/informationssikkerhedspolitik/">');
      expect(html).toContain('<a href="/skabeloner/informationssikkerhedspolitik/">Informationssikkerhedspolitik</a>');
      expect(html).not.toMatch(/<script/);
    }
    expect(existsSync(join(out, 'kerne/skabeloner/gammel-beredskabsplan/index.html'))).toBe(true);
    expect(existsSync(join(out, 'bred/skabeloner/gammel-beredskabsplan/index.html'))).toBe(false);
  });

  it('has no inline scripts or styles and declares Danish on every HTML page', async () => {
    let pages = 0;
    for (const tier of ['kerne', 'bred']) {
      for (const file of (await listFiles(join(out, tier))).filter((f) => f.endsWith('.html'))) {
        const html = await read(tier, file);
        pages++;
        expect(html, file).toMatch(/^<!DOCTYPE html><html lang="da">/i);
        expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), file).toBeNull();
        // A style element, or a style attribute on any tag in any spelling (the CSP has style-src 'self').
        expect(html.match(/<style[\s>]|<[a-z][^>]*[\s"']style\s*=/gi), file).toBeNull();
        // Nothing is loaded from another site; links (<a>) may lead there (a question's thread on GitHub).
        expect(html, file).not.toMatch(
          /<(?!a\s)[a-z]+\s[^>]*(src|href)="(https?:)?\/\/(?!sikkerhedsnet\.example\.test|example\.test)/,
        );
        // Every page names the icon, so no browser falls back to asking for /favicon.ico.
        expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
        expect(html, file).not.toContain('favicon.ico');
      }
    }
    expect(pages).toBeGreaterThan(40);
    // The fixture news has a fenced code block: it must come out as plain, class-only markup.
    const news = await read('bred', 'nyheder/nyhedsbrev-november-2026/index.html');
    expect(news).toContain('<pre><code class="language-json">{ &quot;haendelse&quot;: &quot;login-fejlet&quot;');
    const icon = await read('bred', 'favicon.svg');
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(icon).toContain('fill="#0b3d6b"');
    expect(icon).not.toMatch(/style|<script/i);
  });

  it('has a logout button (POST /logout) in the header of every page with a header', async () => {
    const form =
      '<form class="logout-form" method="post" action="/logout"> <button type="submit">Log ud</button> </form>';
    for (const tier of ['kerne', 'bred']) {
      for (const file of (await listFiles(join(out, tier))).filter((f) => f.endsWith('.html'))) {
        const html = await read(tier, file);
        // Redirect pages for old slugs are bare meta-refresh pages without the site chrome.
        if (html.includes('http-equiv="refresh"')) continue;
        expect(html, file).toContain(form);
        expect(html.indexOf(form), file).toBeLessThan(html.indexOf('</header>'));
      }
    }
    const css = (await listFiles(join(out, 'bred', '_astro'))).filter((f) => f.endsWith('.css'));
    const styles = (await Promise.all(css.map((f) => read('bred', `_astro/${f}`)))).join('\n');
    expect(styles).toMatch(/\.logout-form button\{[^}]*color:#fff/);
    expect(styles).toMatch(/@media print\{[^@]*\.logout-form[,{]/);
  });

  it('orders "Nyeste" by first commit and lists in "Senest opdateret" only templates edited since', async () => {
    const content = join(REPO_ROOT, 'site/fixtures/library');
    const library = parseLibrary(await readLibraryFiles(content), { ownerCodes: new Set(['101', '147', '316']) });
    const dates = new Map(
      library.templates.map((e) => {
        const git = gitDates(join(content, e.path));
        const created = git ? isoDay(git.created) : e.data.reviewed;
        const updated = git ? isoDay(git.updated) : e.data.reviewed;
        return [e.slug, { created, updated, reviewed: e.data.reviewed, audience: e.data.audience }];
      }),
    );
    const cards = (html: string, heading: string) => {
      const section = html.split(`<section aria-labelledby="${heading}">`)[1]?.split('</section>')[0] ?? '';
      return [...section.matchAll(/<a href="\/skabeloner\/([^/]+)\/">.*?· (\S+) <time datetime="([^"]+)">/gs)].map(
        (m) => ({ slug: m[1] ?? '', label: m[2], date: m[3] ?? '' }),
      );
    };
    for (const tier of ['kerne', 'bred'] as const) {
      const front = await read(tier, 'index.html');
      const inTier = [...dates].filter(([, d]) => visibleInTier(d.audience, tier));
      const newest = cards(front, 'new-heading');
      expect(newest.length, tier).toBe(Math.min(5, inTier.length));
      for (const c of newest) expect([c.label, c.date], c.slug).toEqual(['tilføjet', dates.get(c.slug)?.created]);
      const keys = newest.map((c) => `${c.date} ${dates.get(c.slug)?.reviewed}`);
      expect(keys).toEqual([...keys].sort().reverse());
      // "Senest opdateret": exactly the templates whose last commit is later than their first, latest first.
      const edited = inTier.filter(([, d]) => d.updated > d.created).map(([slug]) => slug);
      const updated = cards(front, 'upd-heading');
      expect(updated.map((c) => c.slug).sort(), tier).toEqual(edited.slice(0, 5).sort());
      for (const c of updated) expect([c.label, c.date], c.slug).toEqual(['opdateret', dates.get(c.slug)?.updated]);
      expect(front.includes('id="upd-heading"')).toBe(updated.length > 0);
    }
  });

  it('renders the template page: metadata, owner name, overdue badge, downloads, edit link', async () => {
    const page = await read('kerne', 'skabeloner/beredskabsplan-kerne/index.html');
    expect(page).toContain('<p class="badge badge-warn" role="status">Skal gennemgås</p>');
    expect(page).toContain(
      'href="https://example.test/edit/main/templates-library/beredskab/beredskabsplan-kerne.mdx"',
    );
    expect(page).toContain('<aside class="vejledning" aria-label="Vejledning">');
    const register = await read('kerne', 'skabeloner/risikoregister-kerne/index.html');
    expect(register).toContain('<dd data-pagefind-filter="ejer">Holbæk Kommune</dd>');
    expect(register).toContain('href="/skabeloner/risikoregister-kerne/risikoregister.csv" download');
    expect(register).toContain('href="/skabeloner/risikoregister-kerne/risikoregister-kerne.docx" download');
    const politik = await read('bred', 'skabeloner/informationssikkerhedspolitik/index.html');
    expect(politik).not.toContain('Skal gennemgås');
    expect(politik).toContain('<dd><time datetime="2026-10-01">1. oktober 2026</time> (hver 12. måned)</dd>');
    const matrix = await read('bred', 'skabeloner/risikovurdering/index.html');
    expect(matrix).toContain('<caption>Risikomatrix: sandsynlighed × konsekvens</caption>');
    expect(matrix).toContain('<td class="risk risk-kritisk"> 25 <span class="risk-label">kritisk</span> </td>');
    expect(matrix).toContain('<td class="risk risk-lav"> 1 <span class="risk-label">lav</span> </td>');
    expect(await readFile(join(out, 'kerne/skabeloner/risikoregister-kerne/risikoregister.csv'), 'utf8')).toContain(
      'Udfald af pumpestation',
    );
    const docx = await readFile(
      join(out, 'bred/skabeloner/informationssikkerhedspolitik/informationssikkerhedspolitik.docx'),
    );
    const doc = readableParts('x.docx', docx).find((p) => p.part === 'x.docx!word/document.xml');
    expect(doc?.text).toContain('Kommunaldirektøren');
  });

  it('writes both Word files per template, each with the municipality’s document control and the source note', async () => {
    const dir = join(out, 'bred/skabeloner/informationssikkerhedspolitik');
    const full = readDocx(await readFile(join(dir, 'informationssikkerhedspolitik.docx')));
    const bare = readDocx(await readFile(join(dir, 'informationssikkerhedspolitik-uden-vejledning.docx')));
    const guidance = 'Tilpas formålet til jeres kommune, og nævn hvem der har vedtaget politikken.';
    const note =
      'Skabelon fra Sikkerhedsnet: Informationssikkerhedspolitik, version 2.1 fra KL – Kommunernes Landsforening, ' +
      'gennemgået 1. oktober 2026.';
    const texts = (parts: typeof full) => paragraphs(parts.document).map((p) => p.text);
    expect(texts(full)).toContain(guidance);
    expect(texts(bare)).not.toContain(guidance);
    expect(texts(bare)).toEqual(
      texts(full).filter((t) => t !== guidance && !t.startsWith('En overordnet politik, som kommunalbestyrelsen')),
    );
    for (const parts of [full, bare]) {
      expect(tables(parts.document)[0]?.map((row) => row.map((cell) => cell.text))).toEqual([
        ['Ejer', '[Ejer]'],
        ['Version', '[Version]'],
        ['Godkendt af', '[Godkendt af]'],
        ['Dato for godkendelse', '[Dato]'],
        ['Næste revision', '[Dato for næste revision]'],
      ]);
      expect(paragraphs(parts.document).find((p) => p.style === 'Kilde')?.text).toBe(note);
      expect(coreProperties(parts.core)).toMatchObject({
        title: 'Informationssikkerhedspolitik',
        subject: 'Politikker',
        creator: 'KL – Sikkerhedsnet',
        keywords: 'iso27001, politik',
      });
    }
  });

  it('computes counts, lists and related links from the tier’s own entries', async () => {
    const frontK = await read('kerne', 'index.html');
    const frontB = await read('bred', 'index.html');
    expect(frontK).toContain('Risikostyring <span class="count">(2 skabeloner)</span>');
    expect(frontB).toContain('Risikostyring <span class="count">(1 skabelon)</span>');
    // The broad tier lists no empty category (the core network has Beredskab templates it cannot see).
    expect(frontB).not.toContain('Beredskab <span class="count">');
    expect(frontB).toContain('<h2 id="core-more-heading">Kernenetværket har mere materiale</h2>');
    expect(frontK).not.toContain('core-more-heading');
    expect(await read('bred', 'skabeloner/index.html')).toContain('<p>4 skabeloner i 3 kategorier.</p>');
    expect(await read('kerne', 'skabeloner/index.html')).toContain('<p>6 skabeloner i 4 kategorier.</p>');
    // Related: a shared tag weighs 2, the same category 1; best first, each tier from its own entries.
    const related = async (tier: string) =>
      [
        ...((await read(tier, 'skabeloner/risikovurdering/index.html'))
          .split('<section class="related"')[1]
          ?.matchAll(/<h3 class="card-title"><a href="\/skabeloner\/([^/]+)\/">/g) ?? []),
      ].map((m) => m[1]);
    expect(await related('kerne')).toEqual(['risikoregister-kerne', 'informationssikkerhedspolitik']);
    expect(await related('bred')).toEqual(['informationssikkerhedspolitik']);
    const sitemapB = await read('bred', 'sitemap.xml');
    assertWellFormedXml(sitemapB);
    expect(sitemapB).toContain('<loc>https://sikkerhedsnet.example.test/skabeloner/risikovurdering/</loc>');
    expect(sitemapB).not.toContain('sikkerhedspolitik-gammel');
    expect(sitemapB).toContain(
      '<url><loc>https://sikkerhedsnet.example.test/spoergsmaal/3/</loc><lastmod>2026-11-04</lastmod></url>',
    );
    expect(sitemapB).not.toContain('/spoergsmaal/kerne-');
    expect(await read('kerne', 'sitemap.xml')).toContain(
      '<loc>https://sikkerhedsnet.example.test/spoergsmaal/kerne-7/</loc>',
    );
  });

  it('indexes content pages with Danish search filters for type, category, tag and owner', async () => {
    const entry = JSON.parse(await read('bred', 'pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['da']);
    // 6 templates, news (2) and meetings, 3 experiences, the pages of the 3 municipalities and KL (type kommune),
    // and the 2 answered questions of the broad repository (type spørgsmål).
    expect(entry.languages.da.page_count).toBe(16);
    const filters = (await listFiles(join(out, 'bred/pagefind/filter'))).map(
      async (f) => readableParts(f, await readFile(join(out, 'bred/pagefind/filter', f)))[0]?.text ?? '',
    );
    const text = (await Promise.all(filters)).join('\n');
    for (const value of [
      'skabelon',
      'nyhed',
      'møde',
      'kommune',
      'spørgsmål',
      'Risikostyring',
      'Københavns Kommune',
      'ISO 27001',
    ]) {
      expect(text).toContain(value);
    }
    expect(await read('bred', 'soeg/index.html')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });

  it('builds experience and vendor pages, the vendors’ CSV and their sitemap entries from each tier’s own experiences', async () => {
    const pages = async (tier: string) =>
      (await listFiles(join(out, tier))).filter((f) => /^(erfaringer|leverandoerer)\//.test(f));
    expect(await pages('bred')).toEqual([
      'erfaringer/holbaek-kopimaskinen/index.html',
      'erfaringer/holbaek-logvogter/index.html',
      'erfaringer/index.html',
      'erfaringer/koebenhavn-kopimaskinen/index.html',
      'leverandoerer/backupfabrikken/erfaringer.csv',
      'leverandoerer/backupfabrikken/index.html',
      'leverandoerer/index.html',
      'leverandoerer/logvogter/erfaringer.csv',
      'leverandoerer/logvogter/index.html',
    ]);
    expect(await pages('kerne')).toEqual([
      'erfaringer/holbaek-kopimaskinen/index.html',
      'erfaringer/holbaek-logvogter/index.html',
      'erfaringer/holbaek-skyggeloggen/index.html',
      'erfaringer/index.html',
      'erfaringer/koebenhavn-arkivboksen/index.html',
      'erfaringer/koebenhavn-kopimaskinen/index.html',
      'leverandoerer/backupfabrikken/erfaringer.csv',
      'leverandoerer/backupfabrikken/index.html',
      'leverandoerer/hemmelighedsleverandoeren/erfaringer.csv',
      'leverandoerer/hemmelighedsleverandoeren/index.html',
      'leverandoerer/index.html',
      'leverandoerer/logvogter/erfaringer.csv',
      'leverandoerer/logvogter/index.html',
    ]);
    // No Word file for an experience: it is an account to read, not a template to adapt.
    expect(
      (await listFiles(join(out, 'kerne'))).filter((f) => f.startsWith('erfaringer/') && f.endsWith('.docx')),
    ).toEqual([]);
    const sitemap = await read('bred', 'sitemap.xml');
    expect(sitemap).toContain(
      '<loc>https://sikkerhedsnet.example.test/erfaringer/holbaek-kopimaskinen/</loc><lastmod>2024-06-01</lastmod>',
    );
    expect(sitemap).toContain('<loc>https://sikkerhedsnet.example.test/leverandoerer/backupfabrikken/</loc>');
    const csv = await read('bred', 'leverandoerer/backupfabrikken/erfaringer.csv');
    expect(csv).toContain(';https://sikkerhedsnet.example.test/erfaringer/koebenhavn-kopimaskinen/\n');
    const filters = (await listFiles(join(out, 'bred/pagefind/filter'))).map(
      async (f) => readableParts(f, await readFile(join(out, 'bred/pagefind/filter', f)))[0]?.text ?? '',
    );
    const text = (await Promise.all(filters)).join('\n');
    for (const value of ['erfaring', 'Backup og gendannelse', 'Backupfabrikken A/S', 'Anbefales med forbehold']) {
      expect(text).toContain(value);
    }
  });
});
