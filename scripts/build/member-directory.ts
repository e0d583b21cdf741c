/**
 * The registry as the build sees it: the whole registry, loaded with the registry's own loader, and the member
 * directory each tier's pages are built from (scripts/registry/directory.ts). The directory goes to the tier's
 * Astro process as a JSON file in the build's private work folder, never into the output.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { TAG_VOCABULARY_FILE, type TagVocabulary } from '#model/tags.ts';
import type { Tier } from '#model/tiers.ts';
import type { Problem } from '../problems/problem.ts';
import { memberDirectory } from '../registry/directory.ts';
import { loadRegistry } from '../registry/load.ts';
import { runRules } from '../registry/rules/context.ts';
import { memberTopic } from '../registry/rules/topics.ts';
import { vocabularyFromLabels } from '../registry/topic-vocabulary.ts';
import type { Registry } from '../registry/types.ts';

/** The loaded registry, or the problems that stop the build. */
export type BuildRegistry = { registry: Registry; problems: Problem[] } | { registry?: undefined; problems: Problem[] };

/**
 * Load `registryDir` and check the members' topics against the library's vocabulary (rule `member-topic`, as
 * `registry check` does). Any error stops the build, like a library error. Problem paths are made relative to the
 * repository root, as the library's are (the loader names them relative to the registry folder's parent).
 */
export async function loadBuildRegistry(
  repoRoot: string,
  registryDir: string,
  contentDir: string,
  vocabulary: TagVocabulary,
): Promise<BuildRegistry> {
  const toRepo = (file: string) =>
    relative(repoRoot, join(dirname(registryDir), ...file.split('/')))
      .split(sep)
      .join('/');
  const loaded = await loadRegistry(registryDir);
  const problems = loaded.problems.map((p) => ({ ...p, file: toRepo(p.file) }));
  if (!loaded.registry) return { problems };
  const vocabularyFile = `${relative(repoRoot, contentDir).split(sep).join('/')}/${TAG_VOCABULARY_FILE}`;
  const topics = vocabularyFromLabels(vocabularyFile, vocabulary);
  const rule = [{ name: 'member-topic', run: memberTopic }];
  for (const p of runRules(rule, loaded.registry, '', new Set(), topics)) problems.push({ ...p, file: toRepo(p.file) });
  return { registry: loaded.registry, problems };
}

/**
 * Write the directory of `tier` to `<workDir>/directory-<tier>.json` and return the path. `unsafeNoFilter`
 * (test-only) gives the broad tier the core tier's people, to prove the leak test can fail.
 */
export async function writeTierDirectory(
  workDir: string,
  registry: Registry,
  tier: Tier,
  unsafeNoFilter = false,
): Promise<string> {
  const directory = unsafeNoFilter ? { ...memberDirectory(registry, 'kerne'), tier } : memberDirectory(registry, tier);
  const file = join(workDir, `directory-${tier}.json`);
  await writeFile(file, `${JSON.stringify(directory)}\n`);
  return file;
}
