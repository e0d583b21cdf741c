/**
 * Where entries live in `templates-library/` and what they are: the nine template categories with their ASCII
 * folders and labels, the news, meeting and experience folders, and each kind's URL (docs/interfaces.md §3–4).
 */

/** The fixed Danish category list, in display order. */
export const CATEGORIES = [
  'risikostyring',
  'beredskab',
  'politikker',
  'hændelseshåndtering',
  'leverandørstyring',
  'databeskyttelse',
  'awareness',
  'drift',
  'ledelse',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Category value → ASCII folder name under templates-library/ (and URL segment under /kategori/). */
export const CATEGORY_FOLDERS: Readonly<Record<Category, string>> = {
  risikostyring: 'risikostyring',
  beredskab: 'beredskab',
  politikker: 'politikker',
  hændelseshåndtering: 'haendelseshaandtering',
  leverandørstyring: 'leverandoerstyring',
  databeskyttelse: 'databeskyttelse',
  awareness: 'awareness',
  drift: 'drift',
  ledelse: 'ledelse',
};

/** ASCII folder → category value. */
export const CATEGORY_BY_FOLDER: ReadonlyMap<string, Category> = new Map(
  CATEGORIES.map((category) => [CATEGORY_FOLDERS[category], category]),
);

/** Display labels: the category with a capital first letter ("Hændelseshåndtering"). */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = Object.fromEntries(
  CATEGORIES.map((category) => [category, category.charAt(0).toUpperCase() + category.slice(1)]),
) as Record<Category, string>;

/** Folders that hold news, meeting records and experiences instead of templates. */
export const NEWS_FOLDER = 'nyheder';
export const MEETINGS_FOLDER = 'moeder';
export const EXPERIENCES_FOLDER = 'erfaringer';

/** The four kinds of entry in the library. */
export type EntryKind = 'template' | 'news' | 'meeting' | 'experience';

/** Every folder an MDX file may sit in, in display order. */
export const LIBRARY_FOLDERS: readonly string[] = [
  ...CATEGORIES.map((c) => CATEGORY_FOLDERS[c]),
  NEWS_FOLDER,
  MEETINGS_FOLDER,
  EXPERIENCES_FOLDER,
];

/** The kind of entry a folder holds; undefined for a folder that is not part of the library. */
export function kindOfFolder(folder: string): EntryKind | undefined {
  if (folder === NEWS_FOLDER) return 'news';
  if (folder === MEETINGS_FOLDER) return 'meeting';
  if (folder === EXPERIENCES_FOLDER) return 'experience';
  return CATEGORY_BY_FOLDER.has(folder) ? 'template' : undefined;
}

/** The site URL of an entry (docs/interfaces.md §4). */
export function entryUrl(kind: EntryKind, slug: string): string {
  if (kind === 'news') return `/nyheder/${slug}/`;
  if (kind === 'meeting') return `/moeder/${slug}/`;
  if (kind === 'experience') return `/erfaringer/${slug}/`;
  return `/skabeloner/${slug}/`;
}

/** The site URL of a vendor's page, which gathers every experience with that vendor (`vendorSlug`). */
export function vendorUrl(slug: string): string {
  return `/leverandoerer/${slug}/`;
}

/** A slug (file name without `.mdx`): lower-case a–z, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
