import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { sortProblems } from '../problems/problem.ts';
import { changedFilesSince } from './changed-files.ts';
import type { CheckContext } from './check-context.ts';
import { CONTENT_CHECKS } from './checks.ts';
import { loadLibrary } from './library.ts';
import { loadRegistryTexts } from './registry-texts.ts';

export interface ContentCheckOptions {
  /** templates-library directory. */
  dir: string;
  /** registry directory (work domains, owner codes, and the YAML scanned for personal data). */
  registryDir: string;
  /** `YYYY-MM-DD`. */
  today: string;
  /** Git ref: per-file checks look only at files changed since it (plus untracked files). */
  changedSince?: string;
  /** Rule names to skip. */
  skip?: readonly string[];
}

/** Load the library and the registry texts and build the context the checks read. */
export async function loadContentContext(options: ContentCheckOptions): Promise<CheckContext> {
  const [library, registry] = await Promise.all([loadLibrary(options.dir), loadRegistryTexts(options.registryDir)]);
  const context: CheckContext = { library, registry, today: options.today };
  if (options.changedSince) {
    const changed = await changedFilesSince(options.changedSince, library.root);
    const selected = new Set<string>();
    for (const [root, texts] of [
      [library.root, [...library.files]],
      [path.resolve(options.registryDir), registry.texts.map((t) => t.file)],
    ] as const) {
      for (const file of texts) if (changed.has(path.join(path.dirname(root), file))) selected.add(file);
    }
    context.selected = selected;
  }
  return context;
}

/** Run every content check (except skipped rules) and return the sorted problems. */
export async function checkContent(options: ContentCheckOptions): Promise<Problem[]> {
  const context = await loadContentContext(options);
  const skip = new Set(options.skip ?? []);
  const problems = [...context.registry.problems];
  for (const check of CONTENT_CHECKS) {
    if (!skip.has(check.rule)) problems.push(...check.run(context));
  }
  return sortProblems(problems);
}
