import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../site/src/lib/env.ts';
import { type BuildSiteResult, buildSite } from './build-site.ts';
import { readableParts } from './leak-scan.ts';
import { listFiles } from './manifest.ts';

const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;
let out: string;
let result: BuildSiteResult;
const progress: string[] = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-site-'));
  result = await buildSite({
    contentDir: join(REPO_ROOT, 'site/fixtures/library'),
    registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
    outDir: out,
    today: '2026-11-28',
    repoUrl: 'https://example.test/edit/main/',
    publicUrl: 'https://sikkerhedsnet.example.test',
    renderDocx,
    onProgress: (line) => progress.push(line),
  });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const read = (tier: string, path: string) => readFile(join(out, tier, path), 'utf8');

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
  it('builds both tiers without problems and reports each step', () => {
    expect(result.problems).toEqual([]);
    expect(result.tiers.map((t) => t.tier)).toEqual(['kerne', 'bred']);
    expect(progress.some((l) => l.includes('Astro: kerne bygget'))).toBe(true);
    expect(progress.some((l) => l.includes('Pagefind: bred indekseret'))).toBe(true);
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
      expect(manifest.files).toContain('pagefind/pagefind.js');
      expect(manifest.files).toContain('skabeloner/informationssikkerhedspolitik/informationssikkerhedspolitik.docx');
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
      'https://sikkerhedsnet.example.test/nyheder/kerne-trusselsvurdering/',
      'https://sikkerhedsnet.example.test/nyheder/nyhedsbrev-november-2026/',
    ]);
    expect(ids(bred)).toEqual(['https://sikkerhedsnet.example.test/nyheder/nyhedsbrev-november-2026/']);
    expect(kerne).toContain('<updated>2026-11-25T12:00:00Z</updated>');
    expect(bred).toContain('<updated>2026-11-20T12:00:00Z</updated>');
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
    for (const tier of ['kerne', 'bred']) {
      for (const file of (await listFiles(join(out, tier))).filter((f) => f.endsWith('.html'))) {
        const html = await read(tier, file);
        expect(html, file).toMatch(/^<!DOCTYPE html><html lang="da">/i);
        expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), file).toBeNull();
        expect(html, file).not.toMatch(/<style|\sstyle=/);
        expect(html, file).not.toMatch(/(src|href)="(https?:)?\/\/(?!sikkerhedsnet\.example\.test|example\.test)/);
      }
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

  it('computes counts, lists and related links from the tier’s own entries', async () => {
    const frontK = await read('kerne', 'index.html');
    const frontB = await read('bred', 'index.html');
    expect(frontK).toContain('Risikostyring <span class="count">(2 skabeloner)</span>');
    expect(frontB).toContain('Risikostyring <span class="count">(1 skabelon)</span>');
    expect(frontB).toContain('Beredskab <span class="count">(0 skabeloner)</span>');
    expect(await read('bred', 'skabeloner/index.html')).toContain('<p>3 skabeloner i 3 kategorier.</p>');
    expect(await read('kerne', 'skabeloner/index.html')).toContain('<p>5 skabeloner i 4 kategorier.</p>');
    const sitemapB = await read('bred', 'sitemap.xml');
    assertWellFormedXml(sitemapB);
    expect(sitemapB).toContain('<loc>https://sikkerhedsnet.example.test/skabeloner/risikovurdering/</loc>');
    expect(sitemapB).not.toContain('sikkerhedspolitik-gammel');
  });

  it('indexes content pages with Danish search filters for type, category, tag and owner', async () => {
    const entry = JSON.parse(await read('bred', 'pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['da']);
    expect(entry.languages.da.page_count).toBe(5);
    const filters = (await listFiles(join(out, 'bred/pagefind/filter'))).map(
      async (f) => readableParts(f, await readFile(join(out, 'bred/pagefind/filter', f)))[0]?.text ?? '',
    );
    const text = (await Promise.all(filters)).join('\n');
    for (const value of ['skabelon', 'nyhed', 'møde', 'Risikostyring', 'Københavns Kommune', 'iso27001']) {
      expect(text).toContain(value);
    }
    expect(await read('bred', 'soeg/index.html')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});
