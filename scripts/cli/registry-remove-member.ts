/**
 * `registry remove-member --email EMAIL [--today YYYY-MM-DD] [--dir DIR]`
 * Removes a member from their roster, refusing a result that would not pass `check`.
 */

import { todayInDenmark } from '#model/dates.ts';
import { parseFlags } from '../registry/cli-args.ts';
import { reportEdit } from '../registry/edit/edit-report.ts';
import { removeMember } from '../registry/edit/remove-member.ts';

const USAGE = 'Brug: npm run registry -- remove-member --email E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]\n';

const OPTIONS = {
  email: { type: 'string' },
  today: { type: 'string' },
  dir: { type: 'string', default: 'registry' },
} as const;

/** Run the command; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv, OPTIONS);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (!values.email) {
    process.stderr.write(`Angiv --email.\n${USAGE}`);
    return 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    process.stderr.write(`--today skrives ÅÅÅÅ-MM-DD, fx 2026-11-28.\n${USAGE}`);
    return 2;
  }
  const result = await removeMember(values.dir, values.email, values.today ?? todayInDenmark());
  const report = await reportEdit(values.dir, result, `Fjernede ${values.email.toLowerCase()} fra`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
