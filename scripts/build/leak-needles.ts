import type { LibraryEntry } from '../library/types.ts';

/** Any entry: title and audience always, tags and supersedes where the kind has them. */
type AnyEntry = Pick<LibraryEntry, 'slug' | 'body'> & {
  data: { title: string; audience: string; tags?: string[]; supersedes?: string[] };
};

/** Sentences of an MDX body: prose lines only (no headings, components, tables), split at . ! ? */
export function bodySentences(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(#|<|\||-{3}|[-*] |\d+\. )/.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 25);
}

/**
 * Strings that must never appear in the broad build, derived from the library: for every core-only entry its
 * title, its slug (and so its URL), its `supersedes` slugs, tags used by no shared entry, and every body
 * sentence of 25+ characters that no shared entry also contains.
 */
export function coreOnlyNeedles(entries: readonly AnyEntry[]): string[] {
  const shared = entries.filter((e) => e.data.audience === 'alle');
  const sharedText = shared.map((e) => `${e.data.title}\n${e.body}`).join('\n');
  const sharedTags = new Set(shared.flatMap((e) => e.data.tags ?? []));
  const needles = new Set<string>();
  for (const e of entries.filter((x) => x.data.audience === 'kerne')) {
    needles.add(e.data.title);
    needles.add(e.slug);
    for (const old of e.data.supersedes ?? []) needles.add(old);
    for (const tag of e.data.tags ?? []) {
      if (sharedTags.has(tag)) continue;
      needles.add(`/emne/${tag}/`);
      // The bare tag too (it is a Pagefind filter value), unless shared text uses the word.
      if (!sharedText.toLowerCase().includes(tag)) needles.add(tag);
    }
    for (const sentence of bodySentences(e.body)) if (!sharedText.includes(sentence)) needles.add(sentence);
  }
  return [...needles].sort();
}
