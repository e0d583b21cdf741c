/**
 * `registry reconfirm [--dir DIR] [--out DIR] [--today YYYY-MM-DD]`: one reminder per municipality with members
 * whose confirmation expires within the warning window (or has expired). With --out each reminder is written
 * to `<out>/<code>.md` (first line the issue title) for the weekly workflow; without it they are printed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { todayInDenmark } from '#model/dates.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { dirError, parseFlags, todayError } from '../registry/cli-args.ts';
import { reconfirmationReminders } from '../registry/lifecycle/reminders.ts';
import { loadRegistry } from '../registry/load.ts';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    out: { type: 'string' },
    today: { type: 'string' },
  });
  if (!flags.ok) return usage(flags.error);
  const dir = String(flags.values.dir);
  const today = String(flags.values.today ?? todayInDenmark());
  const error = dirError(dir) ?? todayError(today);
  if (error) return usage(error);
  const { registry, problems } = await loadRegistry(dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const reminders = reconfirmationReminders(registry, today);
  const out = flags.values.out === undefined ? undefined : String(flags.values.out);
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

function usage(error: string): number {
  process.stderr.write(
    `${error}\nBrug: npm run registry -- reconfirm [--dir MAPPE] [--out MAPPE] [--today ÅÅÅÅ-MM-DD]\n`,
  );
  return 2;
}
