/**
 * Read what Pagefind extracted from each page out of its in-memory bundle (`index.getFiles()`): every fragment is
 * gzip-compressed JSON behind the `pagefind_dcd` signature, holding the page's URL, body text and metadata.
 */
import { gunzipSync } from 'node:zlib';
import type { IndexedPage } from './enrich.ts';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: unknown;
  content?: unknown;
  meta?: unknown;
}

export function readFragments(files: readonly { path: string; content: Uint8Array }[]): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    let text = gunzipSync(file.content).toString('utf8');
    if (text.startsWith(SIGNATURE)) text = text.slice(SIGNATURE.length);
    const fragment = JSON.parse(text) as Fragment;
    if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string') {
      throw new Error(`Pagefind-fragmentet ${file.path} mangler url eller indhold`);
    }
    const meta: Record<string, string> = {};
    if (fragment.meta && typeof fragment.meta === 'object') {
      for (const [key, value] of Object.entries(fragment.meta)) if (typeof value === 'string') meta[key] = value;
    }
    pages.push({ url: fragment.url, content: fragment.content, meta });
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
