/**
 * `registry authorize --base REF --actor LOGIN`: compares the registry at git ref REF with the working tree, prints
 * the change in Danish and exits 0 only when the GitHub user LOGIN may make all of it (rights judged on the base
 * registry); 1 when refused or a version does not load, 2 when git does not know REF.
 */

import { formatProblemsText } from '../problems/problem.ts';
import { authorizeChange } from '../registry/authorize/authorize.ts';
import { formatChanges, formatDecisions } from '../registry/authorize/format.ts';
import { GitRefError } from '../registry/authorize/git-snapshot.ts';
import type { AuthorizeFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: AuthorizeFlags): Promise<number> {
  const { base, actor, dir } = flags;
  if (!base || !actor) throw new UsageError('Angiv både --base og --actor.');
  let outcome: Awaited<ReturnType<typeof authorizeChange>>;
  try {
    outcome = await authorizeChange({ dir, base, actor });
  } catch (error) {
    // git's refusals are the user's to fix (exit 2); anything else is a bug for runCli.
    if (!(error instanceof GitRefError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (!outcome.ok) {
    process.stdout.write(
      `Ændringen kan ikke vurderes, før registret kan indlæses:\n${formatProblemsText(outcome.problems)}\n`,
    );
    return 1;
  }
  process.stdout.write(`${formatChanges(outcome.changes, base)}\n`);
  if (outcome.changes.length > 0) process.stdout.write(`\n${formatDecisions(outcome.decisions, actor)}\n`);
  return outcome.allowed ? 0 : 1;
}
