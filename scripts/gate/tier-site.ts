/**
 * One tier's servable files, from its build manifest (docs/interfaces.md §4). The manifest is the allow list:
 * a URL is answered only if it maps to a listed file, so nothing outside `dist/<tier>/` (and nothing unlisted
 * inside it) can ever be opened.
 */
import { readFile, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Tier } from './access-list.ts';
import { type CacheKind, cacheKindFor, contentDispositionFor, contentTypeFor } from './content-types.ts';

export interface FileEntry {
  /** Absolute path on disk, inside the tier directory. */
  absolute: string;
  contentType: string;
  /** How the member's browser may keep it (caching.ts turns this into headers). */
  cache: CacheKind;
  disposition?: string | undefined;
  /** The id of the release the file belongs to (`version.json` beside the manifests), if it has one. */
  release?: string | undefined;
}

export type Lookup = { kind: 'file'; entry: FileEntry } | { kind: 'redirect'; location: string } | { kind: 'missing' };

export interface TierSite {
  tier: Tier;
  /** The tier's folder on disk, links resolved: which release the site is. */
  root: string;
  /** Number of listed files. */
  size: number;
  /** Map a decoded, validated URL path to a file, a trailing-slash redirect, or nothing. */
  lookup(path: string): Lookup;
  /** The tier's 404 page, if the build has one. */
  notFound: FileEntry | undefined;
}

const SAFE_ENTRY = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\\0]+$/;

/**
 * Read `dist/<tier>.manifest.json` and index its files by URL path; throws on a missing or malformed manifest.
 * `distDir` may lead through a link (a host's `current` → `releases/<id>`): it is resolved once, and the manifest
 * and every file path come from that one release, so a request answered from this manifest is answered from its
 * release even after the link has moved on.
 */
export async function loadTierSite(distDir: string, tier: Tier): Promise<TierSite> {
  const real = await realpath(distDir);
  const manifestFile = join(real, `${tier}.manifest.json`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { tier?: unknown; files?: unknown };
  if (manifest.tier !== tier || !Array.isArray(manifest.files)) {
    throw new Error(`${manifestFile}: manifest for "${tier}" has no "files" list / manifestet mangler "files"`);
  }
  const release = await readReleaseId(real);
  const root = resolve(real, tier);
  const files = new Map<string, FileEntry>();
  const directories = new Set<string>();
  for (const file of manifest.files) {
    // A corrupt or hostile manifest must not widen what is served: skip anything that is not a plain relative path.
    if (typeof file !== 'string' || !SAFE_ENTRY.test(file)) continue;
    const absolute = resolve(root, file);
    if (!absolute.startsWith(root + sep)) continue;
    const urlPath = `/${file}`;
    const entry: FileEntry = {
      absolute,
      contentType: contentTypeFor(file),
      cache: cacheKindFor(urlPath),
      disposition: contentDispositionFor(file),
      release,
    };
    files.set(urlPath, entry);
    if (file === 'index.html' || file.endsWith('/index.html')) {
      const dir = urlPath.slice(0, -'index.html'.length);
      files.set(dir, entry);
      if (dir !== '/') directories.add(dir.slice(0, -1));
    }
  }
  return {
    tier,
    root,
    size: manifest.files.length,
    notFound: files.get('/404.html'),
    lookup(path) {
      const entry = files.get(path);
      if (entry) return { kind: 'file', entry };
      if (directories.has(path)) return { kind: 'redirect', location: encodeURI(`${path}/`) };
      return { kind: 'missing' };
    },
  };
}

/** The release id in `<dist>/version.json` (written by `npm run release`), or undefined for a plain build. */
async function readReleaseId(dist: string): Promise<string | undefined> {
  try {
    const id = (JSON.parse(await readFile(join(dist, 'version.json'), 'utf8')) as { id?: unknown }).id;
    return typeof id === 'string' && /^[\w.-]{1,64}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site `next`, answering a hashed asset (`/_astro/…`) it lacks from `previous`. A page loaded just before a
 * release was switched asks for the styles and scripts of its own release; their names carry a content hash, so
 * the previous release's file is exactly the one the page wants, and the page is never left without them.
 */
export function withAssetFallback(next: TierSite, previous: TierSite | undefined): TierSite {
  if (!previous) return next;
  return {
    ...next,
    lookup(path) {
      const found = next.lookup(path);
      if (found.kind !== 'missing' || !path.startsWith('/_astro/')) return found;
      return previous.lookup(path);
    },
  };
}
