/**
 * `registry add-member --municipality CODE --name … --email … --title … --tier kerne|bred [--contact]
 *  [--github LOGIN] [--github-id N] --approved-by EMAIL [--today YYYY-MM-DD] [--dir DIR]`
 * Adds a member to the roster (created when missing), refusing a result that would not pass `check`.
 */

import { todayInDenmark } from '#model/dates.ts';
import { parseFlags } from '../registry/cli-args.ts';
import { addMember } from '../registry/edit/add-member.ts';
import { reportEdit } from '../registry/edit/edit-report.ts';

const USAGE =
  'Brug: npm run registry -- add-member --municipality KODE --name NAVN --email E-MAIL --title STILLING ' +
  '--tier kerne|bred [--contact] [--github LOGIN] [--github-id TAL] --approved-by E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]\n';

const OPTIONS = {
  municipality: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  title: { type: 'string' },
  tier: { type: 'string' },
  contact: { type: 'boolean', default: false },
  github: { type: 'string' },
  'github-id': { type: 'string' },
  'approved-by': { type: 'string' },
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
  const { municipality, name, email, title, tier } = values;
  const approvedBy = values['approved-by'];
  if (!municipality || !name || !email || !title || !tier || !approvedBy) {
    process.stderr.write(`Angiv --municipality, --name, --email, --title, --tier og --approved-by.\n${USAGE}`);
    return 2;
  }
  const githubId = values['github-id'];
  if (githubId !== undefined && !/^[1-9]\d*$/.test(githubId)) {
    process.stderr.write(`--github-id skal være et positivt heltal, fx 1000101.\n${USAGE}`);
    return 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    process.stderr.write(`--today skrives ÅÅÅÅ-MM-DD, fx 2026-11-28.\n${USAGE}`);
    return 2;
  }
  const result = await addMember(values.dir, {
    municipality,
    name,
    email,
    title,
    tier,
    contact: values.contact,
    ...(values.github !== undefined ? { github: values.github } : {}),
    ...(githubId !== undefined ? { githubId: Number(githubId) } : {}),
    approvedBy,
    today: values.today ?? todayInDenmark(),
  });
  const report = await reportEdit(values.dir, result, `Tilføjede ${name} i`);
  process.stdout.write(`${report.text}\n`);
  return report.exitCode;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
