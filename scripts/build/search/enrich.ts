/**
 * What the search index adds to each page beyond its own words, computed from that page alone (so a tier's index
 * holds nothing of another tier's pages):
 * - parts: the parts of the page's compound words ("plan" for "beredskabsplan"), see ./decompound.ts;
 * - synonyms: the other terms of every glossary entry (templates-library/ordliste.yaml) the page mentions, so
 *   "DPIA" finds the page about "konsekvensanalyse" and "svindelmails" the one about phishing.
 * Each term counts as often as the page uses what it stands for (capped), so the page that is about a thing ranks
 * above the one that mentions it once. pagefind-index.ts indexes them as extra text of lower weight.
 * A term is left out when Pagefind would match it anyway: when it begins a word of the page (Pagefind matches
 * prefixes, so "beredskab" already finds "beredskabsplan").
 *
 * The tier's vocabulary (#model/search-vocabulary.ts) is made here too, from the same words.
 */
import {
  COMMON_SHARE,
  lowerBound,
  searchWords,
  type VocabularyFile,
  vocabularyFile,
} from '#model/search-vocabulary.ts';
import { createDecompounder } from './decompound.ts';
import type { Lexicon } from './hunspell.ts';

/** A page as Pagefind indexed it: its URL, the text of its body, and its metadata values. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Readonly<Record<string, string>>;
}

/** An added term and how often it counts on the page (capped at MAX_COUNT). */
export interface Counted {
  term: string;
  count: number;
}

export interface PageTerms {
  /** Compound parts, each as often as the page uses the words it is part of. */
  parts: Counted[];
  /**
   * The other terms of every glossary entry the page mentions, as often as it mentions the entry; an entry in the
   * title counts TITLE_COUNT more.
   */
  synonyms: Counted[];
  /**
   * What the title says in other words: its compounds' parts and the other terms of glossary entries in it
   * ("plan" and "BCP" for "It-beredskabsplan"), searched like the title but with less weight.
   */
  title: string[];
}

/** A glossary entry: its equivalent terms (name, synonyms, the slug's words), each a word or several. */
export type GlossaryEntry = readonly string[];

export interface EnrichOptions {
  lexicon: Lexicon;
  glossary: readonly GlossaryEntry[];
  /** Off: neither parts nor synonyms (the baseline of `npm run bench:search`); the vocabulary is still made. */
  decompound?: boolean;
  useGlossary?: boolean;
}

export interface Enriched {
  pages: Map<string, PageTerms>;
  vocabulary: VocabularyFile;
}

/**
 * Pages that get no added terms: a municipality's page lists its members' topics by name, and the synonyms of
 * twenty topics would rank it above the pages about them. It is still found by its own words.
 */
const UNENRICHED_TYPES = new Set(['kommune']);

/** An added term counts at most this often: enough to rank the page that uses a word most above the others. */
export const MAX_COUNT = 5;
/** A glossary entry in the page's title counts this much more than a mention in the text. */
const TITLE_COUNT = 3;

/** A term word matches a page word when equal, or for words of 4+ letters, as its start with ≤ 4 letters over. */
const INFLECTION = 4;

/** Whether some word of `sorted` starts with `term`. */
function begins(sorted: readonly string[], term: string): boolean {
  return sorted[lowerBound(sorted, term)]?.startsWith(term) ?? false;
}

/** Whether `sorted` holds `term` or an inflection of it (see INFLECTION). */
function holdsInflected(sorted: readonly string[], term: string): boolean {
  for (let i = lowerBound(sorted, term); i < sorted.length; i++) {
    const word = sorted[i] as string;
    if (!word.startsWith(term)) return false;
    if (word === term || (term.length >= 4 && word.length - term.length <= INFLECTION)) return true;
  }
  return false;
}

/** Add to `into` the words of `sorted` that are `term` or an inflection of it. */
function collectInflected(sorted: readonly string[], term: string, into: Set<string>): void {
  for (let i = lowerBound(sorted, term); i < sorted.length; i++) {
    const word = sorted[i] as string;
    if (!word.startsWith(term)) break;
    if (word === term || (term.length >= 4 && word.length - term.length <= INFLECTION)) into.add(word);
  }
}

function sameWord(pageWord: string, termWord: string): boolean {
  return (
    pageWord === termWord ||
    (termWord.length >= 4 && pageWord.startsWith(termWord) && pageWord.length - termWord.length <= INFLECTION)
  );
}

/** How often the page's running words contain the term's words in a row. */
function phraseCount(tokens: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) {
      if (!sameWord(tokens[i + k] as string, phrase[k] as string)) continue outer;
    }
    n += 1;
  }
  return n;
}

/** The words a page is searchable by: body, title and the other metadata values Pagefind searches. */
function pageTokens(page: IndexedPage): string[] {
  return searchWords([page.content, ...Object.values(page.meta)].join(' '));
}

