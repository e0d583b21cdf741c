import path from 'node:path';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { stampRule } from '../library/rules.ts';
import type { Problem } from '../problems/problem.ts';
import { sortProblems } from '../problems/problem.ts';
import { changedFilesSince } from './changed-files.ts';
import type { CheckContext, ContentCheck } from './check-context.ts';
import { CONTENT_CHECKS } from './checks.ts';
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

/**
 * Load the library (scripts/library) and the registry texts and build the context the checks read. Display
 * paths are relative to the parent of the checked directory (`templates-library/…`, `registry/…`).
 */
export async function loadContentContext(options: ContentCheckOptions): Promise<CheckContext> {
  const root = path.resolve(options.dir);
  const [files, registry] = await Promise.all([readLibraryFiles(root), loadRegistryTexts(options.registryDir)]);
  const library = parseLibrary(files, { ownerCodes: registry.codes, displayDir: path.basename(root) });
  const context: CheckContext = { library, registry, today: options.today };
  if (options.changedSince) {
    const changed = await changedFilesSince(options.changedSince, root);
    const selected = new Set<string>();
    for (const name of library.files) {
      if (changed.has(path.join(root, ...name.split('/')))) selected.add(library.display(name));
    }
    const registryParent = path.dirname(path.resolve(options.registryDir));
    for (const text of registry.texts) if (changed.has(path.join(registryParent, text.file))) selected.add(text.file);
    context.selected = selected;
  }
  return context;
}

/** Run one check; the runner, not the check, puts the rule's name on every problem. */
export function runCheck(check: ContentCheck, context: CheckContext): Problem[] {
  return stampRule(check.rule, check.run(context));
}

/** The check named `rule`; throws for a name that is not in CONTENT_CHECKS (a bug in the caller). */
export function contentCheck(rule: string): ContentCheck {
  const check = CONTENT_CHECKS.find((c) => c.rule === rule);
  if (!check) throw new Error(`Ukendt regel: ${rule}`);
  return check;
}

/** Run every content check (except skipped rules) and return the sorted problems. */
export async function checkContent(options: ContentCheckOptions): Promise<Problem[]> {
  const context = await loadContentContext(options);
  const skip = new Set(options.skip ?? []);
  return sortProblems(CONTENT_CHECKS.filter((check) => !skip.has(check.rule)).flatMap((c) => runCheck(c, context)));
}
