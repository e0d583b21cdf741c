import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from './file-names.ts';
import { type FileEntry, type RegistryFiles, ROSTER_DIR, SINGLE_FILES } from './registry-files.ts';

/** Options for {@link readRegistryFiles}. */
export interface ReadOptions {
  /** Files larger than this (bytes) are not read but recorded as too large (default 1 MiB). */
  maxFileBytes?: number;
}

const YAML_NAME = /\.ya?ml$/;

/** Read one entry: its bytes, or why not (a stat failure is `unreadable` unless `missingIfAbsent`). */
async function readEntry(absPath: string, maxBytes: number, missingIfAbsent: boolean): Promise<FileEntry | undefined> {
  let size: number;
  try {
    const info = await stat(absPath);
    if (!info.isFile()) return { failure: 'not-a-file' };
    size = info.size;
  } catch (error) {
    if (missingIfAbsent) return undefined;
    return { failure: 'unreadable', code: (error as NodeJS.ErrnoException).code };
  }
  // Checked before reading, so a huge file dropped into the registry is never loaded into memory.
  if (size > maxBytes) return { failure: 'too-large', size };
  try {
    return await readFile(absPath);
  } catch (error) {
    return { failure: 'unreadable', code: (error as NodeJS.ErrnoException).code };
  }
}

/**
 * Read what the loader looks at in the registry directory `dir`, and nothing else: the YAML files at the top
 * (the three registry files and any stray ones) and every entry of `kommuner/` except hidden ones. This is the
 * only part of loading that touches the file system; `parseRegistry` does the rest.
 */
export async function readRegistryFiles(dir: string, options: ReadOptions = {}): Promise<RegistryFiles> {
  const abs = path.resolve(dir);
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) return { dir: abs };
  const wanted: { rel: string; missingIfAbsent: boolean }[] = [];
  for (const name of await readdir(abs)) {
    if (!YAML_NAME.test(name)) continue;
    // A registry file whose name is listed but cannot be stat'ed (a dangling link) counts as missing.
    wanted.push({ rel: name, missingIfAbsent: (SINGLE_FILES as readonly string[]).includes(name) });
  }
  const rosterNames = await readdir(path.join(abs, ROSTER_DIR)).catch(() => [] as string[]);
  for (const name of rosterNames) {
    if (!name.startsWith('.')) wanted.push({ rel: `${ROSTER_DIR}/${name}`, missingIfAbsent: false });
  }
  const entries = await Promise.all(
    wanted.map(({ rel, missingIfAbsent }) => readEntry(path.join(abs, rel), maxBytes, missingIfAbsent)),
  );
  const files = new Map<string, FileEntry>();
  wanted.forEach(({ rel }, i) => {
    const entry = entries[i];
    if (entry !== undefined) files.set(rel, entry);
  });
  return { dir: abs, files };
}
