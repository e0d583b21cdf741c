/**
 * `discussions report [--format md|csv|json] [--separator ;|,] [--from YYYY-MM] [--to YYYY-MM] [--dir DIR]
 * [--registry DIR] [--today YYYY-MM-DD]`: KL's report on questions and answers from the two exports (never from
 * GitHub: discussions-report.yml exports first when it has a token). Exit 0: the report; 1: an export or the registry
 * is missing or broken; 2: usage.
 */
import { DISCUSSIONS_DIR } from '#model/layout.ts';
import { TIERS } from '#model/tiers.ts';
import { defineCommand } from './command.ts';
import { csvSeparatorFlag, type Flag, formatFlag, registryDirFlag, stringFlag, todayFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

/** `--from` / `--to`: a month as `YYYY-MM`. */
function monthFlag(help: string): Flag<string | undefined> {
  return {
    type: 'string',
    placeholder: 'ÅÅÅÅ-MM',
    help,
    read(raw, flag) {
      if (raw === undefined) return undefined;
      const text = String(raw);
      if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
      throw new UsageError(`${flag} skal være en måned som 2026-01, ikke "${text}"`);
    },
  };
}

export const reportCommand = defineCommand({
  summary: "KL's rapport: spørgsmål pr. måned og kommune, andel besvaret, svartider og ubesvarede spørgsmål",
  usage:
    'Brug: npm run discussions -- report [--format md|csv|json] [--separator ;|,] [--from ÅÅÅÅ-MM] [--to ÅÅÅÅ-MM] [--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD]',
  details:
    'Rapporten bygger på eksporterne i --dir (npm run discussions -- export henter dem). Den nævner ingen personer,\n' +
    'kun kommuner. CSV har én række pr. spørgsmål til Excel.',
  flags: {
    format: formatFlag(['md', 'csv', 'json']),
    separator: csvSeparatorFlag,
    from: monthFlag('første måned (standard: måneden for det første spørgsmål)'),
    to: monthFlag('sidste måned (standard: denne måned)'),
    dir: stringFlag('MAPPE', `eksporterne (standard: ${DISCUSSIONS_DIR})`),
    registry: registryDirFlag,
    today: todayFlag,
  },
  async run(flags) {
    if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to)
      throw new UsageError(`--from ${flags.from} ligger efter --to ${flags.to}`);
    const { loadRegistry } = await import('../registry/load.ts');
    const { formatProblemsText } = await import('../problems/problem.ts');
    const { readDiscussionExport } = await import('../discussions/export-file.ts');
    const { registry, problems } = await loadRegistry(flags.registry);
    const errors = problems.filter((p) => p.severity === 'error');
    if (!registry || errors.length > 0) {
      process.stderr.write(`${formatProblemsText(errors)}\n\nRapporten kan ikke laves, før registret kan indlæses.\n`);
      return 1;
    }
    const dir = flags.dir ?? DISCUSSIONS_DIR;
    const [kerne, bred] = await Promise.all(TIERS.map((tier) => readDiscussionExport(dir, tier)));
    const failures: string[] = [];
    for (const read of [kerne, bred]) {
      if (read?.status === 'missing')
        failures.push(`${read.file}: filen findes ikke. Hent trådene med npm run discussions -- export.`);
      if (read?.status === 'invalid') failures.push(formatProblemsText(read.problems));
    }
    if (kerne?.status !== 'ok' || bred?.status !== 'ok') {
      process.stderr.write(`${failures.join('\n')}\n\nRapporten kan ikke laves uden begge eksporter.\n`);
      return 1;
    }
    const { discussionsReport } = await import('../discussions/report.ts');
    const { formatReport } = await import('../discussions/report-format.ts');
    const report = discussionsReport({ kerne: kerne.export, bred: bred.export }, registry, {
      today: flags.today,
      ...(flags.from !== undefined ? { from: flags.from } : {}),
      ...(flags.to !== undefined ? { to: flags.to } : {}),
    });
    const categoryName = registry.policy.discussions?.categories.questions ?? 'Spørgsmål og svar';
    process.stdout.write(formatReport(report, flags.format, { separator: flags.separator, categoryName }));
    return 0;
  },
});
