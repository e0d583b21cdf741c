/** `registry report`: coverage of the 98 municipalities; 1 when the registry cannot be loaded. */

import { formatProblemsText } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import { coverageReport } from '../registry/report/coverage.ts';
import { coverageCsv, coverageMarkdown } from '../registry/report/format.ts';
import type { ReportFlags } from './registry-commands.ts';

export async function run(flags: ReportFlags): Promise<number> {
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry) {
    process.stderr.write(`${formatProblemsText(problems)}\n\nRapporten kan ikke laves, før registret kan indlæses.\n`);
    return 1;
  }
  const report = coverageReport(registry, flags.today);
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : flags.format === 'csv'
        ? coverageCsv(report, flags.separator)
        : coverageMarkdown(report);
  process.stdout.write(text);
  return 0;
}
