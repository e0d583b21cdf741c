/**
 * The words of a tier's search index, shared by the build (which writes them beside Pagefind's bundle) and the
 * search page (which reads them): to tell a real word from a fragment Pagefind would match anyway (its search
 * falls back to the longest indexed prefix, so "xyzzy" finds a lone "x"), to offer "Mente du …?" for a typo, and
 * to know the words so common that requiring them narrows nothing. Built from the tier's own pages only: the
 * text Pagefind indexed, the compound parts and the glossary terms added to them (scripts/build/search/).
 */

/**
 * Where the words the build adds to a page's indexed text begin (compound parts, glossary terms; see
 * scripts/build/pagefind-index.ts). The search page shows the page's summary instead of an excerpt from there.
 */
export const EXTRA_MARK = '¶';

/** Where the search page finds the vocabulary, beside Pagefind's files (gzip-compressed JSON). */
export const VOCABULARY_PATH = '/pagefind/sikkerhedsnet-ord.json.gz';

/**
 * The file's content. Words are sorted (code-point order) and unique; `df[i]` is the number of pages whose own text
 * has `words[i]` (0 for a word only the index added).
 */
export interface VocabularyFile {
  version: 1;
  /** Pages in the index. */
  pages: number;
  words: string[];
  df: number[];
}

/** Lower-case words of a text as search sees them: runs of letters and digits, everything else separates. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The first position in a sorted (code-point order) list of words at or after `term`. */
export function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Build the file from each page's words: its own (which count towards `df`) and those the index added to it
 * (compound parts, glossary terms: searchable, so known, but they do not make a word common or a likelier
 * suggestion).
 */
export function vocabularyFile(
  pages: readonly { own: ReadonlySet<string>; added?: ReadonlySet<string> }[],
): VocabularyFile {
  const counts = new Map<string, number>();
  for (const { own, added } of pages) {
    for (const w of own) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const w of added ?? []) if (!counts.has(w)) counts.set(w, 0);
  }
  const words = [...counts.keys()].sort();
  return { version: 1, pages: pages.length, words, df: words.map((w) => counts.get(w) ?? 0) };
}

/** Danish inflection endings, longest first: what may follow a word of the index in a query word. */
const ENDINGS = [
  'ernes',
  'erne',
  'enes',
  'ende',
  'ene',
  'ens',
  'ers',
  'ets',
  'ede',
  'ere',
  'en',
  'er',
  'et',
  'es',
  'ne',
  're',
  'te',
  'e',
  'n',
  'r',
  's',
  't',
];

/** The shortest part of a compound that is searched alone when its other part is on no page. */
const PART_ALONE = 6;

/** A term shorter than this gets no typo suggestion: too many words are one letter away. */
const SUGGEST_MIN = 4;
/** A word this common (share of pages) narrows nothing; a query drops it when other words remain. */
export const COMMON_SHARE = 0.6;

/** Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How one query word stands against the index. */
export type TermStatus =
  /** Found as a word or the start of one (Pagefind matches prefixes), or as an inflection of a word. */
  | { term: string; kind: 'known' }
  /** Found in nearly every page: requiring it narrows nothing. */
  | { term: string; kind: 'common' }
  /** Not in the index, but a compound of words that are: those words are searched instead. */
  | { term: string; kind: 'split'; parts: string[] }
  /** Not in the index; `suggestion` is the nearest word that is, when one is near enough. */
  | { term: string; kind: 'unknown'; suggestion?: string };

export interface QueryAnalysis {
  terms: TermStatus[];
  /**
   * The query to run: known words and the parts of split ones, common words only when nothing else is left;
   * unknown words left out. Empty when every word is unknown, or when `corrected` is to be searched instead.
   */
  search: string;
  /**
   * The query with each unknown word replaced by its suggestion (a word with none left out), when some unknown
   * word has one; then `search` is empty.
   */
  corrected?: string;
  /**
   * `search` with its compounds written as their parts ("leverandørtilsyn" → leverandør tilsyn), for the pages
   * that say "tilsyn med leverandører"; undefined when no word splits.
   */
  parts?: string;
}

export class Vocabulary {
  private readonly index = new Map<string, number>();
  private readonly file: VocabularyFile;

  constructor(file: VocabularyFile) {
    this.file = file;
    file.words.forEach((w, i) => {
      this.index.set(w, file.df[i] ?? 0);
    });
  }

  get pages(): number {
    return this.file.pages;
  }

  /**
   * How much finding `word` on a page says (inverse document frequency): ln(1 + pages / pages with it), a word
   * only the index added counting as if on one page.
   */
  weight(word: string): number {
    return Math.log(1 + this.pages / Math.max(1, this.df(word)));
  }

  /** Pages that contain `word` exactly; 0 when none. */
  df(word: string): number {
    return this.index.get(word) ?? 0;
  }

  /**
   * Whether the index has `term` the way Pagefind's search finds it: a word that starts with it, or a known word
   * of at least 3 letters followed by a Danish inflection ending ("risikovurderingerne" through
   * "risikovurdering"). Pagefind itself would also match "loggning" through "logg…"; that is a typo, not a form.
   */
  knows(term: string): boolean {
    const at = this.file.words[lowerBound(this.file.words, term)];
    if (at?.startsWith(term)) return true;
    for (const ending of ENDINGS) {
      if (term.length - ending.length >= 3 && term.endsWith(ending) && this.index.has(term.slice(0, -ending.length))) {
        return true;
      }
    }
    return false;
  }

