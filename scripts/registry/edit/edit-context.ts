import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import { loadRegistry } from '../load.ts';
import type { Registry } from '../types.ts';

/** What an edit command returns: the file it wrote (when it did) and the problems that refused it. */
export interface EditResult {
  /** Path of the written roster relative to the registry directory's parent, or undefined when refused. */
  written?: string;
  /** True when the roster file did not exist before. */
  created?: boolean;
  /** Errors that refused the edit, or warnings the edited registry still has that it did not have before. */
  problems: Problem[];
}

/** A problem about the command's input, placed on the file it concerns (line 1 when no better place exists). */
export function inputProblem(file: string, rule: string, message: string, line = 1, column = 1): Problem {
  return { file, line, column, rule, severity: 'error', message };
}

/** Path relative to the registry directory's parent, as the loader writes it in problems. */
export function relativeToParent(dir: string, absPath: string): string {
  return path
    .relative(path.dirname(path.resolve(dir)), absPath)
    .split(path.sep)
    .join('/');
}

/**
 * Load the registry an edit starts from. A registry that does not load cannot be edited safely,
 * so its problems refuse the edit with a note to fix them first.
 */
export async function loadForEdit(dir: string): Promise<{ registry?: Registry; problems: Problem[] }> {
  const { registry, problems } = await loadRegistry(dir);
  if (registry) return { registry, problems: [] };
  return { problems: problems.filter((p) => p.severity === 'error') };
}
