/**
 * The one library loader's file-system half: every file under the library directory, as bytes with its path.
 * `parseLibrary` does the rest without touching the disk, so tests and callers can hand it files from anywhere.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryFile } from './types.ts';

/**
 * Read every file under `dir` (recursively, hidden files included), sorted by path. Paths are relative to
 * `dir` with POSIX separators. Throws (ENOENT) when `dir` does not exist.
 */
export async function readLibraryFiles(dir: string): Promise<LibraryFile[]> {
  const root = path.resolve(dir);
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return Promise.all(names.map(async (name) => ({ path: name, bytes: await readFile(path.join(root, name)) })));
}
