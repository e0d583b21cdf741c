/** `registry check`: validate the registry; prints problems and returns 0 (no errors) or 1 (errors). */

import { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { checkRegistry } from '../registry/check.ts';
import { githubAnnotations, writeProblemsJson } from './check-output.ts';
import type { CheckFlags } from './registry-commands.ts';

export async function run(flags: CheckFlags): Promise<number> {
  const options = { today: flags.today, skip: new Set(flags.skip), library: flags.library };
  const { problems } = await checkRegistry(flags.dir, options);
  const jsonOut = flags['json-out'];
  if (jsonOut !== undefined) await writeProblemsJson(jsonOut, problems);
  if (flags.format === 'json') {
    process.stdout.write(`${formatProblemsJson(problems)}\n`);
  } else {
    const text =
      flags.format === 'github'
        ? githubAnnotations(problems, [flags.dir, flags.library])
        : formatProblemsText(problems);
    const verdict = exitCodeFor(problems) === 0 ? 'Registret er i orden' : 'Registret har fejl';
    process.stdout.write(`${text ? `${text}\n\n` : ''}${verdict}: ${summarizeProblems(problems)}.\n`);
  }
  return exitCodeFor(problems);
}
