/**
 * Where an imported template goes: a slug no template has (in any category folder) and no template's `supersedes`
 * claims, image names free in the category folder, and writes that are atomic (a temporary file, then a hard link
 * to the final name, which fails instead of replacing a file that appeared meanwhile).
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORIES, CATEGORY_FOLDERS } from '#model/categories.ts';

/** The longest slug before a suffix, cut at a hyphen. */
const MAX_SLUG = 60;

/** Slugs taken in the library at `dir`: every template's file name and every `supersedes` entry. */
export async function takenSlugs(dir: string): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const category of CATEGORIES) {
    const folder = path.join(dir, CATEGORY_FOLDERS[category]);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!name.endsWith('.mdx')) continue;
      taken.add(name.slice(0, -'.mdx'.length));
      const text = await readFile(path.join(folder, name), 'utf8').catch(() => '');
      const supersedes = /^supersedes:\s*\[([^\]\n]*)\]/m.exec(text)?.[1] ?? '';
      for (const slug of supersedes.split(',')) {
        const clean = slug.trim().replace(/^["']|["']$/g, '');
        if (clean) taken.add(clean);
      }
    }
  }
  return taken;
}

/** `base`, cut to MAX_SLUG at a hyphen, or `base-2`, `base-3`, … when taken. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  let stem = base || 'skabelon';
  if (stem.length > MAX_SLUG) {
    const cut = stem.slice(0, MAX_SLUG + 1);
    stem = cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
  }
  let slug = stem;
  for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
  return slug;
}

/** File names in `folder` (empty when it does not exist yet). */
export async function namesIn(folder: string): Promise<Set<string>> {
  return new Set(await readdir(folder).catch(() => [] as string[]));
}

/**
 * Write the files in order, each atomically and never over an existing file. When one fails, the ones already
 * written are removed again, so an import writes all its files or none.
 * @returns The absolute paths written.
 */
export async function writeNewFiles(files: readonly { path: string; bytes: Uint8Array | string }[]): Promise<string[]> {
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = path.resolve(file.path);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await writeFile(temp, file.bytes, { flag: 'wx' });
        await link(temp, target);
      } finally {
        await rm(temp, { force: true });
      }
      written.push(target);
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw error;
  }
  return written;
}
