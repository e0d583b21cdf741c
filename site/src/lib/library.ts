import { getCollection } from 'astro:content';
import { relative, resolve, sep } from 'node:path';
import { CATEGORIES, CATEGORY_FOLDERS, CATEGORY_LABELS, type Category } from '#model/categories.ts';
import { isoDay, isReviewOverdue } from '#model/dates.ts';
import { gitDatesFor } from '#model/git-dates.ts';
import type { MeetingData } from '#model/library/meeting.ts';
import type { NewsData } from '#model/library/news.ts';
import type { TemplateData } from '#model/library/template.ts';
import { readMunicipalities } from '#model/municipalities.ts';
import { compareDanish } from './collate.ts';
import { readSiteEnv } from './env.ts';

export const env = readSiteEnv();
/** kommuner.yaml, read once per build for every page that names a municipality. */
export const municipalities = readMunicipalities(env.registryDir);
const ownerNames = municipalities.fullNames;
/** KL's secretariat address from the registry (kommuner.yaml, `kl.email`), for "write to KL". */
export const klEmail = municipalities.klEmail;
const today = env.today;

/**
 * Entry shapes, typed from our zod schemas so the code type-checks without Astro's generated types
 * (`astro sync` output is not part of the TypeScript project).
 */
export interface Entry<T> {
  id: string;
  collection: string;
  data: T;
  body?: string;
  filePath?: string;
}
export type TemplateEntry = Entry<TemplateData>;
export type NewsEntry = Entry<NewsData>;
export type MeetingEntry = Entry<MeetingData>;

/** A template with everything the pages derive from it, computed once per build. */
export interface TemplateView {
  entry: TemplateEntry;
  slug: string;
  url: string;
  folder: string;
  categoryLabel: string;
  ownerName: string;
  /** `YYYY-MM-DD`: last commit touching the file, else the reviewed date. */
  updated: string;
  /** `YYYY-MM-DD`: first commit of the file, else the reviewed date. */
  created: string;
  overdue: boolean;
  /** Path inside the repository, e.g. templates-library/politikker/x.mdx. */
  repoFile: string;
  editUrl: string;
  docxUrl: string;
  /** The same Word file without the guidance boxes. */
  docxPlainUrl: string;
}

/** Path as it is (or would be) in the repository: templates-library/<folder>/<slug>.mdx. */
function repoFileOf(abs: string): string {
  return `templates-library/${relative(env.contentDir, abs).split(sep).join('/')}`;
}

let templateCache: TemplateView[] | undefined;

/** Templates of this tier, sorted by title (Danish collation). */
export async function getTemplates(): Promise<TemplateView[]> {
  if (templateCache) return templateCache;
  const entries = (await getCollection('templates')) as TemplateEntry[];
  templateCache = entries
    .map((entry): TemplateView => {
      const d = entry.data;
      // The loader's filePath depends on Astro's root and cwd; the library layout is fixed, so derive it.
      const abs = resolve(env.contentDir, CATEGORY_FOLDERS[d.category], `${entry.id}.mdx`);
      const git = gitDatesFor(env.contentDir, abs);
      const repoFile = repoFileOf(abs);
      return {
        entry,
        slug: entry.id,
        url: `/skabeloner/${entry.id}/`,
        folder: CATEGORY_FOLDERS[d.category],
        categoryLabel: CATEGORY_LABELS[d.category],
        ownerName: ownerNames.get(d.owner) ?? d.owner,
        updated: git ? isoDay(git.updated) : d.reviewed,
        created: git ? isoDay(git.created) : d.reviewed,
        overdue: isReviewOverdue(d.reviewed, d.review_interval_months, today),
        repoFile,
        editUrl: `${env.repoEditUrl}${repoFile}`,
        docxUrl: `/skabeloner/${entry.id}/${entry.id}.docx`,
        docxPlainUrl: `/skabeloner/${entry.id}/${entry.id}-uden-vejledning.docx`,
      };
    })
    .sort((a, b) => compareDanish(a.entry.data.title, b.entry.data.title));
  return templateCache ?? [];
}

/** News of this tier, newest first. */
export async function getNews(): Promise<NewsEntry[]> {
  return ((await getCollection('nyheder')) as NewsEntry[]).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** Meetings of this tier, newest first. */
export async function getMeetings(): Promise<MeetingEntry[]> {
  return ((await getCollection('moeder')) as MeetingEntry[]).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** Every category with its folder, label and the number of templates in this tier. */
export function categoryCounts(templates: readonly TemplateView[]) {
  return CATEGORIES.map((category: Category) => ({
    category,
    folder: CATEGORY_FOLDERS[category],
    label: CATEGORY_LABELS[category],
    count: templates.filter((t) => t.entry.data.category === category).length,
  }));
}

/**
 * Categories that get a /kategori/ page in this tier: every one in the core tier (so category links never break
 * there), only those with templates in the broad tier (a broad member is never told a category is empty).
 */
export function categoryPages(templates: readonly TemplateView[]) {
  return categoryCounts(templates).filter((c) => env.tier === 'kerne' || c.count > 0);
}

/** Tags used in this tier with their counts, sorted by name. */
export function tagCounts(templates: readonly TemplateView[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of templates) for (const tag of t.entry.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => compareDanish(a.tag, b.tag));
}

/** Per list of templates: who carries each tag and category, built once instead of once per page. */
interface RelatedIndex {
  byTag: Map<string, number[]>;
  byCategory: Map<string, number[]>;
  position: Map<TemplateView, number>;
}
const relatedIndexes = new WeakMap<readonly TemplateView[], RelatedIndex>();

function relatedIndex(all: readonly TemplateView[]): RelatedIndex {
  const cached = relatedIndexes.get(all);
  if (cached) return cached;
  const index: RelatedIndex = { byTag: new Map(), byCategory: new Map(), position: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  all.forEach((t, i) => {
    index.position.set(t, i);
    for (const tag of new Set(t.entry.data.tags)) add(index.byTag, tag, i);
    add(index.byCategory, t.entry.data.category, i);
  });
  relatedIndexes.set(all, index);
  return index;
}

/**
 * Up to `limit` templates sharing the category or tags, best match first (shared tags weigh most), ties in
 * the order of `all` (getTemplates sorts by Danish title). Scores come from a tag and category index, so a
 * page looks only at templates it shares something with: comparing every template with every other one on
 * each of a thousand pages was a visible share of the build.
 */
export function relatedTemplates(template: TemplateView, all: readonly TemplateView[], limit = 5): TemplateView[] {
  const index = relatedIndex(all);
  const scores = new Map<number, number>();
  const bump = (i: number, by: number) => scores.set(i, (scores.get(i) ?? 0) + by);
  for (const tag of new Set(template.entry.data.tags)) for (const i of index.byTag.get(tag) ?? []) bump(i, 2);
  for (const i of index.byCategory.get(template.entry.data.category) ?? []) bump(i, 1);
  const self = index.position.get(template);
  return [...scores]
    .filter(([i]) => i !== self && all[i]?.slug !== template.slug)
    .sort(([ia, sa], [ib, sb]) => sb - sa || ia - ib)
    .slice(0, limit)
    .flatMap(([i]) => {
      const t = all[i];
      return t ? [t] : [];
    });
}
