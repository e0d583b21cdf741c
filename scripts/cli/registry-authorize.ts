/**
 * `registry authorize --base REF --actor LOGIN [--dir DIR]`
 * Compares the registry at git ref REF with the working tree, prints the change in Danish and exits 0 only when
 * the GitHub user LOGIN may make all of it (rights judged on the base registry); 1 when refused, 2 on usage errors.
 */

import { formatProblemsText } from '../problems/problem.ts';
import { authorizeChange } from '../registry/authorize/authorize.ts';
import { formatChanges, formatDecisions } from '../registry/authorize/format.ts';
import { parseFlags } from '../registry/cli-args.ts';

const USAGE = 'Brug: npm run registry -- authorize --base REF --actor GITHUB-LOGIN [--dir registry]\n';

/** Run the command; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, {
    base: { type: 'string' },
    actor: { type: 'string' },
    dir: { type: 'string', default: 'registry' },
  });
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (!values.base || !values.actor) {
    process.stderr.write(`Angiv både --base og --actor.\n${USAGE}`);
    return 2;
  }
  let outcome: Awaited<ReturnType<typeof authorizeChange>>;
  try {
    outcome = await authorizeChange({ dir: values.dir, base: values.base, actor: values.actor });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (!outcome.ok) {
    process.stdout.write(
      `Ændringen kan ikke vurderes, før registret kan indlæses:\n${formatProblemsText(outcome.problems)}\n`,
    );
    return 1;
  }
  process.stdout.write(`${formatChanges(outcome.changes, values.base)}\n`);
  if (outcome.changes.length > 0) process.stdout.write(`\n${formatDecisions(outcome.decisions, values.actor)}\n`);
  return outcome.allowed ? 0 : 1;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
