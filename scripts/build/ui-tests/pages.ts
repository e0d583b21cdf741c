/**
 * The built pages of a tier as URL paths, read from the output directory: what the reflow test walks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Tier } from '#model/tiers.ts';

/**
 * Every HTML page of `tier` under `outDir`, as the path a browser asks for (`/skabeloner/x/`, `/404.html`).
 * Redirect pages of renamed templates are left out: they leave at once for the page they name, which is listed.
 */
export async function builtPages(outDir: string, tier: Tier): Promise<string[]> {
  const root = join(outDir, tier);
  const files: string[] = [];
  for (const f of await readdir(root, { recursive: true })) {
    if (!f.endsWith('.html')) continue;
    if (!(await readFile(join(root, f), 'utf8')).includes('http-equiv="refresh"')) files.push(f);
  }
  return files
    .map((f) => `/${relative(root, join(root, f)).split(sep).join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * Pages of every kind, in both tiers; the category, news item and question differ, since the broad tier lacks the
 * core ones.
 */
const pageTypes = (category: string, newsItem: string, question: string): readonly string[] => [
  '/',
  '/skabeloner/',
  '/skabeloner/informationssikkerhedspolitik/',
  '/skabeloner/risikovurdering/',
  `/kategori/${category}/`,
  '/emne/iso27001/',
  '/nyheder/',
  `/nyheder/${newsItem}/`,
  '/moeder/',
  '/moeder/netvaerksmoede-efteraar-2026/',
  '/adgang/',
  '/404.html',
  '/soeg/?q=risiko',
  '/erfaringer/',
  '/erfaringer/koebenhavn-kopimaskinen/',
  '/leverandoerer/',
  '/leverandoerer/backupfabrikken/',
  '/medlemmer/',
  '/kommuner/',
  '/kommuner/101/',
  '/spoergsmaal/',
  `/spoergsmaal/${question}/`,
];

/** One page of each kind, per tier: the pages the accessibility run covers in both schemes and widths. */
export const PAGE_TYPES: Readonly<Record<Tier, readonly string[]>> = {
  kerne: pageTypes('beredskab', 'kerne-trusselsvurdering', 'kerne-7'),
  bred: pageTypes('politikker', 'nyhedsbrev-november-2026', '3'),
};
