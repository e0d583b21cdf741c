/**
 * `registry add-member`: adds a member to the roster (created when missing), refusing a result that would not pass
 * `check`; `added` and `confirmed` are `--today`.
 */

import { addMember } from '../registry/edit/add-member.ts';
import { reportEdit } from '../registry/edit/edit-report.ts';
import type { AddMemberFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: AddMemberFlags): Promise<number> {
  const { municipality, name, email, title, tier } = flags;
  const approvedBy = flags['approved-by'];
  if (!municipality || !name || !email || !title || !tier || !approvedBy)
    throw new UsageError('Angiv --municipality, --name, --email, --title, --tier og --approved-by.');
  const githubId = flags['github-id'];
  if (githubId !== undefined && !/^[1-9]\d*$/.test(githubId))
    throw new UsageError('--github-id skal være et positivt heltal, fx 1000101.');
  const result = await addMember(flags.dir, {
    municipality,
    name,
    email,
    title,
    tier,
    contact: flags.contact,
    ...(flags.github !== undefined ? { github: flags.github } : {}),
    ...(githubId !== undefined ? { githubId: Number(githubId) } : {}),
    approvedBy,
    today: flags.today,
  });
  const report = await reportEdit(flags.dir, result, `Tilføjede ${name} i`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}
