import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import { loadRegistry } from '../load.ts';
import { parseRegistry } from '../parse.ts';
import { type Decision, decide } from './decide.ts';
import { diffRegistries, type RegistryChange } from './diff.ts';
import { locateInRepo, readTreeAtCommit, readWorkingTree, resolveCommit } from './git-snapshot.ts';

/** Input of {@link authorizeChange}. */
export interface AuthorizeOptions {
  /** Registry directory in the working tree (inside a git repository). */
  dir: string;
  /** Git ref of the base, e.g. `origin/main`. */
  base: string;
  /** GitHub login of the pull request's author. */
  actor: string;
}

/** Either the change set with one decision per change, or the problems that stopped the comparison. */
export type AuthorizeOutcome =
  | { ok: true; changes: RegistryChange[]; decisions: Decision[]; allowed: boolean }
  | { ok: false; problems: Problem[] };

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/**
 * Compare the registry at `base` (read from git objects, nothing checked out) with the working tree and decide
 * whether `actor` may make every change. Throws (with a Danish message) only when git itself fails, e.g. for an unknown ref.
 */
export async function authorizeChange(options: AuthorizeOptions): Promise<AuthorizeOutcome> {
  const { repoRoot, prefix } = await locateInRepo(options.dir);
  const commit = await resolveCommit(repoRoot, options.base);
  const baseFiles = await readTreeAtCommit(repoRoot, commit, prefix);
  if (baseFiles.size === 0) {
    return {
      ok: false,
      problems: [
        wholeRegistryProblem(
          prefix,
          `Registret findes ikke i ${options.base}; en administrator må oprette det direkte.`,
        ),
      ],
    };
  }
  // The base is parsed from git's objects in memory; its problems name files as the working tree's do.
  const { registry: base, problems: baseProblems } = parseRegistry({
    dir: path.join(repoRoot, prefix),
    files: baseFiles,
  });
  if (!base) {
    const first = errorsOf(baseProblems)[0];
    const detail = first ? ` Første fejl: ${first.file}:${first.line}: ${first.message}` : '';
    return {
      ok: false,
      problems: [
        wholeRegistryProblem(
          prefix,
          `Registret i ${options.base} kan ikke indlæses, så rettighederne kan ikke afgøres.${detail}`,
        ),
      ],
    };
  }
  const { registry: head, problems: headProblems } = await loadRegistry(options.dir);
  if (!head) return { ok: false, problems: errorsOf(headProblems) };
  const headFiles = await readWorkingTree(options.dir);
  const changes = diffRegistries(base, head, baseFiles, headFiles, prefix);
  const decisions = decide(changes, base, options.actor);
  return { ok: true, changes, decisions, allowed: decisions.every((d) => d.allowed) };
}

function wholeRegistryProblem(prefix: string, message: string): Problem {
  return { file: prefix || '.', line: 1, column: 1, rule: 'authorize', severity: 'error', message };
}