/** Each page's added terms and the tier's vocabulary; without options, the vocabulary of the pages' own words. */
export function enrichPages(pages: readonly IndexedPage[], options?: EnrichOptions): Enriched {
  const decompound = options !== undefined && options.decompound !== false;
  const useGlossary = options !== undefined && options.useGlossary !== false;
  const tokensOf = new Map(pages.map((p) => [p.url, pageTokens(p)]));
  const ownWords = new Set<string>();
  const pageCount = new Map<string, number>();
  for (const tokens of tokensOf.values()) {
    for (const t of new Set(tokens)) {
      ownWords.add(t);
      pageCount.set(t, (pageCount.get(t) ?? 0) + 1);
    }
  }
  // The words of a term of several words that are on most pages ("for", "og") add nothing but noise.
  const common = (w: string) => (pageCount.get(w) ?? 0) >= COMMON_SHARE * pages.length;
  const decompounder = options ? createDecompounder(options.lexicon, ownWords) : undefined;
  const glossary = (options?.glossary ?? []).map((entry) =>
    entry.map((term) => searchWords(term)).filter((t) => t.length > 0),
  );

  const result = new Map<string, PageTerms>();
  const vocabularies: { own: Set<string>; added: Set<string> }[] = [];
  for (const page of pages) {
    const tokens = tokensOf.get(page.url) ?? [];
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    const words = [...counts.keys()].sort();
    const enrich = !UNENRICHED_TYPES.has(page.meta.type ?? '');
    // Each part counts as often as the words it is part of.
    const partCounts = new Map<string, number>();
    if (enrich && decompound && decompounder) {
      for (const [w, n] of counts)
        for (const part of decompounder.terms(w)) partCounts.set(part, (partCounts.get(part) ?? 0) + n);
    }
    const synonymCounts = new Map<string, number>();
    const titleHas = new Set<string>();
    if (enrich && useGlossary) {
      // Glossary terms are recognised in the page's words and in its compounds' parts ("phishingkampagne").
      const all = new Map(counts);
      for (const [part, n] of partCounts) all.set(part, (all.get(part) ?? 0) + n);
      const sorted = [...all.keys()].sort();
      const titleTokens = searchWords(page.meta.title ?? '');
      const titleWords = new Set(titleTokens);
      if (decompounder) for (const w of titleTokens) for (const part of decompounder.terms(w)) titleWords.add(part);
      const titleSorted = [...titleWords].sort();
      for (const entry of glossary) {
        // Each word of the page once per entry, even when two of its terms match it ("svindelmail(s)").
        const matched = new Set<string>();
        let mentions = 0;
        let inTitle = false;
        for (const phrase of entry) {
          if (phrase.length === 1) {
            collectInflected(sorted, phrase[0] as string, matched);
            inTitle ||= holdsInflected(titleSorted, phrase[0] as string);
          } else {
            mentions += phraseCount(tokens, phrase);
            inTitle ||= phraseCount(titleTokens, phrase) > 0;
          }
        }
        for (const w of matched) mentions += all.get(w) ?? 0;
        const count = mentions + (inTitle ? TITLE_COUNT : 0);
        if (count === 0) continue;
        for (const phrase of entry) {
          for (const w of phrase) {
            if (common(w)) continue;
            synonymCounts.set(w, Math.max(synonymCounts.get(w) ?? 0, count));
            if (inTitle) titleHas.add(w);
          }
        }
      }
    }
    const titleTerms = new Set<string>();
    if (enrich) {
      for (const term of synonymCounts.keys()) if (titleHas.has(term)) titleTerms.add(term);
      if (decompound && decompounder) {
        for (const w of searchWords(page.meta.title ?? ''))
          for (const part of decompounder.terms(w)) titleTerms.add(part);
      }
    }
    const capped = (entries: Iterable<[string, number]>) =>
      [...entries].map(([term, n]) => ({ term, count: Math.min(n, MAX_COUNT) }));
    const parts = capped([...partCounts].filter(([p]) => !begins(words, p)));
    const synonyms = capped([...synonymCounts].filter(([w]) => !begins(words, w) && !partCounts.has(w)));
    // Left out when a word of the title begins with it: Pagefind finds it in the title already.
    const titleWords = searchWords(page.meta.title ?? '');
    const title = [...titleTerms].filter((w) => !titleWords.some((t) => t.startsWith(w)));
    result.set(page.url, { parts, synonyms, title });
    vocabularies.push({
      own: new Set(words),
      added: new Set([...parts.map((c) => c.term), ...synonyms.map((c) => c.term), ...title]),
    });
  }
  return { pages: result, vocabulary: vocabularyFile(vocabularies) };
}
