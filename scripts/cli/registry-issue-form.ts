/**
 * `registry issue-form`: write the municipality dropdown of .github/ISSUE_TEMPLATE/anmod-om-adgang.yml from
 * kommuner.yaml; with --check, write nothing and exit 1 with a located problem when the dropdown is stale.
 */
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { ISSUE_FORM_FILE, issueFormStaleProblems, writeIssueForm } from '../registry/issue-form.ts';
import { loadRegistry } from '../registry/load.ts';
import type { IssueFormFlags } from './registry-commands.ts';

export async function run(flags: IssueFormFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stdout.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  // The registry directory's parent is the repository root (docs/interfaces.md §1).
  const repoRoot = path.dirname(registry.dir);
  if (flags.check) {
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
