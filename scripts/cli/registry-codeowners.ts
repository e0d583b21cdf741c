/**
 * `registry codeowners [--check] [--dir DIR]`
 * Writes .github/CODEOWNERS from the registry; with --check, exits 1 when the file is stale instead.
 */

import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { parseFlags } from '../registry/cli-args.ts';
import { CODEOWNERS_FILE, codeownersStaleProblems, writeCodeowners } from '../registry/codeowners.ts';
import { loadRegistry } from '../registry/load.ts';

const USAGE = 'Brug: npm run registry -- codeowners [--check] [--dir registry]\n';

const OPTIONS = { check: { type: 'boolean', default: false }, dir: { type: 'string', default: 'registry' } } as const;

/** Run the command; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, OPTIONS);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  const { registry, problems } = await loadRegistry(values.dir);
  if (!registry) {
    process.stdout.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  // The registry directory's parent is the repository root (docs/interfaces.md §1).
  const repoRoot = path.dirname(registry.dir);
  if (values.check) {
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

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
