/** `registry compile --out FILE`: write the gate's access list; 1 when the registry has errors (nothing written). */

import { formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { compileAccessList, compileBlockers } from '../registry/compile.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeFileAtomic } from '../registry/write-atomic.ts';
import type { CompileFlags } from './registry-commands.ts';
import { UsageError } from './run-cli.ts';

export async function run(flags: CompileFlags): Promise<number> {
  const { out, today } = flags;
  if (out === undefined) throw new UsageError('angiv --out FIL');
  const { registry, problems } = await loadRegistry(flags.dir);
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
