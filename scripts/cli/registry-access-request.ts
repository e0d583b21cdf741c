/**
 * `registry access-request --body FILE --actor LOGIN [--dir DIR] [--today YYYY-MM-DD]`: turns an "Anmod om adgang"
 * issue into a roster edit when LOGIN is a contact person of that municipality (or an admin). Prints the Danish
 * answer for the issue; exit 0 when the registry was changed, 1 when refused, 2 on usage errors.
 */
import { readFile } from 'node:fs/promises';
import { todayInDenmark } from '#model/dates.ts';
import { dirError, parseFlags, todayError } from '../registry/cli-args.ts';
import { handleAccessRequest } from '../registry/lifecycle/access-request.ts';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    body: { type: 'string' },
    actor: { type: 'string' },
    today: { type: 'string' },
  });
  if (!flags.ok) return usage(flags.error);
  const { body, actor } = flags.values;
  if (typeof body !== 'string' || typeof actor !== 'string') return usage('--body og --actor skal angives');
  const dir = String(flags.values.dir);
  const today = String(flags.values.today ?? todayInDenmark());
  const error = dirError(dir) ?? todayError(today);
  if (error) return usage(error);
  const outcome = await handleAccessRequest(dir, await readFile(body, 'utf8'), actor, today);
  process.stdout.write(`${outcome.answer}\n`);
  return outcome.ok ? 0 : 1;
}

function usage(error: string): number {
  process.stderr.write(`${error}\nBrug: npm run registry -- access-request --body FIL --actor LOGIN [--dir MAPPE]\n`);
  return 2;
}
