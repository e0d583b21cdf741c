/**
 * `registry remove-expired [--dir DIR] [--today YYYY-MM-DD]`: removes members whose confirmation expired longer
 * ago than policy.grace_days and prints the pull-request body. Refused removals are listed, not forced.
 */

import { todayInDenmark } from '#model/dates.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { dirError, parseFlags, todayError } from '../registry/cli-args.ts';
import { formatExpiryRemoval, removeExpiredMembers } from '../registry/lifecycle/remove-expired.ts';
import { loadRegistry } from '../registry/load.ts';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { dir: { type: 'string', default: 'registry' }, today: { type: 'string' } });
  if (!flags.ok) return usage(flags.error);
  const dir = String(flags.values.dir);
  const today = String(flags.values.today ?? todayInDenmark());
  const error = dirError(dir) ?? todayError(today);
  if (error) return usage(error);
  const { registry, problems } = await loadRegistry(dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const result = await removeExpiredMembers(dir, today);
  process.stdout.write(`${formatExpiryRemoval(result, registry.policy.grace_days)}\n`);
  return 0;
}

function usage(error: string): number {
  process.stderr.write(`${error}\nBrug: npm run registry -- remove-expired [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]\n`);
  return 2;
}
