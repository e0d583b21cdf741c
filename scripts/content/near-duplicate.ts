import type { Finding, TemplateEntry } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import { blankCode } from './markdown-scan.ts';

/** Jaccard similarity of word 5-shingles from which two templates count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
export const SHINGLE_WORDS = 5;
/** MinHash signature length, cut into LSH bands: pairs that agree on all rows of any band are candidates. */
const BANDS = 16;
const ROWS = 4;
const HASHES = BANDS * ROWS;
/** Texts shorter than this many shingles say too little to compare. */
const MIN_SHINGLES = 10;
/** One odd multiplier per MinHash function; fixed so results never vary between runs. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) | 1);

interface Sketch {
  entry: TemplateEntry;
  shingles: Set<number>;
  signature: Uint32Array;
}

/**
 * 32-bit FNV-1a hash of the `size`-word shingle starting at `words[from]`: its words joined by single spaces, hashed
 * without building that string (allocating one string per shingle was most of this check's time).
 */
function shingleHash(words: readonly string[], from: number, size: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + size; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[w] ?? '';
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The i-th MinHash function of a shingle hash: multiply-xorshift, cheap enough for 64 per shingle. */
function minhash(h: number, i: number): number {
  const x = Math.imul(h ^ (SEEDS[i] ?? 1), 0x85ebca6b);
  return (x ^ (x >>> 15)) >>> 0;
}

/**
 * Hashed shingles of `size` consecutive words of an already normalized word list. Templates use 5-word shingles;
 * the short questions of GitHub Discussions (scripts/discussions/similar-text.ts) use single words and their
 * character n-grams.
 */
export function wordShingles(words: readonly string[], size: number = SHINGLE_WORDS): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) out.add(shingleHash(words, i, size));
  return out;
}

/** Hashed word shingles of a template body, markup and code removed, lower-cased. */
export function shingles(body: string): Set<number> {
  const words =
    blankCode(body)
      .replace(/<[^>]*>|\{\/\*[\s\S]*?\*\/\}|\]\([^)]*\)/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return wordShingles(words);
}

function sketch(entry: TemplateEntry): Sketch {
  const set = shingles(entry.body);
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of set) {
    for (let s = 0; s < HASHES; s++) {
      const v = minhash(h, s);
      if (v < (signature[s] ?? 0)) signature[s] = v;
    }
  }
  return { entry, shingles: set, signature };
}

/** Exact Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let common = 0;
  for (const h of a) if (b.has(h)) common++;
  return common / (a.size + b.size - common || 1);
}

function supersedes(entry: TemplateEntry, slug: string): boolean {
  return entry.data.supersedes.includes(slug);
}

/**
 * Index pairs (i < j) that share all rows of at least one band, in order. With 16 bands of 4 rows a pair at
 * Jaccard 0.8 becomes a candidate with probability 1 − (1 − 0.8⁴)¹⁶ > 0.9998; candidates are then confirmed
 * with the exact similarity, so the estimate never decides alone.
 */
function candidatePairs(sketches: readonly Sketch[]): [number, number][] {
  const pairs = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    sketches.forEach((s, index) => {
      const key = s.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) pairs.add((bucket[x] ?? 0) * sketches.length + (bucket[y] ?? 0));
      }
    }
  }
  return [...pairs].sort((p, q) => p - q).map((p) => [Math.floor(p / sketches.length), p % sketches.length]);
}

/**
 * Ensure no template repeats another: a body whose shingles overlap another template's by at least the
 * threshold is a warning naming the existing one, unless one declares `supersedes` of the other (then the
 * loader's `supersedes-conflict` already says that the old file must go).
 */
export function checkNearDuplicates(ctx: CheckContext): Finding[] {
  const sketches = ctx.library.templates.map(sketch).filter((s) => s.shingles.size >= MIN_SHINGLES);
  const findings: Finding[] = [];
  for (const [i, j] of candidatePairs(sketches)) {
    const a = sketches[i] as Sketch;
    const b = sketches[j] as Sketch;
    if (supersedes(a.entry, b.entry.slug) || supersedes(b.entry, a.entry.slug)) continue;
    const similarity = jaccard(a.shingles, b.shingles);
    if (similarity < NEAR_DUPLICATE_THRESHOLD) continue;
    // Report on the new text: the changed file when only one of the pair changed, else the later path.
    const [newer, existing] = ctx.selected?.has(a.entry.file) && !ctx.selected.has(b.entry.file) ? [a, b] : [b, a];
    findings.push({
      file: newer.entry.file,
      line: 1,
      column: 1,
      severity: 'warning',
      message: `Teksten ligner skabelonen "${existing.entry.slug}" (${existing.entry.file}) ${Math.round(similarity * 100)} %. Forbedr den eksisterende skabelon i stedet; afløser denne skabelon den, så slet ${existing.entry.file} og angiv supersedes: [${existing.entry.slug}].`,
    });
  }
  return findings;
}
