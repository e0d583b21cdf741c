import path from 'node:path';
import { CATEGORY_BY_FOLDER } from '#model/categories.ts';
import type { Finding, LibraryEntry } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import type { PageInfo, SiteIndex } from './site-index.ts';
import { buildSiteIndex } from './site-index.ts';

const FIXED_PAGES = new Set([
  '/',
  '/skabeloner/',
  '/nyheder/',
  '/moeder/',
  '/erfaringer/',
  '/leverandoerer/',
  '/soeg/',
  '/adgang/',
  '/nyheder/feed.xml',
  '/404.html',
  '/sitemap.xml',
]);
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const CATEGORY_FOLDERS_LIST = [...CATEGORY_BY_FOLDER.keys()].join(', ');

/**
 * Ensure every internal link, anchor and image resolves, and that a page for everyone (`alle`) never links to a
 * core-only (`kerne`) page, which the broad group's site does not contain. (Declared attachments that are missing
 * are the loader's rule `attachment-missing`.)
 */
export function checkLinks(ctx: CheckContext): Finding[] {
  const index = buildSiteIndex(ctx.library);
  const findings: Finding[] = [];
  for (const [entry, page] of index.byEntry) {
    for (const link of page.links) {
      if (EXTERNAL.test(link.href) || link.href.includes('{')) continue;
      const message =
        link.image && !link.href.startsWith('/') ? checkImage(ctx, entry, link.href) : checkUrl(index, page, link.href);
      if (message) {
        findings.push({
          file: entry.file,
          ...entry.position(entry.bodyOffset + link.offset),
          severity: 'error',
          message,
        });
      }
    }
  }
  return findings;
}

/** Relative images are files beside the MDX; Astro resolves them on disk. */
function checkImage(ctx: CheckContext, entry: LibraryEntry, href: string): string | undefined {
  const file = path.posix.join(path.posix.dirname(entry.path), decodeURIComponent(href.split(/[?#]/)[0] ?? ''));
  return ctx.library.files.has(file)
    ? undefined
    : `Billedet "${href}" findes ikke (${ctx.library.display(file)}). Læg filen i mappen, eller ret stien.`;
}

/** Resolve a link as the browser would, against the page's URL, and check the target against the URL scheme. */
function checkUrl(index: SiteIndex, from: PageInfo, href: string): string | undefined {
  const url = new URL(href, `http://sikkerhedsnet.invalid${from.entry.url}`);
  const pathname = decodeURIComponent(url.pathname);
  const anchor = decodeURIComponent(url.hash.slice(1));
  const target = index.pages.get(pathname);
  if (target) {
    if (from.audience === 'alle' && target.audience === 'kerne') {
      return `Siden er for alle, men linket "${href}" peger på ${target.entry.slug}, som kun er for kernenetværket; linket ville være dødt for den brede gruppe. Fjern linket, eller gør siden til audience: kerne.`;
    }
    if (anchor && !target.headingIds.has(anchor)) {
      const known = [...target.headingIds].slice(0, 8).join(', ') || 'ingen overskrifter';
      return `Ankeret "#${anchor}" findes ikke på ${target.entry.slug}. Brug en af overskrifternes id'er: ${known}.`;
    }
    return undefined;
  }
  if (FIXED_PAGES.has(pathname) || index.invalid.has(pathname)) return undefined;
  const parts = pathname.split('/').filter(Boolean);
  if (!pathname.endsWith('/') && (index.pages.has(`${pathname}/`) || index.invalid.has(`${pathname}/`))) {
    return `Linket "${href}" mangler den afsluttende skråstreg. Skriv "${pathname}/".`;
  }
  if (parts[0] === 'skabeloner' && parts.length === 3)
    return checkFile(index, from, href, parts[1] ?? '', parts[2] ?? '');
  if (parts[0] === 'kategori' && parts.length === 2 && pathname.endsWith('/')) {
    return CATEGORY_BY_FOLDER.has(parts[1] ?? '')
      ? undefined
      : `Kategorien "${parts[1]}" findes ikke. Brug en af: ${CATEGORY_FOLDERS_LIST}.`;
  }
  if (parts[0] === 'leverandoerer' && (parts.length === 2 ? pathname.endsWith('/') : parts[2] === 'erfaringer.csv')) {
    return checkVendor(index, from, href, parts[1] ?? '');
  }
  if (parts[0] === 'emne' && parts.length === 2 && pathname.endsWith('/')) {
    const audiences = index.tags.get(parts[1] ?? '');
    if (!audiences) return `Emnet "${parts[1]}" bruges ikke af nogen skabelon. Ret linket til et eksisterende emne.`;
    if (from.audience === 'alle' && !audiences.has('alle')) {
      return `Siden er for alle, men emnet "${parts[1]}" har kun skabeloner for kernenetværket; linket ville være dødt for den brede gruppe.`;
    }
    return undefined;
  }
  const hint = pathname.endsWith('.mdx')
    ? ' Link til sider med deres adresse, fx /skabeloner/<slug>/, ikke til .mdx-filen.'
    : '';
  return `Linket "${href}" peger ikke på en side i biblioteket (${pathname}).${hint || ' Ret adressen, fx /skabeloner/<slug>/#<overskrift>.'}`;
}

/** `/skabeloner/<slug>/<file>`: the template's Word export or one of its declared attachments. */
function checkFile(index: SiteIndex, from: PageInfo, href: string, slug: string, name: string): string | undefined {
  const target = index.pages.get(`/skabeloner/${slug}/`);
  if (!target && index.invalid.has(`/skabeloner/${slug}/`)) return undefined;
  if (!target) return `Linket "${href}" peger på skabelonen "${slug}", som ikke findes.`;
  if (from.audience === 'alle' && target.audience === 'kerne') {
    return `Siden er for alle, men linket "${href}" peger på en fil fra ${slug}, som kun er for kernenetværket. Fjern linket.`;
  }
  if (name === `${slug}.docx` || target.attachments.has(name)) return undefined;
  const hint = name.endsWith('.mdx')
    ? ' Link til sider med deres adresse, fx /skabeloner/<slug>/, ikke til .mdx-filen.'
    : ` Tilføj filen til attachments i ${slug}.mdx, eller ret navnet.`;
  return `Linket "${href}" peger på "${name}", som ikke er et bilag til ${slug}.${hint}`;
}

/** `/leverandoerer/<slug>/` (and its `erfaringer.csv`): a vendor that an experience of the page's audience names. */
function checkVendor(index: SiteIndex, from: PageInfo, href: string, slug: string): string | undefined {
  const audiences = index.vendors.get(slug);
  if (!audiences) {
    const known = [...index.vendors.keys()].sort().slice(0, 8).join(', ') || 'ingen endnu';
    return `Linket "${href}" peger på leverandøren "${slug}", som ingen erfaring nævner. Brug en leverandørs adresse: ${known}.`;
  }
  if (from.audience === 'alle' && !audiences.has('alle')) {
    return `Siden er for alle, men leverandøren "${slug}" har kun erfaringer for kernenetværket; linket ville være dødt for den brede gruppe. Fjern linket, eller gør siden til audience: kerne.`;
  }
  return undefined;
}
