/**
 * `registry reconfirm`: one reminder per municipality with members whose confirmation expires within the warning
 * window (or has expired). With --out each reminder is written to `<out>/<code>.md` (first line the issue title) for
 * the weekly workflow; without it they are printed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { reconfirmationReminders } from '../registry/lifecycle/reminders.ts';
import { loadRegistry } from '../registry/load.ts';
import type { ReconfirmFlags } from './registry-commands.ts';

export async function run(flags: ReconfirmFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const reminders = reconfirmationReminders(registry, flags.today);
  const { out } = flags;
  if (out) await mkdir(out, { recursive: true });
  for (const r of reminders) {
    const text = `${r.title}\n\n${r.body}\n`;
    if (out) await writeFile(path.join(out, `${r.municipality}.md`), text);
    else process.stdout.write(`${text}\n`);
  }
  process.stderr.write(
    `${reminders.length} ${reminders.length === 1 ? 'kommune' : 'kommuner'} skal have en påmindelse.\n`,
  );
  return 0;
}
