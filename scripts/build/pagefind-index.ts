import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Index one tier's built site into `<dir>/pagefind/` with Pagefind's Node API: its own bundle, built only
 * from that tier's HTML, Danish stemming forced. Pages opt in with data-pagefind-body (content pages only).
 * Returns the number of indexed pages; throws on Pagefind errors.
 */
export async function indexTier(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere ${dir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive indekset: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/** Stop Pagefind's backend process (call once, after the last index). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
