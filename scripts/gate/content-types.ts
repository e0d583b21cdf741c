/**
 * Content type, caching and disposition per served file. Every gated response is `private`; only content-hashed
 * Astro assets may be cached long, because their names change whenever their content does.
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

/** `Cache-Control` for a URL path: immutable for hashed `/_astro/` assets, otherwise never stored. */
export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_astro/') && !urlPath.endsWith('.html')) return 'private, max-age=31536000, immutable';
  return 'private, no-store';
}

/** `Content-Disposition` for office documents and data files, so they download under their own name. */
export function contentDispositionFor(file: string): string | undefined {
  if (!DOWNLOADS.has(extname(file).toLowerCase())) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
