/**
 * `registry contacts`: contact persons for meeting invitations, as CSV for Danish Excel (`--separator ,` for other
 * programs) or JSON; 1 when the registry cannot be loaded.
 */
import { formatProblemsText } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import { contactList, contactsCsv } from '../registry/report/contacts.ts';
import type { ContactsFlags } from './registry-commands.ts';

export async function run(flags: ContactsFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n\nListen kan ikke laves, før registret kan indlæses.\n`);
    return 1;
  }
  const rows = contactList(registry);
  process.stdout.write(
    flags.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : contactsCsv(rows, flags.separator),
  );
  return 0;
}
