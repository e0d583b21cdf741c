import { getCollection } from 'astro:content';
import { relative, resolve, sep } from 'node:path';
import { CATEGORIES, CATEGORY_FOLDERS, CATEGORY_LABELS, type Category } from '#model/categories.ts';
import { isoDay, isReviewOverdue } from '#model/dates.ts';
import { gitDatesFor } from '#model/git-dates.ts';
import type { MeetingData } from '#model/library/meeting.ts';
import type { NewsData } from '#model/library/news.ts';
import type { TemplateData } from '#model/library/template.ts';
import { readMunicipalities } from '#model/municipalities.ts';
import { TIER_NAMES, type Tier, visibleInTier } from '#model/tiers.ts';
import { compareDanish } from './collate.ts';
import { readSiteEnv } from './env.ts';
import { type ContentKind, collectionName } from './tier.ts';

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

/**
 * The entries of a kind that pages of `tier` may show: the one way pages read the library. It reads the tier's own
 * collection (src/content.config.ts, where the broad collections never store a core-only entry) and checks every
 * entry again, so a broad page can only be made from broad-visible entries: an entry the tier may not see stops the
 * build, named (scripts/build/broad-sources.test.ts proves it with a core entry put in a broad page's way).
 */
export async function tierEntries<T extends { audience?: unknown }>(
  kind: ContentKind,
  tier: Tier,
): Promise<Entry<T>[]> {
  const source = env.unsafeBroadReadsCore && tier === 'bred' ? 'kerne' : tier;
  const entries = (await getCollection(collectionName(kind, source) as never)) as Entry<T>[];
  if (env.unsafeNoTierFilter) return entries;
  const hidden = entries.filter((entry) => !visibleInTier(entry.data.audience, tier)).map((e) => e.filePath ?? e.id);
  if (hidden.length > 0) {
    throw new Error(
      `Kun for ${TIER_NAMES.kerne}, men en side for ${TIER_NAMES[tier]} fik dem: ${hidden.join(', ')}. Byggeriet stopper, så de ikke kommer med.`,
    );
  }
  return entries;
}

const templateCache = new Map<Tier, TemplateView[]>();

/** Templates of a tier, sorted by title (Danish collation). */
export async function getTemplates(tier: Tier): Promise<TemplateView[]> {
  const cached = templateCache.get(tier);
  if (cached) return cached;
  const entries = await tierEntries<TemplateData>('templates', tier);
  const views = entries
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
  templateCache.set(tier, views);
  return views;
}

/** News of a tier, newest first. */
export async function getNews(tier: Tier): Promise<NewsEntry[]> {
  return (await tierEntries<NewsData>('nyheder', tier)).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** Meetings of a tier, newest first. */
export async function getMeetings(tier: Tier): Promise<MeetingEntry[]> {
  return (await tierEntries<MeetingData>('moeder', tier)).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** Every category with its folder, label and the number of templates in the list. */
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
export function categoryPages(templates: readonly TemplateView[], tier: Tier) {
  return categoryCounts(templates).filter((c) => tier === 'kerne' || c.count > 0);
}

/** Tags used in the list with their counts, sorted by name. */
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
