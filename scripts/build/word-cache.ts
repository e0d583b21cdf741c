import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderDocx, WordFiles } from './word-files.ts';

/**
 * A content-hash cache of the Word files across builds. A template's two files depend only on what the renderer is
 * given (title, frontmatter, body, file, site address, owner name) and on the renderer itself, so the cache key is a
 * SHA-256 of both: of the input as JSON, and of the renderer's source files and the `docx` package's version. A
 * changed template, a new owner name or a change to the Word export gives a new key; nothing is ever served stale.
 *
 * Layout: `<dir>/<key>.docx` and `<key>-uden-vejledning.docx`, each written to a temporary name and renamed, so a
 * build that stops half-way leaves no half file. After a build, `prune()` deletes what the build did not use, so the
 * cache holds one library's files. The cache is build state, not a secret: CI keeps it with actions/cache, whose
 * entries a pull request cannot write for main.
 */
/** Where `npm run build` and `npm run release` keep the cache, relative to the repository (git-ignored). */
export const DEFAULT_WORD_CACHE_DIR = '.cache/word';

export interface WordCache {
  render: RenderDocx;
  /** Templates served from the cache and rendered, so far. */
  stats: () => { hits: number; misses: number };
  /** Delete the entries this build did not use. */
  prune: () => Promise<void>;
}

const RENDERER_DIR = fileURLToPath(new URL('./docx/', import.meta.url));
/** The docx package's package.json (its exports do not name it, so found from the package's entry point). */
const DOCX_PACKAGE = (() => {
  const entry = fileURLToPath(import.meta.resolve('docx'));
  const at = entry.lastIndexOf('/node_modules/docx/');
  return `${entry.slice(0, at)}/node_modules/docx/package.json`;
})();

/** A hash of the Word export's code: its source files (tests left out) and the docx package's version. */
export async function rendererVersion(dir = RENDERER_DIR): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  for (const file of [...files.map((f) => join(dir, f)), DOCX_PACKAGE, fileURLToPath(import.meta.url)]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1)).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The cache key of one template's Word files. */
export function wordCacheKey(input: Parameters<RenderDocx>[0], version: string): string {
  return createHash('sha256').update(version).update('\0').update(JSON.stringify(input)).digest('hex');
}

const FULL = '.docx';
const PLAIN = '-uden-vejledning.docx';

/**
 * Wrap a renderer with the cache in `dir` (created if missing). A cache entry that cannot be read is rendered again;
 * one that cannot be written is only a slower next build.
 */
export async function cachedWordRenderer(render: RenderDocx, dir: string, version?: string): Promise<WordCache> {
  await mkdir(dir, { recursive: true });
  const renderer = version ?? (await rendererVersion());
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  return {
    async render(input) {
      const key = wordCacheKey(input, renderer);
      used.add(key);
      const cached = await readEntry(dir, key);
      if (cached) {
        hits++;
        return cached;
      }
      misses++;
      const files = await render(input);
      await writeEntry(dir, key, files).catch(() => {});
      return files;
    },
    stats: () => ({ hits, misses }),
    async prune() {
      const names = await readdir(dir);
      const stale = names.filter((name) => !used.has(name.slice(0, 64)));
      await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
    },
  };
}

async function readEntry(dir: string, key: string): Promise<WordFiles | undefined> {
  try {
    const [full, withoutGuidance] = await Promise.all([
      readFile(join(dir, key + FULL)),
      readFile(join(dir, key + PLAIN)),
    ]);
    // A .docx is a zip: anything else (a truncated or foreign file) is not served.
    if (!isZip(full) || !isZip(withoutGuidance)) return undefined;
    return { full: new Uint8Array(full), withoutGuidance: new Uint8Array(withoutGuidance) };
  } catch {
    return undefined;
  }
}

/** Starts as a zip and ends with the zip's end record (our files carry no zip comment): not a truncated file. */
function isZip(bytes: Uint8Array): boolean {
  const end = bytes.length - 22;
  return (
    end > 0 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[end] === 0x50 &&
    bytes[end + 1] === 0x4b &&
    bytes[end + 2] === 5 &&
    bytes[end + 3] === 6
  );
}

async function writeEntry(dir: string, key: string, files: WordFiles): Promise<void> {
  const suffix = `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  for (const [name, bytes] of [
    [key + PLAIN, files.withoutGuidance],
    [key + FULL, files.full],
  ] as const) {
    await writeFile(join(dir, name + suffix), bytes);
    await rename(join(dir, name + suffix), join(dir, name));
  }
}
