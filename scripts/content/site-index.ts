import path from 'node:path';
import { displayPath } from './library.ts';
import type { Library, LibraryEntry } from './library-types.ts';
import type { Link } from './markdown-scan.ts';
import { blankCode, headings, links } from './markdown-scan.ts';

/** What a page offers to links: its heading ids, links, attachments (display paths) and audience. */
export interface PageInfo {
  entry: LibraryEntry;
  audience: string | undefined;
  headingIds: ReadonlySet<string>;
  links: Link[];
  /** Declared attachment file name → display path on disk. */
  attachments: ReadonlyMap<string, string>;
}

/** The library seen as the site: pages by URL, tags with their audiences. */
export interface SiteIndex {
  pages: ReadonlyMap<string, PageInfo>;
  byEntry: ReadonlyMap<LibraryEntry, PageInfo>;
  /** Tag → audiences of the templates that carry it. */
  tags: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Build the URL index of the library once, for the link check (docs/interfaces.md §4 URL scheme). */
export function buildSiteIndex(library: Library): SiteIndex {
  const pages = new Map<string, PageInfo>();
  const byEntry = new Map<LibraryEntry, PageInfo>();
  const tags = new Map<string, Set<string>>();
  for (const entry of library.entries) {
    const data = entry.data ?? {};
    const blanked = blankCode(entry.body);
    const audience = typeof data.audience === 'string' ? data.audience : undefined;
    const attachments = new Map<string, string>();
    if (Array.isArray(data.attachments)) {
      for (const name of data.attachments) {
        if (typeof name === 'string')
          attachments.set(name, displayPath(library.root, path.join(path.dirname(entry.path), name)));
      }
    }
    const info: PageInfo = {
      entry,
      audience,
      headingIds: new Set(headings(entry.body, blanked).map((h) => h.id)),
      links: links(blanked),
      attachments,
    };
    if (!pages.has(entry.url)) pages.set(entry.url, info);
    byEntry.set(entry, info);
    if (entry.kind === 'template' && Array.isArray(data.tags)) {
      for (const tag of data.tags) {
        if (typeof tag !== 'string') continue;
        const set = tags.get(tag) ?? new Set<string>();
        set.add(audience ?? 'alle');
        tags.set(tag, set);
      }
    }
  }
  return { pages, byEntry, tags };
}
