/**
 * `registry confirm (--email EMAIL | --all-in CODE) --by EMAIL [--today YYYY-MM-DD] [--dir DIR]`
 * Sets `confirmed` to today for one member or every member of a municipality.
 */

import { todayInDenmark } from '#model/dates.ts';
import { parseFlags } from '../registry/cli-args.ts';
import { confirmMembers } from '../registry/edit/confirm.ts';
import { reportEdit } from '../registry/edit/edit-report.ts';

const USAGE =
  'Brug: npm run registry -- confirm (--email E-MAIL | --all-in KODE) --by E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]\n';

const OPTIONS = {
  email: { type: 'string' },
  'all-in': { type: 'string' },
  by: { type: 'string' },
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
  const allIn = values['all-in'];
  if ((values.email === undefined) === (allIn === undefined) || !values.by) {
    process.stderr.write(`Angiv enten --email eller --all-in, og --by.\n${USAGE}`);
    return 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    process.stderr.write(`--today skrives ÅÅÅÅ-MM-DD, fx 2026-11-28.\n${USAGE}`);
    return 2;
  }
  const today = values.today ?? todayInDenmark();
  const result = await confirmMembers(values.dir, {
    ...(values.email !== undefined ? { email: values.email } : { allIn }),
    by: values.by,
    today,
  });
  const report = await reportEdit(values.dir, result, `Bekræftede pr. ${today} i`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
