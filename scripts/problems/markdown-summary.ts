/**
 * A check's problems as a short Danish Markdown summary: the text of the comment CI keeps on a pull request, so a
 * contact person sees what to fix without opening the Actions log. Errors come before warnings, so the first rows
 * are what blocks the pull request; long lists are cut with "og N flere".
 */
import { type Problem, sortProblems, summarizeProblems } from './problem.ts';

export interface MarkdownSummaryOptions {
  /** What was checked, in Danish, e.g. `Kontrol af medlemsregistret`: the start of the heading. */
  title: string;
  /** How many problems the table shows at most (default 50). */
  limit?: number;
}

/** One line that cannot end a table cell (GitHub needs `\|` even inside a code span). */
const oneCell = (text: string) => text.replace(/\r?\n|\r/g, ' ').replaceAll('|', '\\|');

/**
 * A message cell: also no HTML, no link or image (messages quote what the pull request wrote, so `[x](url)` or
 * `![](url)` would put the author's link or tracking image into the bot's comment), and no @-mention that would
 * notify someone on every edit of the comment.
 */
const textCell = (text: string) =>
  oneCell(text)
    .replaceAll('<', '&lt;')
    .replace(/[[\]]/g, '\\$&')
    .replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*)/g, '$1`@$2`');

/** The summary: a heading with the counts, then a table of place, rule and message, or that nothing was found. */
export function formatProblemsMarkdown(problems: readonly Problem[], options: MarkdownSummaryOptions): string {
  const limit = options.limit ?? 50;
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const counts = summarizeProblems(sorted);
  if (sorted.length === 0) {
    return `### ${options.title}: ingen fejl fundet\n\nIngen fejl fundet ved seneste kørsel. De fejl, der stod her før, er rettet.\n`;
  }
  const lines =
    errors.length > 0
      ? [
          `### ${options.title}: ${counts}`,
          '',
          'Ret fejlene i filerne i denne pull request. Kontrollen kører igen, når du gemmer, og denne kommentar bliver opdateret.',
        ]
      : [
          `### ${options.title}: ingen fejl fundet, ${counts.replace(/^0 fejl, /, '')}`,
          '',
          'Ingen fejl fundet ved seneste kørsel. Advarslerne herunder forhindrer ikke, at ændringen flettes ind, men bør ordnes snart.',
        ];
  const shown = [...errors, ...warnings].slice(0, limit);
  lines.push('', '| Sted | Regel | Besked |', '| --- | --- | --- |');
  for (const p of shown) {
    const message = `${p.severity === 'warning' ? 'advarsel: ' : ''}${p.message}`;
    lines.push(`| \`${oneCell(`${p.file}:${p.line}:${p.column}`)}\` | \`${oneCell(p.rule)}\` | ${textCell(message)} |`);
  }
  const rest = sorted.length - shown.length;
  if (rest > 0)
    lines.push('', `… og ${rest} flere. Alle står i kontrollens log og ved linjerne under "Files changed".`);
  return `${lines.join('\n')}\n`;
}
