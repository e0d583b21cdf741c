/** `registry check [--dir DIR] [--format text|json] [--today YYYY-MM-DD] [--skip RULE,…]` */

import { todayInDenmark } from '#model/dates.ts';
import { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { checkRegistry } from '../registry/check.ts';
import { choiceError, dirError, parseFlags, todayError } from '../registry/cli-args.ts';

const USAGE =
  'Brug: npm run registry -- check [--dir MAPPE] [--format text|json] [--today ÅÅÅÅ-MM-DD] [--skip REGEL,…]';

/** Validate the registry; prints problems and returns 0 (no errors), 1 (errors) or 2 (usage). */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    format: { type: 'string', default: 'text' },
    today: { type: 'string' },
    skip: { type: 'string', default: '' },
  });
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const dir = String(parsed.values.dir);
  const format = String(parsed.values.format);
  const today = parsed.values.today === undefined ? todayInDenmark() : String(parsed.values.today);
  const usageError = dirError(dir) ?? choiceError('--format', format, ['text', 'json']) ?? todayError(today);
  if (usageError) {
    process.stderr.write(`${usageError}\n${USAGE}\n`);
    return 2;
  }
  const skip = new Set(
    String(parsed.values.skip)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const { problems } = await checkRegistry(dir, { today, skip });
  if (format === 'json') {
    process.stdout.write(`${formatProblemsJson(problems)}\n`);
  } else {
    const text = formatProblemsText(problems);
    const verdict = exitCodeFor(problems) === 0 ? 'Registret er i orden' : 'Registret har fejl';
    process.stdout.write(`${text ? `${text}\n\n` : ''}${verdict}: ${summarizeProblems(problems)}.\n`);
  }
  return exitCodeFor(problems);
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
