/** `registry report [--dir DIR] [--format md|json|csv] [--today YYYY-MM-DD]`: coverage of the 98 municipalities. */

import { todayInDenmark } from '#model/dates.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { choiceError, dirError, parseFlags, todayError } from '../registry/cli-args.ts';
import { loadRegistry } from '../registry/load.ts';
import { coverageReport } from '../registry/report/coverage.ts';
import { coverageCsv, coverageMarkdown } from '../registry/report/format.ts';

const USAGE = 'Brug: npm run registry -- report [--dir MAPPE] [--format md|json|csv] [--today ÅÅÅÅ-MM-DD]';

/** Print the coverage report; 0 printed, 1 registry cannot be loaded, 2 usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    format: { type: 'string', default: 'md' },
    today: { type: 'string' },
  });
  const v = parsed.values;
  const today = v.today === undefined ? todayInDenmark() : String(v.today);
  const usageError = parsed.ok
    ? (dirError(String(v.dir)) ?? choiceError('--format', String(v.format), ['md', 'json', 'csv']) ?? todayError(today))
    : parsed.error;
  if (usageError) {
    process.stderr.write(`${usageError}\n${USAGE}\n`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(String(v.dir));
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n\nRapporten kan ikke laves, før registret kan indlæses.\n`);
    return 1;
  }
  const report = coverageReport(registry, today);
  const text =
    v.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : v.format === 'csv'
        ? coverageCsv(report)
        : coverageMarkdown(report);
  process.stdout.write(text);
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
