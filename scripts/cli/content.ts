import { parseArgs } from 'node:util';

const USAGE = `Brug: npm run content -- <kommando> [tilvalg]

Kommandoer:
  check    Kontrollér biblioteket: CPR-numre, persondata, klassifikation, links, dubletter, frontmatter, gennemgang
  report   Liste over skabeloner, der er over tid til gennemgang

Tilvalg:
  --dir DIR             Biblioteket (standard: templates-library)
  --registry DIR        Registeret (standard: registry)
  --changed-since REF   check: kun filer ændret siden git-referencen REF (plus nye filer)
  --skip REGEL          check: spring en regel over (kan gentages)
  --format FORMAT       check: text | json (standard: text); report: md | json | csv (standard: md)
  --today ÅÅÅÅ-MM-DD    Dagens dato (standard: i dag)`;

class UsageError extends Error {}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Parse argv; throws UsageError with a Danish message for anything the commands do not accept. */
function parse(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dir: { type: 'string', default: 'templates-library' },
        registry: { type: 'string', default: 'registry' },
        'changed-since': { type: 'string' },
        skip: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const name = positionals[0];
  if (name !== 'check' && name !== 'report') {
    throw new UsageError(`Ukendt eller manglende kommando: ${name ?? '(ingen)'}.`);
  }
  const command: 'check' | 'report' = name;
  if (positionals.length > 1) throw new UsageError(`Uventet argument: ${positionals[1]}.`);
  const today = (values.today as string | undefined) ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    throw new UsageError(`--today skal være en dato som ÅÅÅÅ-MM-DD, ikke "${today}".`);
  }
  const formats = command === 'check' ? ['text', 'json'] : ['md', 'json', 'csv'];
  const format = (values.format as string | undefined) ?? formats[0] ?? '';
  if (!formats.includes(format)) throw new UsageError(`--format for ${command} skal være ${formats.join(' | ')}.`);
  if (command === 'report' && values['changed-since']) throw new UsageError('--changed-since gælder kun for check.');
  return {
    command,
    format,
    today,
    dir: values.dir as string,
    registryDir: values.registry as string,
    changedSince: values['changed-since'] as string | undefined,
    skip: values.skip as string[],
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  if (args.command === 'check') {
    const { checkContent } = await import('../content/run.ts');
    const { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } = await import(
      '../problems/problem.ts'
    );
    const problems = await checkContent(args);
    if (args.format === 'json') console.log(formatProblemsJson(problems));
    else {
      if (problems.length > 0) console.log(formatProblemsText(problems));
      console.log(`content check: ${summarizeProblems(problems)}`);
    }
    return exitCodeFor(problems);
  }
  const { loadContentContext } = await import('../content/run.ts');
  const { overdueTemplates } = await import('../content/review-deadline.ts');
  const { formatReviewReport, reportRows } = await import('../content/report.ts');
  const context = await loadContentContext(args);
  const rows = reportRows(overdueTemplates(context.library, args.today), context.registry.municipalities);
  console.log(formatReviewReport(rows, args.format as 'md' | 'json' | 'csv', args.today));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof Error && error.name === 'ChangedFilesError') console.error(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      console.error(`Mappen eller filen findes ikke: ${(error as NodeJS.ErrnoException).path}`);
    else console.error(`Intern fejl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
