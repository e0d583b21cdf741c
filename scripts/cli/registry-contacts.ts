/** `registry contacts [--dir DIR] [--format csv|json]`: contact persons for meeting invitations. */
import { formatProblemsText } from '../problems/problem.ts';
import { choiceError, dirError, parseFlags } from '../registry/cli-args.ts';
import { loadRegistry } from '../registry/load.ts';
import { contactList, contactsCsv } from '../registry/report/contacts.ts';

const USAGE = 'Brug: npm run registry -- contacts [--dir MAPPE] [--format csv|json]';

/** Print the contact list; 0 printed, 1 registry cannot be loaded, 2 usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    format: { type: 'string', default: 'csv' },
  });
  const v = parsed.values;
  const usageError = parsed.ok
    ? (dirError(String(v.dir)) ?? choiceError('--format', String(v.format), ['csv', 'json']))
    : parsed.error;
  if (usageError) {
    process.stderr.write(`${usageError}\n${USAGE}\n`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(String(v.dir));
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n\nListen kan ikke laves, før registret kan indlæses.\n`);
    return 1;
  }
  const rows = contactList(registry);
  process.stdout.write(v.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : contactsCsv(rows));
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
