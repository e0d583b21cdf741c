/**
 * `registry issue-form`: write the generated dropdowns of the issue forms in .github/ISSUE_TEMPLATE/ (municipalities
 * from kommuner.yaml; areas, verdicts and audiences from the model); with --check, write nothing and exit 1 with a
 * located problem for each stale dropdown.
 */
import { ISSUE_FORMS_NAME, issueFormStaleProblems, writeIssueForms } from '../registry/issue-form.ts';
import { runGeneratedFile } from './generated-file.ts';
import type { IssueFormFlags } from './registry-commands.ts';

export function run(flags: IssueFormFlags): Promise<number> {
  return runGeneratedFile(flags.dir, flags.check, {
    file: ISSUE_FORMS_NAME,
    stale: issueFormStaleProblems,
    write: writeIssueForms,
  });
}
