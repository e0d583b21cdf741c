import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { EXTRA_MARK, VOCABULARY_PATH } from '#model/search-vocabulary.ts';
import { type EnrichOptions, enrichPages, type IndexedPage } from './search/enrich.ts';
import { readFragments } from './search/fragments.ts';

/** What the index adds to the pages' own words; without it, Pagefind indexes the pages as they are. */
export type SearchTerms = EnrichOptions;

export interface TierIndex {
  /** Indexed pages. */
  pages: number;
  /** Words in the tier's vocabulary file. */
  words: number;
}

/**
 * The added terms go at the end of the page's indexed text, after EXTRA_MARK, in blocks weighted against the
 * page's own words: compound parts count a quarter of a word (Pagefind's weights are quadratic), glossary terms
 * as much as the page's own words. The search page shows the page's summary instead of an excerpt that would
 * fall in these blocks (site/src/scripts/search-results.ts).
 */ const PARTS_WEIGHT = 0.5;
/** The metadata field of what the title says in other words (weighted in site/src/scripts/pagefind-api.ts). */
export const TITLE_FIELD = 'titelord';
const SYNONYMS_WEIGHT = 1;

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  return index;
}

async function write(index: pagefind.PagefindIndex, dir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive indekset: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The built file behind an indexed URL ("/skabeloner/x/" → skabeloner/x/index.html). */
function fileOf(dir: string, url: string): string {
  const path = decodeURIComponent(url).replace(/^\//, '');
  return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Index one tier's built site into `<dir>/pagefind/` with Pagefind's Node API: its own bundle, built only from
 * that tier's HTML, Danish stemming forced. Pages opt in with data-pagefind-body (content pages only).
 *
 * With `terms`, in two passes: the first reads what Pagefind extracts from each page (its fragments: body text and
 * metadata); from that alone the compound parts and glossary terms of each page are computed (search/enrich.ts)
 * and the pages are indexed again with them as extra text of lower weight (EXTRA_MARK). The tier's vocabulary goes beside the
 * bundle (VOCABULARY_PATH). The built HTML files are not changed. Throws on Pagefind errors.
 */
export async function indexTier(dir: string, terms?: SearchTerms): Promise<TierIndex> {
  const first = await newIndex();
  const added = await first.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere ${dir}: ${added.errors.join('; ')}`);
  const files = await first.getFiles();
  if (files.errors.length > 0) throw new Error(`Pagefind kunne ikke læse indekset: ${files.errors.join('; ')}`);
  const pages: IndexedPage[] = readFragments(files.files);
  const enriched = enrichPages(pages, terms);
  let index = first;
  if (terms) {
    await first.deleteIndex();
    index = await newIndex();
    for (const page of pages) {
      const extra = enriched.pages.get(page.url);
      const html = await readFile(fileOf(dir, page.url), 'utf8');
      const blocks = [
        [PARTS_WEIGHT, extra?.parts ?? []],
        [SYNONYMS_WEIGHT, extra?.synonyms ?? []],
      ] as const;
      const text = blocks
        .filter(([, terms]) => terms.length > 0)
        .map(([weight, terms]) => {
          const words = terms.flatMap(({ term, count }) => Array.from({ length: count }, () => term));
          return `<div data-pagefind-weight="${weight}">${EXTRA_MARK} ${escapeText(words.join(' '))}</div>`;
        })
        .join('');
      const end = html.lastIndexOf('</main>');
      if (end < 0) throw new Error(`${page.url} har intet </main>, som søgeindekset kan tilføje ord i`);
      const withText = text === '' ? html : `${html.slice(0, end)}${text}${html.slice(end)}`;
      const titleWords = extra?.title ?? [];
      const content =
        titleWords.length === 0
          ? withText
          : withText.replace(
              '</head>',
              `<meta data-pagefind-meta="${TITLE_FIELD}[content]" content="${escapeText(titleWords.join(' ')).replace(/"/g, '&quot;')}"></head>`,
            );
      const { errors } = await index.addHTMLFile({ url: page.url, content });
      if (errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere ${page.url}: ${errors.join('; ')}`);
    }
  }
  await write(index, dir);
  await writeFile(join(dir, VOCABULARY_PATH), gzipSync(JSON.stringify(enriched.vocabulary)));
  return { pages: pages.length, words: enriched.vocabulary.words.length };
}

/** Stop Pagefind's backend process (call once, after the last index). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
