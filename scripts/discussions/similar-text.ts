/**
 * How alike two short Danish texts are, for the duplicate answers on GitHub Discussions (similar.ts). Questions are
 * a title and a few sentences, so the 5-word shingles of the templates' near-duplicate check (content/near-duplicate.ts)
 * almost never meet. Instead each text becomes its content words (lower-cased, Danish stop words removed, a light
 * suffix stemmer) and the character 4-grams of those words with word boundaries marked, hashed by the same shingle
 * code and compared by the same Jaccard similarity. The n-grams catch Danish compounds and inflections that whole
 * words miss ("logs" and "logfiler", "sårbarhedsscanning" and "scanning af sårbarheder"); the words keep two texts
 * that merely share common syllables apart. Pure and deterministic.
 */
import { jaccard, wordShingles } from '../content/near-duplicate.ts';

/**
 * Words that say nothing about a question's topic: the common Danish function words (Snowball's Danish list), the
 * words every question here is phrased with ("hvordan gør I", "har nogen erfaring med"), and words every text of a
 * network of municipal security staff shares ("kommunen", "it").
 */
const STOP_WORDS = new Set(
  (
    'ad af alle alt anden andet andre at bare blev blive bliver bør da de dem den denne der deres det dette dig din ' +
    'disse dog du efter eller en end er et for fra få får gerne gjort gør gøre godt han hans har have havde hende ' +
    'hendes her hej hinanden hos hun hvad hvem hver hvilke hvilken hvilket hvis hvor hvordan hvorfor hvornår i ' +
    'ift ikke ind jeg jer jeres jo kan kunne lige man mange med meget men mig min mine mit mod må måske ned noget ' +
    'nogen nogle nu når og også om op os over på sig sin sine sit skal skulle selv som så sådan tak thi til ud ' +
    'under var vi vil ville vor vores være været ' +
    'bruge bruger bruges erfaring erfaringer fx gode god it kommune kommunen kommuner kommunens spørgsmål tænker ' +
    'andres anbefale anbefaler anbefalinger anbefaling an arbejder gribe griber håndtere håndterer lave laver ofte ' +
    'sat sætte sætter tit'
  ).split(' '),
);

/** Inflectional endings, longest first; one is removed when at least four letters remain (three for a plural s). */
const SUFFIXES = ['erne', 'ende', 'ene', 'ens', 'ers', 'ets', 'er', 'en', 'et', 'es', 'e', 's'];

/** A word without its inflectional ending ("beredskabsplanen" → "beredskabsplan", "tester" → "test"). */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    const rest = word.length - suffix.length;
    if ((rest >= 4 || (suffix === 's' && rest === 3)) && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The stemmed content words of a text, in order: Markdown links, URLs and code removed, lower-cased. */
export function contentWords(text: string): string[] {
  const plain = text
    .replace(/```[\s\S]*?```|`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)|https?:\/\/\S+/g, ' ')
    .toLowerCase();
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map(stem);
}

/** Length of the character n-grams. */
const GRAM = 4;

/** The character 4-grams of words, each word marked at both ends so "_log" is shared by "log" and "logfil". */
function grams(words: readonly string[]): Set<number> {
  const out: string[] = [];
  for (const word of words) {
    const marked = `_${word}_`;
    for (let i = 0; i + GRAM <= marked.length; i++) out.push(marked.slice(i, i + GRAM));
  }
  return wordShingles(out, 1);
}

/** A text made ready for comparison. */
export interface TextFeatures {
  /** The distinct stemmed content words, in order of first use. */
  words: readonly string[];
  /** Hashed character 4-grams of the content words. */
  grams: Set<number>;
}

export function textFeatures(text: string): TextFeatures {
  const words = [...new Set(contentWords(text))];
  return { words, grams: grams(words) };
}

/** Shortest word that counts as a part of a compound. */
const MIN_PART = 4;

/** `part` is the first or last part of the compound `word` ("sårbarhed" and "scanning" of "sårbarhedsscanning"). */
const partOf = (part: string, word: string) =>
  part.length >= MIN_PART && word.length > part.length && (word.startsWith(part) || word.endsWith(part));

/** `words` plus the words of `other` that are parts of one of them, so a compound meets its parts. */
function withParts(words: readonly string[], other: readonly string[]): Set<number> {
  return wordShingles([...words, ...other.filter((part) => words.some((word) => partOf(part, word)))], 1);
}

/** Weight of the word similarity; the 4-gram similarity has the rest. */
export const WORD_WEIGHT = 0.5;

/**
 * Similarity of two texts in [0, 1], the same both ways: the mean of the Jaccard similarity of their content words
 * (each side counting the other's words that are parts of its compounds) and that of their 4-grams. A text without
 * content words is similar to nothing.
 */
export function similarity(a: TextFeatures, b: TextFeatures): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const words = jaccard(withParts(a.words, b.words), withParts(b.words, a.words));
  return WORD_WEIGHT * words + (1 - WORD_WEIGHT) * jaccard(a.grams, b.grams);
}

/**
 * How much of the short text `a` is in the long text `b`, in [0, 1]: the mean of the share of `a`'s content words
 * found in `b` and the share of its 4-grams found there. A word is found when `b` has it, or a compound that begins
 * or ends with it (`test` in "testlog"); half found when only a part of it is in `b` ("beredskab" for
 * "beredskabsplan"). Used for a question's title against a template's title, summary and topics, which are much
 * longer than a title, so Jaccard similarity would be small for any pair.
 */
export function containment(a: TextFeatures, b: TextFeatures): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const inB = new Set(b.words);
  let found = 0;
  for (const word of a.words) {
    if (
      inB.has(word) ||
      b.words.some(
        (other) => word.length >= 3 && other.length > word.length && (other.startsWith(word) || other.endsWith(word)),
      )
    )
      found += 1;
    else if (b.words.some((part) => partOf(part, word) && part.length > MIN_PART)) found += 0.5;
  }
  let grams = 0;
  for (const gram of a.grams) if (b.grams.has(gram)) grams++;
  return (found / a.words.length + grams / a.grams.size) / 2;
}
