/** `registry codeowners`: write .github/CODEOWNERS from the registry; with --check, exit 1 when it is stale. */

import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { CODEOWNERS_FILE, codeownersStaleProblems, writeCodeowners } from '../registry/codeowners.ts';
import { loadRegistry } from '../registry/load.ts';
import type { CodeownersFlags } from './registry-commands.ts';

export async function run(flags: CodeownersFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stdout.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  // The registry directory's parent is the repository root (docs/interfaces.md §1).
  const repoRoot = path.dirname(registry.dir);
  if (flags.check) {
    const stale = codeownersStaleProblems(registry, repoRoot);
    if (stale.length > 0) {
      process.stdout.write(`${formatProblemsText(stale)}\n`);
      return 1;
    }
    process.stdout.write(`${CODEOWNERS_FILE} er opdateret.\n`);
    return 0;
  }
  const changed = await writeCodeowners(registry, repoRoot);
  process.stdout.write(changed ? `Skrev ${CODEOWNERS_FILE}.\n` : `${CODEOWNERS_FILE} var allerede opdateret.\n`);
  return 0;
}
