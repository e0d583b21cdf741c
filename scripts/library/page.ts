/**
 * One MDX file of the library before validation: where it sits (folder, kind, slug, URL), its frontmatter split
 * from the body with positions kept, and the result of its frontmatter schema. The load rules read these.
 */
import type * as z from 'zod';
import { type EntryKind, entryUrl, kindOfFolder, SLUG } from '#model/categories.ts';
import { experienceSchema } from '#model/library/experience.ts';
import { meetingSchema } from '#model/library/meeting.ts';
import { newsSchema } from '#model/library/news.ts';
import { templateSchema } from '#model/library/template.ts';
import { type SplitSource, splitFrontmatter } from './frontmatter.ts';
import type { Position } from './text-position.ts';
import type { LibraryEntry, ScanText } from './types.ts';

/** The schemas of the four kinds, the template's and the experience's with the registry's owner codes. */
export type Schemas = Record<EntryKind, z.ZodType>;

export function librarySchemas(ownerCodes: ReadonlySet<string>): Schemas {
  return {
    template: templateSchema({ ownerCodes }),
    news: newsSchema,
    meeting: meetingSchema,
    experience: experienceSchema({ ownerCodes }),
  };
}

export interface Page {
  /** Display path. */
  file: string;
  /** Path relative to the library directory. */
  path: string;
  /** Folder directly under the library (empty for a file at the top or deeper than one folder). */
  folder: string;
  /** The kind its folder holds; undefined when the file is not at `<known folder>/<slug>.mdx`. */
  kind: EntryKind | undefined;
  slug: string;
  validSlug: boolean;
  url: string;
  source: ScanText;
  /** Frontmatter and body; undefined for a page outside the known folders (it is not read further). */
  split: SplitSource | undefined;
  /** Schema issues; empty when the frontmatter is valid or could not be read. */
  issues: z.core.$ZodIssue[];
  /** Parsed, defaulted data when the frontmatter satisfies its schema. */
  data: unknown;
}

/** Locate, split and validate one MDX file. */
export function loadPage(path: string, source: ScanText, schemas: Schemas): Page {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const slug = name.slice(0, -'.mdx'.length);
  const folder = parts.length === 2 ? (parts[0] ?? '') : '';
  const kind = parts.length === 2 ? kindOfFolder(folder) : undefined;
  const page: Page = {
    file: source.file,
    path,
    folder,
    kind,
    slug,
    validSlug: SLUG.test(slug),
    url: kind ? entryUrl(kind, slug) : '',
    source,
    split: undefined,
    issues: [],
    data: undefined,
  };
  if (!kind) return page;
  page.split = splitFrontmatter(source.text);
  if (!page.split.data) return page;
  const result = schemas[kind].safeParse(page.split.data);
  if (result.success) page.data = result.data;
  else page.issues = result.error.issues;
  return page;
}

/** The typed entry of a page that passed every per-file check; undefined otherwise. */
export function entryOf(page: Page): LibraryEntry | undefined {
  const split = page.split;
  if (!page.kind || !page.validSlug || !split || page.data === undefined) return undefined;
  const position = (offset: number): Position => page.source.position(offset);
  return {
    kind: page.kind,
    data: page.data,
    file: page.file,
    path: page.path,
    folder: page.folder,
    slug: page.slug,
    url: page.url,
    source: page.source.text,
    body: split.body,
    bodyOffset: split.bodyOffset,
    bodyLine: position(split.bodyOffset).line,
    offsetOf: split.offsetOf,
    position,
  } as LibraryEntry;
}

/**
 * The items of a list field whose schema check passed, with their index: cross-checks (attachments present,
 * `supersedes` free) look only at these, so that one mistake is not reported twice.
 */
export function validItems(page: Page, key: string): { value: string; index: number }[] {
  const raw = page.split?.data?.[key];
  if (!Array.isArray(raw)) return [];
  const bad = new Set<PropertyKey>();
  for (const issue of page.issues) {
    if (issue.path[0] !== key) continue;
    if (issue.path.length === 1) return [];
    bad.add(issue.path[1] as PropertyKey);
  }
  return raw.flatMap((value, index) => (typeof value === 'string' && !bad.has(index) ? [{ value, index }] : []));
}
