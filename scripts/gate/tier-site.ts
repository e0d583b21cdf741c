/**
 * One tier's servable files, from its build manifest (docs/interfaces.md §4). The manifest is the allow list:
 * a URL is answered only if it maps to a listed file, so nothing outside `dist/<tier>/` (and nothing unlisted
 * inside it) can ever be opened.
 */
import { readFile } from 'node:fs/promises';
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
}

export type Lookup = { kind: 'file'; entry: FileEntry } | { kind: 'redirect'; location: string } | { kind: 'missing' };

export interface TierSite {
  tier: Tier;
  /** Number of listed files. */
  size: number;
  /** Map a decoded, validated URL path to a file, a trailing-slash redirect, or nothing. */
  lookup(path: string): Lookup;
  /** The tier's 404 page, if the build has one. */
  notFound: FileEntry | undefined;
}

const SAFE_ENTRY = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\\0]+$/;

/** Read `dist/<tier>.manifest.json` and index its files by URL path; throws on a missing or malformed manifest. */
export async function loadTierSite(distDir: string, tier: Tier): Promise<TierSite> {
  const manifestFile = join(distDir, `${tier}.manifest.json`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { tier?: unknown; files?: unknown };
  if (manifest.tier !== tier || !Array.isArray(manifest.files)) {
    throw new Error(`${manifestFile}: manifest for "${tier}" has no "files" list / manifestet mangler "files"`);
  }
  const root = resolve(distDir, tier);
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
