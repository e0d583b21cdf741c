import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { CATEGORY_FOLDERS } from './categories.ts';
import type { CheckContext } from './check-context.ts';
import { displayPath } from './library.ts';
import type { LibraryEntry } from './library-types.ts';
import type { PageInfo, SiteIndex } from './site-index.ts';
import { buildSiteIndex } from './site-index.ts';

const FIXED_PAGES = new Set([
  '/',
  '/skabeloner/',
  '/nyheder/',
  '/moeder/',
  '/soeg/',
  '/adgang/',
  '/nyheder/feed.xml',
  '/404.html',
  '/sitemap.xml',
]);
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Ensure every internal link, anchor, image and attachment resolves, and that a page for everyone (`alle`)
 * never links to a core-only (`kerne`) page, which the broad group's site does not contain.
 */
export function checkLinks(ctx: CheckContext): Problem[] {
  const index = buildSiteIndex(ctx.library);
  const problems: Problem[] = [];
  for (const [entry, page] of index.byEntry) {
    const at = (offset: number, message: string): Problem => ({
      file: entry.file,
      ...entry.position(offset),
      rule: 'links',
      severity: 'error',
      message,
    });
    for (const [name, file] of page.attachments) {
      if (!ctx.library.files.has(file)) {
        problems.push(
          at(
            entry.offsetOf(['attachments', [...page.attachments.keys()].indexOf(name)], true),
            `Bilaget "${name}" findes ikke ved siden af ${entry.slug}.mdx. Læg filen i mappen, eller fjern den fra attachments.`,
          ),
        );
      }
    }
    for (const link of page.links) {
      if (EXTERNAL.test(link.href) || link.href.includes('{')) continue;
      const message =
        link.image && !link.href.startsWith('/') ? checkImage(ctx, entry, link.href) : checkUrl(index, page, link.href);
      if (message) problems.push(at(entry.bodyOffset + link.offset, message));
    }
  }
  return problems;
}

/** Relative images are files beside the MDX; Astro resolves them on disk. */
function checkImage(ctx: CheckContext, entry: LibraryEntry, href: string): string | undefined {
  const file = displayPath(
    ctx.library.root,
    path.join(path.dirname(entry.path), decodeURIComponent(href.split(/[?#]/)[0] ?? '')),
  );
  return ctx.library.files.has(file)
    ? undefined
    : `Billedet "${href}" findes ikke (${file}). Læg filen i mappen, eller ret stien.`;
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
  if (FIXED_PAGES.has(pathname)) return undefined;
  const parts = pathname.split('/').filter(Boolean);
  if (!pathname.endsWith('/') && index.pages.has(`${pathname}/`)) {
    return `Linket "${href}" mangler den afsluttende skråstreg. Skriv "${pathname}/".`;
  }
  if (parts[0] === 'skabeloner' && parts.length === 3)
    return checkFile(index, from, href, parts[1] ?? '', parts[2] ?? '');
  if (parts[0] === 'kategori' && parts.length === 2 && pathname.endsWith('/')) {
    return (parts[1] ?? '') in CATEGORY_FOLDERS
      ? undefined
      : `Kategorien "${parts[1]}" findes ikke. Brug en af: ${Object.keys(CATEGORY_FOLDERS).join(', ')}.`;
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
