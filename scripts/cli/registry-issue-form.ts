/**
 * `registry issue-form`: write the municipality dropdown of .github/ISSUE_TEMPLATE/anmod-om-adgang.yml from
 * kommuner.yaml; with --check, write nothing and exit 1 with a located problem when the dropdown is stale.
 */
import { ISSUE_FORM_FILE, issueFormStaleProblems, writeIssueForm } from '../registry/issue-form.ts';
import { runGeneratedFile } from './generated-file.ts';
import type { IssueFormFlags } from './registry-commands.ts';

export function run(flags: IssueFormFlags): Promise<number> {
  return runGeneratedFile(flags.dir, flags.check, {
    file: ISSUE_FORM_FILE,
    stale: issueFormStaleProblems,
    write: writeIssueForm,
  });
}
