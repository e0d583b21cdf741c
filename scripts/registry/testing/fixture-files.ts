import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileEntry } from '../registry-files.ts';
import { validFixture } from './temp-registry.ts';

/**
 * The valid fixture as an in-memory file set (path inside the registry → bytes), with `changes` applied the way
 * {@link tempRegistry} applies them on disk: new content, or null to delete (a path and everything below it).
 */
export async function fixtureFiles(
  changes: Record<string, string | Uint8Array | null> = {},
): Promise<Map<string, FileEntry>> {
  const files = new Map<string, FileEntry>();
  for (const rel of await readdir(validFixture, { recursive: true })) {
    const posix = rel.split(path.sep).join('/');
    const bytes = await readFile(path.join(validFixture, rel)).catch(() => undefined);
    if (bytes) files.set(posix, new Uint8Array(bytes));
  }
  for (const [rel, content] of Object.entries(changes)) {
    if (content === null) {
      for (const key of [...files.keys()]) if (key === rel || key.startsWith(`${rel}/`)) files.delete(key);
    } else files.set(rel, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}
