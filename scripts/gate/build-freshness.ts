/**
 * Is the site build older than its sources? `npm start` rebuilds only then: a tier manifest is missing, or any
 * file under site/, templates-library/, registry/ (names, rosters: the member pages) or discussions/ (questions) is newer than the oldest
 * manifest.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DISCUSSIONS_DIR, DIST_DIR, LIBRARY_DIR, REGISTRY_DIR, SITE_DIR } from '#model/layout.ts';

const SKIP = new Set(['node_modules', '.astro', DIST_DIR, '.git']);

async function newestMtime(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name)));
  }
  return newest;
}

export type Freshness = { fresh: true } | { fresh: false; reason: string };

/** Compare the tier manifests in `distDir` with the sources under `repoRoot`. */
export async function buildFreshness(repoRoot: string, distDir: string): Promise<Freshness> {
  let oldestBuild = Number.POSITIVE_INFINITY;
  for (const tier of ['kerne', 'bred']) {
    try {
      oldestBuild = Math.min(oldestBuild, (await stat(join(distDir, `${tier}.manifest.json`))).mtimeMs);
      await stat(join(distDir, tier));
    } catch {
      return { fresh: false, reason: `${tier} er ikke bygget endnu` };
    }
  }
  for (const source of [`${SITE_DIR}/`, `${LIBRARY_DIR}/`, `${REGISTRY_DIR}/`, `${DISCUSSIONS_DIR}/`]) {
    if ((await newestMtime(join(repoRoot, source))) > oldestBuild)
      return { fresh: false, reason: `${source} er ændret, siden sitet sidst blev bygget` };
  }
  return { fresh: true };
}
