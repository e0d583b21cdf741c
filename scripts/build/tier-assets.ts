import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TemplateEntry } from '../library/types.ts';
import { type WordFiles, wordFileNames } from './word-files.ts';

/**
 * Put each template's Word files and attachments next to its page: /skabeloner/<slug>/<slug>.docx,
 * /skabeloner/<slug>/<slug>-uden-vejledning.docx and /skabeloner/<slug>/<attachment>, copied from beside the
 * template in `contentDir`. Only templates of this tier are passed in. Returns the number of files.
 */
export async function writeTemplateAssets(
  tierDir: string,
  templates: readonly TemplateEntry[],
  docx: ReadonlyMap<string, WordFiles>,
  contentDir: string,
): Promise<number> {
  let count = 0;
  for (const t of templates) {
    const pageDir = join(tierDir, 'skabeloner', t.slug);
    await mkdir(pageDir, { recursive: true });
    const files = docx.get(t.slug);
    for (const [name, bytes] of files ? wordFileNames(t.slug, files) : []) {
      await writeFile(join(pageDir, name), bytes);
      count++;
    }
    for (const name of t.data.attachments) {
      await copyFile(join(contentDir, dirname(t.path), name), join(pageDir, name));
      count++;
    }
  }
  return count;
}
