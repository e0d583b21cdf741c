import { vendorSlug } from '#model/library/experience.ts';
import type { Library, LibraryEntry } from '../library/types.ts';
import type { Link } from './markdown-scan.ts';
import { blankCode, headings, links } from './markdown-scan.ts';

/** What a page offers to links: its heading ids, links, declared attachments and audience. */
export interface PageInfo {
  entry: LibraryEntry;
  audience: LibraryEntry['data']['audience'];
  headingIds: ReadonlySet<string>;
  links: Link[];
  /** Declared attachment file names (a template's `attachments`; the loader checks that they exist). */
  attachments: ReadonlySet<string>;
}

/** The library seen as the site: pages by URL, tags with their audiences. */
export interface SiteIndex {
  pages: ReadonlyMap<string, PageInfo>;
  byEntry: ReadonlyMap<LibraryEntry, PageInfo>;
  /** Tag → audiences of the templates that carry it. */
  tags: ReadonlyMap<string, ReadonlySet<string>>;
  /** Vendor slug (`/leverandoerer/<slug>/`) → audiences of the experiences that name it. */
  vendors: ReadonlyMap<string, ReadonlySet<string>>;
  /** URLs of pages that failed validation: their problems are reported already, links to them are not dead. */
  invalid: ReadonlySet<string>;
}

/** Build the URL index of the library's valid entries once, for the link check (docs/interfaces.md §4). */
export function buildSiteIndex(library: Library): SiteIndex {
  const pages = new Map<string, PageInfo>();
  const byEntry = new Map<LibraryEntry, PageInfo>();
  const tags = new Map<string, Set<string>>();
  const vendors = new Map<string, Set<string>>();
  for (const entry of library.entries) {
    const blanked = blankCode(entry.body);
    const audience = entry.data.audience;
    const info: PageInfo = {
      entry,
      audience,
      headingIds: new Set(headings(entry.body, blanked).map((h) => h.id)),
      links: links(blanked),
      attachments: new Set(entry.kind === 'template' ? entry.data.attachments : []),
    };
    if (!pages.has(entry.url)) pages.set(entry.url, info);
    byEntry.set(entry, info);
    if (entry.kind === 'experience') {
      const slug = vendorSlug(entry.data.vendor);
      vendors.set(slug, (vendors.get(slug) ?? new Set<string>()).add(audience));
    }
    if (entry.kind !== 'template') continue;
    for (const tag of entry.data.tags) {
      const set = tags.get(tag) ?? new Set<string>();
      set.add(audience);
      tags.set(tag, set);
    }
  }
  return { pages, byEntry, tags, vendors, invalid: library.invalidUrls };
}
