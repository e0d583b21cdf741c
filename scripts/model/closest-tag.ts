/**
 * The existing tag a mistyped one most likely meant ("iso-27001" → "iso27001", "hændelse" → "hændelser"), for
 * messages that say how to fix a tag. Only an obvious candidate is offered: one clear winner, never a guess
 * between two.
 */
import type { TagVocabulary } from './tags.ts';

/** Lower case, æøå spelled out, and only letters and digits: "ISO 27001", "iso-27001" and "iso27001" agree. */
function normalise(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance (insert, delete, replace one character). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The one slug a list of candidates agrees on, or undefined when none or several do. */
function only(slugs: readonly string[]): string | undefined {
  return slugs.length === 1 ? slugs[0] : undefined;
}

/**
 * The slug in `vocabulary` that `tag` obviously means, or undefined. In order: the same letters and digits as a
 * slug or a display name ("iso-27001", "ISO27001"); a slug one typo away (two for tags of eight or more
 * characters); a slug that extends the tag, or that the tag extends, by at most three characters
 * ("politikker" → "politik").
 */
export function closestTag(vocabulary: TagVocabulary, tag: string): string | undefined {
  const wanted = normalise(tag);
  const entries = [...vocabulary].map(([slug, label]) => ({ slug, key: normalise(slug), label: normalise(label) }));
  const same = only(entries.filter((e) => e.key === wanted || e.label === wanted).map((e) => e.slug));
  if (same) return same;
  const limit = wanted.length >= 8 ? 2 : 1;
  const scored = entries.map((e) => ({ slug: e.slug, d: distance(wanted, e.key) })).filter((e) => e.d <= limit);
  const best = Math.min(...scored.map((e) => e.d));
  const near = only(scored.filter((e) => e.d === best).map((e) => e.slug));
  if (near) return near;
  if (wanted.length < 4) return undefined;
  return only(
    entries
      .filter((e) => e.key.length >= 4 && Math.abs(e.key.length - wanted.length) <= 3)
      .filter((e) => e.key.startsWith(wanted) || wanted.startsWith(e.key))
      .map((e) => e.slug),
  );
}
