import { vendorSlug } from '#model/library/experience.ts';
import type { LibraryEntry } from '../library/types.ts';

/** Any entry: title and audience always; tags, supersedes, vendor and product where the kind has them. */
type AnyEntry = Pick<LibraryEntry, 'slug' | 'body'> & {
  data: { title: string; audience: string; tags?: string[]; supersedes?: string[]; vendor?: string; product?: string };
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
 * title, its slug (and so its URL), its `supersedes` slugs, tags used by no shared entry, every body
 * sentence of 25+ characters that no shared entry also contains, and for an experience its vendor (name and
 * /leverandoerer/ page) and product when no shared experience names them.
 */
export function coreOnlyNeedles(entries: readonly AnyEntry[]): string[] {
  const shared = entries.filter((e) => e.data.audience === 'alle');
  const sharedText = shared.map((e) => `${e.data.title}\n${e.body}`).join('\n');
  const sharedTags = new Set(shared.flatMap((e) => e.data.tags ?? []));
  const sharedVendors = new Set(shared.flatMap((e) => (e.data.vendor ? [vendorSlug(e.data.vendor)] : [])));
  const sharedProducts = new Set(shared.flatMap((e) => (e.data.product ? [e.data.product.toLowerCase()] : [])));
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
    const { vendor, product } = e.data;
    if (vendor && !sharedVendors.has(vendorSlug(vendor))) {
      needles.add(vendor);
      needles.add(`/leverandoerer/${vendorSlug(vendor)}/`);
    }
    if (product && !sharedProducts.has(product.toLowerCase()) && !sharedText.includes(product)) needles.add(product);
  }
  return [...needles].sort();
}

/** The registry as far as member needles need it: rosters of people with their tier, role and list choice. */
interface RosterLike {
  rosters: readonly {
    members: readonly {
      name: string;
      email: string;
      title: string;
      tier: string;
      contact: boolean;
      vis_i_medlemsliste: boolean;
    }[];
  }[];
}

/**
 * Strings of the registry that must never appear in the broad build: the name, work e-mail and title of every
 * core-only member who is not a contact person and is in the member list (the core tier shows them; the broad
 * tier must not). A name or title that someone the broad tier may show also has is left out, since finding it
 * would prove nothing. Derived from the roster fields directly, not from the directory code under test.
 */
export function coreOnlyMemberNeedles(registry: RosterLike): string[] {
  const people = registry.rosters.flatMap((r) => r.members);
  const coreOnly = people.filter((m) => m.tier === 'kerne' && !m.contact && m.vis_i_medlemsliste);
  const shown = people.filter((m) => m.tier === 'bred' || m.contact);
  const shared = new Set(shown.flatMap((m) => [m.name, m.title]));
  const needles = new Set<string>();
  for (const m of coreOnly) {
    needles.add(m.email);
    for (const text of [m.name, m.title]) if (!shared.has(text)) needles.add(text);
  }
  return [...needles].sort();
}

/** Name and e-mail of every member who opted out of the member list and is not a contact person: no page names them. */
export function optedOutNeedles(registry: RosterLike): string[] {
  const people = registry.rosters.flatMap((r) => r.members);
  return people
    .filter((m) => !m.vis_i_medlemsliste && !m.contact)
    .flatMap((m) => [m.name, m.email])
    .sort();
}

/** What the search index could learn from a text: its words, their compound parts, the glossary terms it uses. */
export interface SearchTermSources {
  /** Compound parts of a lower-case word (scripts/build/search/decompound.ts). */
  parts: (word: string) => readonly string[];
  /** The glossary's entries, each a list of equivalent terms. */
  glossary: readonly (readonly string[])[];
}

/**
 * Words the broad tier's search index must not hold: every word of 5+ letters of a core-only entry (title and
 * body), every compound part of those words, and every word of the glossary entries those entries mention, less
 * anything that occurs in `broadText` (the broad build's own pages: a word they show may be searchable there).
 * Lower case, sorted.
 */
export function coreOnlySearchTerms(
  entries: readonly AnyEntry[],
  broadText: string,
  sources: SearchTermSources,
  words: (text: string) => string[],
): string[] {
  const allowed = broadText.toLowerCase();
  const terms = new Set<string>();
  for (const e of entries.filter((x) => x.data.audience === 'kerne')) {
    const text = `${e.data.title}\n${e.body}`;
    for (const word of words(text)) {
      if (word.length < 5 || /\d/.test(word)) continue;
      terms.add(word);
      for (const part of sources.parts(word)) terms.add(part);
    }
    const lower = text.toLowerCase();
    for (const entry of sources.glossary) {
      if (!entry.some((term) => lower.includes(term.toLowerCase()))) continue;
      for (const term of entry) for (const w of words(term)) if (w.length >= 5) terms.add(w);
    }
  }
  return [...terms].filter((t) => !allowed.includes(t)).sort();
}