  /** A word of the index itself, or one with a linking -s or -e ("ledelses" → "ledelse"); undefined if not. */
  private linked(head: string): string | undefined {
    if (head.length > 3 && (head.endsWith('s') || head.endsWith('e')) && this.index.has(head.slice(0, -1))) {
      return head.slice(0, -1);
    }
    return this.index.has(head) ? head : undefined;
  }

  /**
   * A compound the index does not have, read as words it has: "sårbarhedsstyring" → sårbarhed styring,
   * "ledelsesgennemgang" → ledelse gennemgang. The first part must be a word of the index (with its linking
   * element), the rest known or itself such a compound; the longest first part wins. Undefined when none.
   */
  split(term: string, depth = 0): string[] | undefined {
    if (depth > 2 || term.length < 6) return undefined;
    for (let i = term.length - 3; i >= 3; i--) {
      const head = this.linked(term.slice(0, i));
      if (!head) continue;
      const rest = term.slice(i);
      if (rest.length >= 3 && this.knows(rest)) return [head, rest];
      const more = this.split(rest, depth + 1);
      if (more) return [head, ...more];
    }
    return undefined;
  }

  /**
   * A compound with a part no page has is looked for by the part the index has, when that is a whole word of
   * PART_ALONE letters or more: its last part first, as the compound is a kind of it ("spamfilter" → filter), else
   * its first ("hardwarenøgle" → hardware). Pagefind falls back to the longest indexed beginning of a word, down
   * to a single letter; this keeps the useful half of that. Undefined when neither part qualifies.
   */
  part(term: string): string | undefined {
    for (let i = 3; i <= term.length - PART_ALONE; i++) {
      const rest = term.slice(i);
      if (this.index.has(rest)) return rest;
    }
    for (let i = term.length - 3; i >= PART_ALONE; i--) {
      const head = this.linked(term.slice(0, i));
      if (head && head.length >= PART_ALONE) return head;
    }
    return undefined;
  }

  /**
   * The index word nearest to `term` (edit distance 1, or 2 for terms of 8 letters or more), the most common one
   * among equally near ones; undefined when none is near enough or the term is too short to guess at.
   */
  suggest(term: string): string | undefined {
    if (term.length < SUGGEST_MIN || !/\p{L}/u.test(term)) return undefined;
    const max = term.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; df: number } | undefined;
    this.file.words.forEach((word, i) => {
      if (word.length < SUGGEST_MIN) return;
      const distance = editDistance(term, word, max);
      if (distance > max) return;
      const df = this.file.df[i] ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && df > best.df)) {
        best = { word, distance, df };
      }
    });
    return best?.word;
  }

  /**
   * For a query that found little: the query with each rare word (on at most 2 pages) replaced by a word one
   * edit away that is on at least three times as many pages (and 3); undefined when no word has one.
   */
  betterSpelling(query: string): string | undefined {
    let changed = false;
    const words = searchWords(query).map((term) => {
      const df = this.df(term);
      if (df === 0 || df > 2 || term.length < SUGGEST_MIN) return term;
      let best: { word: string; df: number } | undefined;
      this.file.words.forEach((word, i) => {
        const n = this.file.df[i] ?? 0;
        if (word === term || n < Math.max(3, 3 * df) || (best && n <= best.df)) return;
        if (editDistance(term, word, 1) <= 1) best = { word, df: n };
      });
      if (!best) return term;
      changed = true;
      return best.word;
    });
    return changed ? words.join(' ') : undefined;
  }

  /** Sort the words of a query into known, common and unknown, and say what to search for. */
  analyse(query: string): QueryAnalysis {
    const words = [...new Set(searchWords(query))];
    const terms: TermStatus[] = words.map((term) => {
      if (!this.knows(term)) {
        const parts = this.split(term);
        if (parts) return { term, kind: 'split', parts };
        const suggestion = this.suggest(term);
        if (suggestion) return { term, kind: 'unknown', suggestion };
        const part = this.part(term);
        return part ? { term, kind: 'split', parts: [part] } : { term, kind: 'unknown' };
      }
      const common = this.pages > 0 && this.df(term) / this.pages >= COMMON_SHARE;
      return { term, kind: common ? 'common' : 'known' };
    });
    const unknown = terms.filter((t) => t.kind === 'unknown');
    if (unknown.some((t) => t.kind === 'unknown' && t.suggestion)) {
      // Search the suggestions; a word with none is left out.
      const corrected = terms
        .flatMap((t) => (t.kind !== 'unknown' ? [t.term] : t.suggestion ? [t.suggestion] : []))
        .join(' ');
      return { terms, search: '', corrected };
    }
    // A word the index lacks, with nothing near, is left out when other words remain; alone, or beside numbers
    // only ("zyxkvarg 1234"), it finds nothing.
    const lettered = terms.filter((t) => t.kind !== 'unknown' && /\p{L}/u.test(t.term));
    if (unknown.length > 0 && lettered.length === 0) return { terms, search: '' };
    const known = terms.flatMap((t) => (t.kind === 'known' ? [t.term] : t.kind === 'split' ? t.parts : []));
    const common = terms.flatMap((t) => (t.kind === 'common' ? [t.term] : []));
    const search = (known.length > 0 ? known : common).join(' ');
    const split = search.split(' ').map((w) => this.split(w)?.join(' ') ?? w);
    const parts = split.join(' ');
    return parts === search ? { terms, search } : { terms, search, parts };
  }
}
