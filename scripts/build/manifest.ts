import { readdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Tier } from '#model/tiers.ts';

/** The manifest the gate reads (docs/interfaces.md §4). */
export interface TierManifest {
  tier: Tier;
  generated: string;
  files: string[];
}

/** Every file under `dir` as POSIX paths relative to it, sorted (code-point order, stable across machines). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Write `<outDir>/<tier>.manifest.json` through a temp file and rename, so the gate never reads half a file. */
export async function writeManifest(outDir: string, manifest: TierManifest): Promise<string> {
  const file = join(outDir, `${manifest.tier}.manifest.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, file);
  return file;
}
