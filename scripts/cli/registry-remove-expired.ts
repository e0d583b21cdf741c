/**
 * `registry remove-expired`: removes members whose confirmation expired longer ago than policy.grace_days and
 * prints the pull-request body. Refused removals are listed, not forced.
 */

import { formatProblemsText } from '../problems/problem.ts';
import { formatExpiryRemoval, removeExpiredMembers } from '../registry/lifecycle/remove-expired.ts';
import { loadRegistry } from '../registry/load.ts';
import type { RemoveExpiredFlags } from './registry-commands.ts';

export async function run(flags: RemoveExpiredFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const result = await removeExpiredMembers(flags.dir, flags.today);
  process.stdout.write(`${formatExpiryRemoval(result, registry.policy.grace_days)}\n`);
  return 0;
}
