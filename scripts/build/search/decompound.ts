/**
 * Danish decompounding for the search index: "persondatasikkerhedsbrud" → person, data, sikkerhed, brud,
 * persondata, datasikkerhed, sikkerhedsbrud, … The parts come from the compound rules of the Hunspell dictionary
 * (./hunspell.ts: which forms may begin a compound with their linking element -s-, -e- or none, and which
 * inflected forms may end one), plus the tier's own vocabulary for loan words the dictionary lacks ("patch" in
 * "patchstyring", "phishing" in "phishingkampagne"). Among the analyses of a word the one with the fewest parts
 * wins (so "beredskabsplan" is beredskab + plan, not a split of "beredskab"), then the one whose shortest part is
 * longest; each part is then analysed again, down to parts that do not split.
 */
import type { Lexicon } from './hunspell.ts';

/** No part shorter than this: two-letter parts ("it", "by") split ordinary words into noise. */
export const MIN_PART = 3;

/** A part shorter than this must occur on its own in the content (see `free`). */
const FREE_PART = 5;

/**
 * Danish derivational suffixes that the dictionary also lists as words (hed "hot", lig "corpse", ende "end"): as
 * the last part of a word they make "sårbarheder" sårbar + heder and "rapportering" rapporte + ring; and the
 * genitive endings -ens, -ers after a word the dictionary lacks ("servicedeskens"). Never a part.
 */
const SUFFIXES = new Set([
  'hed',
  'heder',
  'lig',
  'lige',
  'ligt',
  'else',
  'ende',
  'skab',
  'dom',
  'bar',
  'som',
  'isk',
  'ring',
  'ning',
  'ens',
  'ers',
]);

/** Parts of a part (see `resplits`) must be at least this long. */
const RESPLIT_MIN = 4;

interface Part {
  /** As written in the word, linking element included ("sikkerheds"). */
  form: string;
  /** The word itself ("sikkerhed"); for the last part the form as written ("planen"). */
  base: string;
}

export interface Decompounder {
  /**
   * The terms a word adds to the index: every part, every run of neighbouring parts that is shorter than the word
   * ("datasikkerhed", "persondata"), lower case, at least MIN_PART letters. Empty when the word does not split.
   */
  terms(word: string): string[];
}

/**
 * @param lexicon the dictionary's compound rules
 * @param ownWords lower-case words that occur on their own in the content being indexed; they may begin (also
 *   with a linking -s) or end a compound where the dictionary does not know them
 */
