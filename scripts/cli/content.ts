/**
 * `npm run content -- check|report [flags]`: the library's quality gates and its review report. A static table of
 * the two commands; the content code is imported only when a command runs.
 */
import { type Command, defineCommand, dispatch } from './command.ts';
import { experienceRequestCommand } from './content-experience-request.ts';
import { importCommand } from './content-import.ts';
import { templateRequestCommand } from './content-template-request.ts';
import {
  csvSeparatorFlag,
  formatFlag,
  jsonOutFlag,
  libraryDirFlag,
  registryDirFlag,
  skipFlag,
  stringFlag,
  todayFlag,
} from './flags.ts';
import { prCommentCommand } from './pr-comment-command.ts';
import { runCli, UsageError } from './run-cli.ts';

const COMMANDS: Readonly<Record<string, Command>> = {
  check: defineCommand({
    summary: 'kontrollér biblioteket: CPR-numre, persondata, klassifikation, links, dubletter, frontmatter, gennemgang',
    usage:
      'Brug: npm run content -- check [--dir MAPPE] [--registry MAPPE] [--changed-since REF] [--skip REGEL,…] ' +
      '[--format text|json|github] [--json-out FIL] [--today ÅÅÅÅ-MM-DD]',
    details:
      '--format github skriver hver fejl som en GitHub Actions-kommando (::error file=…,line=…::besked), så fejlen\n' +
      'vises ved linjen i pull requesten. --json-out FIL gemmer resultatet til PR-kommentaren (pr-comment).',
    flags: {
      dir: libraryDirFlag,
      registry: registryDirFlag,
      'changed-since': stringFlag('REF', 'kun filer ændret siden git-referencen REF (plus nye filer)'),
      skip: skipFlag,
      format: formatFlag(['text', 'json', 'github']),
      'json-out': jsonOutFlag,
      today: todayFlag,
    },
    async run(flags) {
      const changedSince = flags['changed-since'];
      const { checkContent } = await import('../content/run.ts');
      const { ChangedFilesError } = await import('../content/changed-files.ts');
      const { CONTENT_CHECKS } = await import('../content/checks.ts');
      const known = CONTENT_CHECKS.map((c) => c.rule);
      const unknown = flags.skip.filter((rule) => !known.includes(rule));
      // A renamed or mistyped rule must not quietly skip nothing (e.g. the old --skip frontmatter).
      if (unknown.length > 0) {
        throw new UsageError(`Ukendt regel i --skip: ${unknown.join(', ')}. Reglerne er: ${known.join(', ')}.`);
      }
      const { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } = await import(
        '../problems/problem.ts'
      );
      let problems: Awaited<ReturnType<typeof checkContent>>;
      try {
        problems = await checkContent({
          dir: flags.dir,
          registryDir: flags.registry,
          today: flags.today,
          skip: flags.skip,
          ...(changedSince !== undefined ? { changedSince } : {}),
        });
      } catch (error) {
        // git's refusal of --changed-since is the user's to fix (exit 2); anything else is a bug for runCli.
        if (!(error instanceof ChangedFilesError)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 2;
      }
      const { githubAnnotations, writeProblemsJson } = await import('./check-output.ts');
      const jsonOut = flags['json-out'];
      if (jsonOut !== undefined) await writeProblemsJson(jsonOut, problems);
      if (flags.format === 'json') console.log(formatProblemsJson(problems));
      else {
        if (problems.length > 0) {
          const checked = [flags.dir, flags.registry];
          console.log(flags.format === 'github' ? githubAnnotations(problems, checked) : formatProblemsText(problems));
        }
        console.log(`content check: ${summarizeProblems(problems)}`);
      }
      return exitCodeFor(problems);
    },
  }),
  report: defineCommand({
    summary: 'skabeloner over tid til gennemgang, frister de næste 60 dage og bibliotekets størrelse',
    usage:
      'Brug: npm run content -- report [--dir MAPPE] [--registry MAPPE] [--format md|json|csv] [--separator ;|,] [--today ÅÅÅÅ-MM-DD]',
    flags: {
      dir: libraryDirFlag,
      registry: registryDirFlag,
      format: formatFlag(['md', 'json', 'csv']),
      separator: csvSeparatorFlag,
      today: todayFlag,
    },
    async run(flags) {
      const { loadContentContext } = await import('../content/run.ts');
      const { formatReviewReport, reviewReport } = await import('../content/report.ts');
      const context = await loadContentContext({ dir: flags.dir, registryDir: flags.registry, today: flags.today });
      const report = reviewReport(context.library, context.registry.municipalities, flags.today);
      const text = formatReviewReport(report, flags.format, flags.separator);
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      return 0;
    },
  }),
  'pr-comment': prCommentCommand('content-check', 'npm run content --'),
  'experience-request': experienceRequestCommand,
  import: importCommand,
  'template-request': templateRequestCommand,
};

await runCli(
  dispatch(COMMANDS, {
    usage: 'Brug: npm run content -- <kommando> [tilvalg]',
    program: 'npm run content --',
    unknown: (name) => `Ukendt eller manglende kommando: ${name ?? '(ingen)'}.`,
  }),
  { name: 'npm run content' },
);
