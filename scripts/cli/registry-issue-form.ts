/**
 * `registry issue-form [--check] [--dir DIR]`
 * Writes the municipality dropdown of .github/ISSUE_TEMPLATE/anmod-om-adgang.yml from kommuner.yaml; with --check,
 * writes nothing and exits 1 with a located problem when the dropdown is stale.
 */
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { dirError, parseFlags } from '../registry/cli-args.ts';
import { ISSUE_FORM_FILE, issueFormStaleProblems, writeIssueForm } from '../registry/issue-form.ts';
import { loadRegistry } from '../registry/load.ts';

const USAGE = 'Brug: npm run registry -- issue-form [--check] [--dir MAPPE]\n';

/** Run the command; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, {
    check: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'registry' },
  });
  const usageError = parsed.ok ? dirError(parsed.values.dir) : parsed.error;
  if (usageError || !parsed.ok) {
    process.stderr.write(`${usageError}\n${USAGE}`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(parsed.values.dir);
  if (!registry) {
    process.stdout.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  // The registry directory's parent is the repository root (docs/interfaces.md §1).
  const repoRoot = path.dirname(registry.dir);
  if (parsed.values.check) {
    const stale = issueFormStaleProblems(registry, repoRoot);
    if (stale.length > 0) {
      process.stdout.write(`${formatProblemsText(stale)}\n`);
      return 1;
    }
    process.stdout.write(`${ISSUE_FORM_FILE} er opdateret.\n`);
    return 0;
  }
  const written = await writeIssueForm(registry, repoRoot);
  if (written.problems.length > 0) {
    process.stdout.write(`${formatProblemsText(written.problems)}\n`);
    return 1;
  }
  process.stdout.write(
    written.changed ? `Skrev ${ISSUE_FORM_FILE}.\n` : `${ISSUE_FORM_FILE} var allerede opdateret.\n`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
