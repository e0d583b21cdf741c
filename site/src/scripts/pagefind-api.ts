/** The part of Pagefind's browser JS API (/pagefind/pagefind.js) that the search page uses. */
export interface PagefindResultData {
  url: string;
  /** HTML with matched words in <mark>; Pagefind escapes the page text. */
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Counts per filter value for the current query. */
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (
    term: string | null,
    options?: { filters?: Record<string, string[]> },
    ms?: number,
  ) => Promise<PagefindSearch | null>;
}

/** Load this tier's own bundle. The path is built at run time so the bundler leaves it alone. */
export async function loadPagefind(): Promise<PagefindApi> {
  const url = `${window.location.origin}/pagefind/pagefind.js`;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ excerptLength: 24 });
  await api.init();
  return api;
}

/** Danish labels for the filter keys set with data-pagefind-filter in the pages. */
export const FILTER_LABELS: Record<string, string> = {
  type: 'Type',
  kategori: 'Kategori',
  emne: 'Emne',
  ejer: 'Ejer',
};
