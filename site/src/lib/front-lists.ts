import { compareDanish } from './collate.ts';

/** What the front page's two template lists sort on (a subset of TemplateView, so tests need no Astro). */
export interface DatedTemplate {
  /** `YYYY-MM-DD`: first commit of the file, else the reviewed date. */
  created: string;
  /** `YYYY-MM-DD`: last commit touching the file, else the reviewed date. */
  updated: string;
  entry: { data: { title: string; reviewed: string } };
}

/**
 * Order by `key` descending, then by the reviewed date descending, then by Danish title. The reviewed date
 * breaks ties because many files share a commit day (the whole library was imported in one commit), and
 * a recently reviewed template is the better guess for both "new" and "updated".
 */
function byDateThenReviewed<T extends DatedTemplate>(key: 'created' | 'updated') {
  return (a: T, b: T): number =>
    descending(a[key], b[key]) ||
    descending(a.entry.data.reviewed, b.entry.data.reviewed) ||
    compareDanish(a.entry.data.title, b.entry.data.title);
}

/** `YYYY-MM-DD` strings sort as text; later first. */
function descending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** "Nyeste skabeloner": the `limit` templates most recently added (first commit), newest first. */
export function newestTemplates<T extends DatedTemplate>(templates: readonly T[], limit = 5): T[] {
  return [...templates].sort(byDateThenReviewed<T>('created')).slice(0, limit);
}

/**
 * "Senest opdateret": the `limit` templates most recently changed after they were added (last commit later than
 * the first), latest first. A template never edited since it was added is news only in "Nyeste"; on a young
 * library the two lists would otherwise be the same list twice.
 */
export function recentlyUpdated<T extends DatedTemplate>(templates: readonly T[], limit = 5): T[] {
  return templates
    .filter((t) => t.updated > t.created)
    .sort(byDateThenReviewed<T>('updated'))
    .slice(0, limit);
}

/** The front page's lists; `updated` is empty when it would only repeat `newest` (the page then shows one). */
export function frontLists<T extends DatedTemplate>(templates: readonly T[], limit = 5): { newest: T[]; updated: T[] } {
  const newest = newestTemplates(templates, limit);
  const updated = recentlyUpdated(templates, limit);
  const same = updated.length === newest.length && updated.every((t, i) => t === newest[i]);
  return { newest, updated: same ? [] : updated };
}
