/**
 * The Danish answer when the Word import refuses a file: the file's own faults (not a Word document, too big,
 * macros, external links) and what the content checks found in the text, each with where to look. Findings that
 * must not be shared also say that the attachment stays in the issue until a moderator removes it.
 */
import type { Problem } from '../../problems/problem.ts';

/** Rules whose findings mean the attachment itself holds something that must not be shared. */
const SENSITIVE = new Set(['cpr-number', 'private-email', 'phone-number', 'classification']);

/** The answer for the problems `importDocx` returned for `fileName`. */
export function importFailure(fileName: string, problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.length > 0 ? errors : problems;
  const list = shown.map((p) => `- ${p.file === fileName ? '' : `\`${p.file}:${p.line}:${p.column}\`: `}${p.message}`);
  const sensitive = shown.some((p) => SENSITIVE.has(p.rule));
  return (
    `Skabelonen er ikke gemt, fordi Word-filen «${fileName}» ikke kan bruges:\n\n${list.join('\n')}\n\n` +
    'Ret dokumentet i Word, og træk den rettede fil ind i feltet «Word-fil» i stedet for den gamle, så prøver ' +
    'robotten igen.' +
    (sensitive
      ? ' Den gamle fil kan stadig hentes af alle med adgang til repositoryet: bed en moderator i KL om at slette ' +
        'den fra sagen og sagens historik.'
      : '')
  );
}