export function createDecompounder(lexicon: Lexicon, ownWords: ReadonlySet<string>): Decompounder {
  /**
   * The dictionary also lists short words that are mostly pieces of other words ("lev", "sam", "bart"): a part
   * of fewer than FREE_PART letters counts only when the content uses it as a word of its own.
   */
  const free = (base: string) =>
    /^\p{L}+$/u.test(base) &&
    base.length >= MIN_PART &&
    !SUFFIXES.has(base) &&
    (base.length >= FREE_PART || ownWords.has(base));
  const head = (form: string): string | undefined => {
    const known = lexicon.compoundHead(form);
    if (known !== undefined) {
      if (free(known)) return known;
      // "kriseledelse" reads kris-e-ledelse to the dictionary; when "kris" is too short, "krise" is a word too.
      return known !== form && lexicon.has(form) && free(form) ? form : undefined;
    }
    if (form.length >= 4 && ownWords.has(form)) return form;
    if (form.length >= 5 && form.endsWith('s') && ownWords.has(form.slice(0, -1))) return form.slice(0, -1);
    return undefined;
  };
  const end = (form: string): boolean => {
    if (SUFFIXES.has(form)) return false;
    const known = lexicon.compoundEnd(form);
    if (known !== undefined) return free(known);
    return form.length >= 4 && ownWords.has(form);
  };

  const analyses = new Map<string, Part[] | undefined>();

  /** The best analysis of `word` into two or more parts, or undefined. */
  function analyse(word: string): Part[] | undefined {
    if (analyses.has(word)) return analyses.get(word);
    const n = word.length;
    // best[i]: the best analysis of word.slice(i) into one or more parts (the last an ending form).
    const best: (Part[] | undefined)[] = new Array(n + 1);
    const better = (a: Part[], b: Part[] | undefined): boolean => {
      if (!b) return true;
      if (a.length !== b.length) return a.length < b.length;
      const shortest = (p: Part[]) => Math.min(...p.map((x) => x.form.length));
      if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b);
      // Same forms, different readings ("krise-ledelse" or "kris-e-ledelse"): the one without a linking element.
      const bases = (p: Part[]) => p.reduce((sum, x) => sum + x.base.length, 0);
      return bases(a) > bases(b);
    };
    for (let i = n - MIN_PART; i >= 0; i--) {
      let chosen: Part[] | undefined;
      const rest = word.slice(i);
      // The whole word as one part only for a tail; the word itself must split.
      if (i > 0 && end(rest)) chosen = [{ form: rest, base: rest }];
      for (let j = i + MIN_PART; j <= n - MIN_PART; j++) {
        const tail = best[j];
        if (!tail) continue;
        const form = word.slice(i, j);
        const base = head(form);
        if (base === undefined || base.length < MIN_PART) continue;
        const candidate = [{ form, base }, ...tail];
        if (better(candidate, chosen)) chosen = candidate;
      }
      best[i] = chosen;
    }
    const result = best[0];
    analyses.set(word, result);
    return result;
  }

  /**
   * A part is itself a word, and splitting it again goes wrong more often than not ("tilsyn" → til + syn,
   * "kampagne" → kamp + agne): it splits only into parts of at least RESPLIT_MIN letters that occur on their own
   * in the content ("persondata" → person + data).
   */
  const resplits = (parts: Part[]) =>
    parts.every((p) => p.base.length >= RESPLIT_MIN && (ownWords.has(p.base) || p.base.length >= 6));

  /** The word down to parts that do not split further. */
  function atoms(word: string, depth = 0): Part[] {
    const found = depth < 4 ? analyse(word) : undefined;
    const parts = found && (depth === 0 || resplits(found)) ? found : undefined;
    if (!parts) return [{ form: word, base: word }];
    const out: Part[] = [];
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const inner = atoms(last ? part.form : part.base, depth + 1);
      if (inner.length === 1) {
        out.push(part);
        return;
      }
      if (!last && part.form.startsWith(part.base)) {
        // Keep the linking element on the inner analysis's last part, as it is written in the word.
        const linker = part.form.slice(part.base.length);
        const lastInner = inner[inner.length - 1] as Part;
        inner[inner.length - 1] = { form: lastInner.form + linker, base: lastInner.base };
      }
      out.push(...inner);
    });
    return out;
  }

  const cache = new Map<string, string[]>();
  return {
    terms(word) {
      const cached = cache.get(word);
      if (cached) return cached;
      const result: string[] = [];
      const seen = new Set<string>([word]);
      const add = (term: string) => {
        if (term.length >= MIN_PART && !seen.has(term) && /^\p{L}+$/u.test(term)) {
          seen.add(term);
          result.push(term);
        }
      };
      if (word.length >= 2 * MIN_PART && /^\p{L}+$/u.test(word)) {
        // An inflected form of a dictionary word splits as that word ("leverandørens" is leverandør + -ens, not
        // leverandør + "ens"); its last part then keeps the word's ending ("beredskabsplanen" → "planen").
        const lemma = lexicon.compoundEnd(word);
        const inflected = lemma !== undefined && lemma !== word && word.startsWith(lemma);
        const stem = inflected ? lemma : word;
        let parts = atoms(stem);
        // A word the dictionary lists whole is often not a compound at all ("antallet", "aktivering"): it splits
        // only into parts of RESPLIT_MIN letters or more.
        if (lexicon.has(stem) && parts.some((p) => p.base.length < RESPLIT_MIN)) parts = [{ form: stem, base: stem }];
        if (inflected && parts.length > 1) {
          const last = parts[parts.length - 1] as Part;
          parts[parts.length - 1] = { form: last.form + word.slice(lemma.length), base: last.base };
          add(last.base);
        }
        const n = parts.length;
        if (n > 1) {
          for (let i = 0; i < n; i++) {
            for (let j = i; j < n; j++) {
              const span = parts.slice(i, j + 1);
              const lastPart = span[span.length - 1] as Part;
              const text =
                span
                  .slice(0, -1)
                  .map((p) => p.form)
                  .join('') + (j === n - 1 ? lastPart.form : lastPart.base);
              add(text);
            }
          }
        }
      }
      cache.set(word, result);
      return result;
    },
  };
}
