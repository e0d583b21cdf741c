/** `registry compile --out FILE [--dir DIR] [--today YYYY-MM-DD]`: write the gate's access list. */

import { todayInDenmark } from '#model/dates.ts';
import { formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { dirError, parseFlags, todayError } from '../registry/cli-args.ts';
import { compileAccessList, compileBlockers } from '../registry/compile.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeFileAtomic } from '../registry/write-atomic.ts';

const USAGE = 'Brug: npm run registry -- compile --out FIL [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]';

/** Compile the access list; 0 written, 1 registry has errors (nothing written), 2 usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    out: { type: 'string' },
    today: { type: 'string' },
  });
  const values = parsed.values;
  const out = values.out === undefined ? undefined : String(values.out);
  const today = values.today === undefined ? todayInDenmark() : String(values.today);
  const usageError = parsed.ok
    ? out === undefined
      ? 'angiv --out FIL'
      : (dirError(String(values.dir)) ?? todayError(today))
    : parsed.error;
  if (usageError || out === undefined) {
    process.stderr.write(`${usageError}\n${USAGE}\n`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(String(values.dir));
  const blockers = registry ? compileBlockers(registry, today) : problems.filter((p) => p.severity === 'error');
  if (!registry || blockers.length > 0) {
    process.stderr.write(
      `${formatProblemsText(blockers)}\n\nAdgangslisten blev ikke skrevet: ${summarizeProblems(blockers)}.\n`,
    );
    return 1;
  }
  const list = compileAccessList(registry, new Date());
  await writeFileAtomic(out, `${JSON.stringify(list, null, 2)}\n`);
  const count = Object.keys(list.members).length;
  process.stdout.write(`Skrev ${out}: ${count} personer.\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
