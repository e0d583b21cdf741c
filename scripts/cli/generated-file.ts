/**
 * The commands that write a file generated from the registry into the repository (`registry codeowners`,
 * `registry issue-form`): load the registry, then either check the committed file (`--check`: exit 1 with the
 * located problems when it is stale) or write it and say whether it changed.
 */
import path from 'node:path';
import { formatProblemsText, type Problem } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';

export interface GeneratedFile {
  /** Path in the repository, for the messages. */
  file: string;
  stale(registry: Registry, repoRoot: string): Problem[];
  write(registry: Registry, repoRoot: string): Promise<{ changed: boolean; problems: Problem[] }>;
}

/** Check or write `generated` for the registry in `dir`; returns the exit code. */
export async function runGeneratedFile(dir: string, check: boolean, generated: GeneratedFile): Promise<number> {
  const loaded = await loadRegistry(dir);
  const registry = loaded.registry;
  if (!registry) {
    process.stdout.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(loaded.problems)}\n`);
    return 1;
  }
  // The registry directory's parent is the repository root (docs/interfaces.md §1).
  const repoRoot = path.dirname(registry.dir);
  const written = check ? undefined : await generated.write(registry, repoRoot);
  const reported = written?.problems ?? generated.stale(registry, repoRoot);
  if (reported.length > 0) {
    process.stdout.write(`${formatProblemsText(reported)}\n`);
    return 1;
  }
  const { file } = generated;
  if (!written) process.stdout.write(`${file} er opdateret.\n`);
  else process.stdout.write(written.changed ? `Skrev ${file}.\n` : `${file} var allerede opdateret.\n`);
  return 0;
}
