/** `registry confirm (--email EMAIL | --all-in CODE) --by EMAIL`: sets `confirmed` to `--today`. */

import { confirmMembers } from '../registry/edit/confirm.ts';
import { reportEdit } from '../registry/edit/edit-report.ts';
import type { ConfirmFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: ConfirmFlags): Promise<number> {
  const allIn = flags['all-in'];
  if ((flags.email === undefined) === (allIn === undefined) || !flags.by)
    throw new UsageError('Angiv enten --email eller --all-in, og --by.');
  const result = await confirmMembers(flags.dir, {
    ...(flags.email !== undefined ? { email: flags.email } : { allIn }),
    by: flags.by,
    today: flags.today,
  });
  const report = await reportEdit(flags.dir, result, `Bekræftede pr. ${flags.today} i`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}
