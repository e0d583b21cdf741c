import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TemplateEntry } from '../library/types.ts';
import { type WordFiles, wordFileNames } from './word-files.ts';

/**
 * Put each template's Word files and attachments next to its page: /skabeloner/<slug>/<slug>.docx,
 * /skabeloner/<slug>/<slug>-uden-vejledning.docx and /skabeloner/<slug>/<attachment>, copied from beside the
 * template in `contentDir`, `concurrency` templates at a time. Only templates of this tier are passed in. Returns the
 * number of files.
 */
export async function writeTemplateAssets(
  tierDir: string,
  templates: readonly TemplateEntry[],
  docx: ReadonlyMap<string, WordFiles>,
  contentDir: string,
  concurrency = 16,
): Promise<number> {
  let count = 0;
  let next = 0;
  // A few templates at a time: thousands of small files are written faster with some in flight at once.
  const worker = async () => {
    for (let t = templates[next++]; t; t = templates[next++]) {
      const written = await writeOne(t);
      count += written;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, templates.length) }, worker));
  return count;

  async function writeOne(t: TemplateEntry): Promise<number> {
    let written = 0;
    const pageDir = join(tierDir, 'skabeloner', t.slug);
    await mkdir(pageDir, { recursive: true });
    const files = docx.get(t.slug);
    for (const [name, bytes] of files ? wordFileNames(t.slug, files) : []) {
      await writeFile(join(pageDir, name), bytes);
      written++;
    }
    for (const name of t.data.attachments) {
      await copyFile(join(contentDir, dirname(t.path), name), join(pageDir, name));
      written++;
    }
    return written;
  }
}
