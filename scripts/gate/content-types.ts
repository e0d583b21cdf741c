/**
 * Content type, kind of caching and disposition per served file. Every gated response is `private`; only files
 * whose names change whenever their content does (Astro's hashed assets, Pagefind's hashed index files) may be
 * kept without asking, the rest of Pagefind's bundle is kept but revalidated, and pages are never stored.
 */
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  // Pagefind's own binary formats (gzip-compressed index, fragments, filters, metadata, wasm bundle).
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Files the browser should save rather than display. */
const DOWNLOADS = new Set(['.docx', '.xlsx', '.pptx', '.odt', '.ods', '.csv']);

/** MIME type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * How the member's browser may keep a file (the headers are chosen in caching.ts):
 * - `asset`: a content-hashed Astro asset, immutable;
 * - `search-hashed`: a Pagefind file named by a hash of its content, immutable;
 * - `revalidate`: the rest of Pagefind's bundle (its scripts, WebAssembly and `pagefind-entry.json`, which names
 *   the current index) and the favicon, which every page asks for: kept, but revalidated with an ETag on every use;
 * - `no-store`: pages and everything else, which are per person behind the login.
 */
export type CacheKind = 'asset' | 'search-hashed' | 'revalidate' | 'no-store';

/**
 * Names Pagefind 1.6 derives from a SHA-1 of the file's content: `<lang>_<hex>` with at least 7 hex digits (meta
 * files: the language's length + 8), lengthened by Pagefind on a collision within one build. Pagefind writes
 * these "immutable" files only when absent; `wasm.<lang>.pagefind`, the scripts and `pagefind-entry.json` keep
 * their names from build to build.
 */
const PAGEFIND_HASHED =
  /^\/pagefind\/(?:fragment\/[\w-]+_[0-9a-f]{7,}\.pf_fragment|index\/[\w-]+_[0-9a-f]{7,}\.pf_index|filter\/[\w-]+_[0-9a-f]{7,}\.pf_filter|pagefind\.[\w-]+_[0-9a-f]{7,}\.pf_meta)$/;

/** The {@link CacheKind} of a URL path from a tier manifest. */
export function cacheKindFor(urlPath: string): CacheKind {
  if (urlPath.startsWith('/_astro/') && !urlPath.endsWith('.html')) return 'asset';
  if (urlPath.startsWith('/pagefind/')) return PAGEFIND_HASHED.test(urlPath) ? 'search-hashed' : 'revalidate';
  if (urlPath === '/favicon.svg') return 'revalidate';
  return 'no-store';
}

/** `Content-Disposition` for office documents and data files, so they download under their own name. */
export function contentDispositionFor(file: string): string | undefined {
  if (!DOWNLOADS.has(extname(file).toLowerCase())) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
