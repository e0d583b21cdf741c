/** The part of Pagefind's browser JS API (/pagefind/pagefind.js) that the search page uses. */

/**
 * What a page hands its search result through data-pagefind-meta: the title (h1), and on template, news and
 * meeting pages its type, date (formatted, "1. oktober 2026"; a template's last update), and for templates the
 * category and status (site/src/components/MetaPanel.astro, the news and meeting pages).
 */
export interface ResultMeta {
  title?: string;
  type?: string;
  kategori?: string;
  date?: string;
  status?: string;
  /** Experiences (ExperienceMeta.astro): area, vendor and verdict, as shown on the page. */
  omraade?: string;
  leverandoer?: string;
  vurdering?: string;
  /** The page's summary (its description), shown when the excerpt would only show the words the index added. */
  resume?: string;
}

export interface PagefindResultData {
  url: string;
  /** HTML with matched words in <mark>; Pagefind escapes the page text. */
  excerpt: string;
  /** The page's indexed text, with the words the build added at its end (after EXTRA_MARK). */
  content?: string;
  meta: ResultMeta;
}

export type FilterSelection = Record<string, string[]>;

export interface PagefindSearch {
  results: { id: string; score?: number; data: () => Promise<PagefindResultData> }[];
  /** Counts per filter value for the current query. */
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Start loading the index chunks a search for `term` needs, so the search itself finds them loaded. */
  preload: (term: string, options?: { filters?: FilterSelection }) => Promise<void>;
  search: (term: string | null, options?: { filters?: FilterSelection }) => Promise<PagefindSearch | null>;
}

/**
 * Pagefind's ranking for this library (measured with `npm run bench:search`; README "Search"). Metadata is searched
 * too: a word in the title counts most, then what the title says in other words (`titelord`: its compounds' parts
 * and glossary synonyms, added by the build), then the summary (`resume`, the page's description); the date,
 * status and type fields only say what a result is and do not rank it. The compound parts and glossary terms the
 * build adds to a page are weighted where it indexes them (scripts/build/pagefind-index.ts).
 */
export const RANKING = {
  metaWeights: { title: 5, titelord: 3, resume: 2, date: 0, status: 0, type: 0 },
  // Long templates are what members look for; Pagefind's default (0.75) ranks short pages (a question, a news
  // item) above them for the same words. Measured: hit@5 0.86 at 0.3, 0.90 at 0.
  pageLength: 0,
};

/** Load this tier's own bundle. The path is built at run time so the bundler leaves it alone. */
export async function loadPagefind(): Promise<PagefindApi> {
  const url = `${window.location.origin}/pagefind/pagefind.js`;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ excerptLength: 24, ranking: RANKING });
  await api.init();
  return api;
}

/** Danish labels for the filter keys set with data-pagefind-filter in the pages, in display order. */
export const FILTER_LABELS: Record<string, string> = {
  type: 'Type',
  kategori: 'Kategori',
  emne: 'Emne',
  ejer: 'Ejer',
  område: 'Område',
  leverandør: 'Leverandør',
  vurdering: 'Vurdering',
};

/**
 * Display names of the `type` values (filter and result meta). The values stay as indexed, so shared URLs
 * (`?f=type:møde`) keep working; category, tag and owner values are indexed as display names already.
 */
export const TYPE_LABELS: Record<string, string> = {
  skabelon: 'Skabelon',
  nyhed: 'Nyhed',
  møde: 'Møde',
  erfaring: 'Erfaring',
  spørgsmål: 'Spørgsmål',
  kommune: 'Kommune',
};

/** A filter value as people read it: "Møde" for `type:møde`, anything else as it is. */
export function filterValueLabel(key: string, value: string): string {
  return (key === 'type' ? TYPE_LABELS[value] : undefined) ?? value;
}
