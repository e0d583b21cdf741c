/**
 * The search page's use of the tier's vocabulary (#model/search-vocabulary.ts): load it beside Pagefind's bundle,
 * and when a query of several words finds (almost) nothing with all of them, the pages that have some of them.
 */
import { VOCABULARY_PATH, Vocabulary, type VocabularyFile } from '#model/search-vocabulary.ts';
import type { FilterSelection, PagefindApi, PagefindSearch } from './pagefind-api.ts';

/** The vocabulary, or undefined when it cannot be loaded: then Pagefind alone answers, as before. */
export async function loadVocabulary(): Promise<Vocabulary | undefined> {
  try {
    const response = await fetch(VOCABULARY_PATH, { credentials: 'same-origin' });
    if (!response.ok || !response.body) return undefined;
    const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
    const file = JSON.parse(text) as VocabularyFile;
    return file.version === 1 && Array.isArray(file.words) ? new Vocabulary(file) : undefined;
  } catch {
    return undefined;
  }
}

type Result = PagefindSearch['results'][number];

/**
 * Pages that contain some of the words: one Pagefind search per word, and each page scores the weights of the
 * words it contains (a rare word weighs more than a frequent one: `weight`), plus up to half a word's weight for
 * how well it matched (its score divided by that word's best). Filter counts are each value's highest count among
 * the words' searches.
 */
export async function searchAnyTerm(
  api: PagefindApi,
  words: readonly string[],
  filters: FilterSelection,
  weight: (word: string) => number,
): Promise<PagefindSearch | null> {
  const searches = await Promise.all(words.map((word) => api.search(word, { filters })));
  // Each page keeps the result object of its rarest word, so its excerpt shows that word.
  const ranked = new Map<string, { result: Result; score: number; weight: number }>();
  const counts: Record<string, Record<string, number>> = {};
  let unfiltered = 0;
  searches.forEach((search, i) => {
    if (!search) return;
    const w = weight(words[i] as string);
    unfiltered = Math.max(unfiltered, search.unfilteredResultCount);
    const best = Math.max(...search.results.map((r) => r.score ?? 0), Number.EPSILON);
    for (const result of search.results) {
      const entry = ranked.get(result.id) ?? { result, score: 0, weight: w };
      entry.score += w * (0.5 + (0.5 * (result.score ?? 0)) / best);
      if (w > entry.weight) Object.assign(entry, { result, weight: w });
      ranked.set(result.id, entry);
    }
    for (const [key, values] of Object.entries(search.filters)) {
      const into = counts[key] ?? {};
      for (const [value, n] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, n);
      counts[key] = into;
    }
  });
  const results = [...ranked.values()].sort((a, b) => b.score - a.score).map((entry) => entry.result);
  return { results, filters: counts, unfilteredResultCount: unfiltered };
}

/** A query of several words with fewer results than this is followed by the pages that have some of the words. */
const SOME_WORDS_BELOW = 3;
/** A query of this many words (after dropping the common ones) is ranked as a question, by the words found. */
const QUESTION_WORDS = 3;
const EMPTY: PagefindSearch = { results: [], filters: {}, unfilteredResultCount: 0 };

export interface Found {
  search: PagefindSearch;
  /** The query searched instead of one with a word the index does not have ("Mente du …?"). */
  corrected?: string;
  /**
   * How results of several words were found: 'some-words' when no page has all of them (pages with the most
   * first), a number when that many pages have all of them and pages with some follow.
   */
  note?: 'some-words' | number;
  /** Words of the query that no page has, left out of the search. */
  skipped?: string[];
}

/**
 * The pages for a query, as the search page lists them. Without a vocabulary, Pagefind alone. With it: the words
 * the index has (a common one only when nothing else is left); a compound it lacks as its parts; for a word it
 * lacks, the nearest one it has; a word with nothing near finds nothing, not a fragment of it. A compound is also
 * looked for as its parts, after the pages that have it whole; a question of three words or more is ranked by the
 * words found; two words that find (almost) nothing together are followed by the pages that have one of them.
 * Returns undefined when `stale()` says a newer search has started meanwhile.
 */
export async function findPages(
  api: PagefindApi,
  vocabulary: Vocabulary | undefined,
  q: string,
  filters: FilterSelection,
  stale: () => boolean,
): Promise<Found | undefined> {
  const analysis = q && vocabulary ? vocabulary.analyse(q) : undefined;
  let query = q;
  let corrected: string | undefined;
  if (analysis?.search) query = analysis.search;
  else if (analysis?.corrected && vocabulary) {
    corrected = analysis.corrected;
    query = vocabulary.analyse(corrected).search || corrected;
  } else if (analysis) query = '';
  let search = q && !query ? EMPTY : await api.search(query || null, { filters });
  if (!search || stale()) return undefined;
  const skippedWords = query
    ? (analysis?.terms ?? []).flatMap((t) => (t.kind === 'unknown' && !t.suggestion ? [t.term] : []))
    : [];
  const extra = {
    ...(corrected ? { corrected } : {}),
    ...(skippedWords.length > 0 ? { skipped: skippedWords } : {}),
  };
  const weight = (w: string) => vocabulary?.weight(w) ?? 1;
  // "leverandørtilsyn" also finds "tilsyn med leverandører".
  if (analysis?.parts && query === analysis.search) {
    const split = await api.search(analysis.parts, { filters });
    if (stale()) return undefined;
    const first = new Set(search.results.map((r) => r.id));
    const more = split?.results.filter((r) => !first.has(r.id)) ?? [];
    if (more.length > 0) search = { ...search, results: [...search.results, ...more] };
  }
  const words = query.split(' ').filter((w) => w !== '');
  const all = search.results.length;
  if (words.length >= QUESTION_WORDS) {
    const some = await searchAnyTerm(api, words, filters, weight);
    if (stale()) return undefined;
    if (some && some.results.length > 0) search = some;
    return { search, ...extra };
  }
  if (words.length > 1 && all < SOME_WORDS_BELOW) {
    const some = await searchAnyTerm(api, words, filters, weight);
    if (stale()) return undefined;
    if (some && some.results.length > all) {
      const first = new Set(search.results.map((r) => r.id));
      const results = [...search.results, ...some.results.filter((r) => !first.has(r.id))];
      return {
        search: { ...some, results, filters: all > 0 ? search.filters : some.filters },
        ...extra,
        note: all === 0 ? 'some-words' : all,
      };
    }
  }
  return { search, ...extra };
}
