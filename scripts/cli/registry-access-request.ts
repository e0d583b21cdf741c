/**
 * `registry access-request --body FILE --actor LOGIN`: turns an "Anmod om adgang" issue into a roster edit when
 * LOGIN is a contact person of that municipality (or an admin). Prints the Danish answer for the issue; exit 0 when
 * the registry was changed, 1 when refused.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { handleAccessRequest } from '../registry/lifecycle/access-request.ts';
import type { AccessRequestFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: AccessRequestFlags): Promise<number> {
  const { body, actor } = flags;
  if (body === undefined || actor === undefined) throw new UsageError('--body og --actor skal angives');
  if (!existsSync(body)) throw new UsageError(`filen ${body} findes ikke (angiv sagens tekst med --body)`);
  const outcome = await handleAccessRequest(flags.dir, await readFile(body, 'utf8'), actor, flags.today);
  process.stdout.write(`${outcome.answer}\n`);
  return outcome.ok ? 0 : 1;
}
