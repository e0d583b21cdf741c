import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseOwners } from '../library/owners.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import type { Library } from '../library/types.ts';
import type { Problem } from '../problems/problem.ts';

/** The library as the build sees it, with owner names for the Word files, or the problem that stops it. */
export type BuildLibrary =
  | { library: Library; ownerNames: ReadonlyMap<string, string>; problems: Problem[] }
  | { library?: undefined; problems: Problem[] };

/** POSIX path of `file` relative to the repository root: the paths problems name. */
export function repoPath(repoRoot: string, file: string): string {
  return relative(repoRoot, file).split(sep).join('/');
}

/**
 * Load and validate the library with the same loader and rules as the content check (scripts/library), with
 * owner codes from `<registryDir>/kommuner.yaml`. Problem paths are relative to the repository root.
 */
export async function loadBuildLibrary(
  repoRoot: string,
  contentDir: string,
  registryDir: string,
): Promise<BuildLibrary> {
  const kommuner = join(registryDir, 'kommuner.yaml');
  const text = await readFile(kommuner, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const owners = parseOwners(text, repoPath(repoRoot, kommuner));
  if (!owners.index) return { problems: [owners.problem] };
  const library = parseLibrary(await readLibraryFiles(contentDir), {
    ownerCodes: owners.index.codes,
    displayDir: repoPath(repoRoot, contentDir),
  });
  return { library, ownerNames: owners.index.fullNames, problems: library.problems };
}
