/** `registry remove-member --email EMAIL`: removes a member from their roster, refusing a result `check` refuses. */

import { reportEdit } from '../registry/edit/edit-report.ts';
import { removeMember } from '../registry/edit/remove-member.ts';
import type { RemoveMemberFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: RemoveMemberFlags): Promise<number> {
  if (!flags.email) throw new UsageError('Angiv --email.');
  const result = await removeMember(flags.dir, flags.email, flags.today);
  const report = await reportEdit(flags.dir, result, `Fjernede ${flags.email.toLowerCase()} fra`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}
