/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`): GitHub turns each
 * line of a step's output into an annotation on the pull request's changed line, where a contact person sees it
 * without opening the log. The escaping is the one `@actions/core` uses (packages/core/src/command.ts), which the
 * runner undoes: without it a newline in a message would end the command and a `,` or `:` in a file name would end
 * the property.
 */
import { type Problem, sortProblems } from './problem.ts';

/** The message part of a workflow command: `%`, CR and LF percent-encoded (`%` first, so nothing is encoded twice). */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value of a workflow command: as {@link escapeCommandData}, plus `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * One workflow command per problem, sorted: `::error` for errors, `::warning` for warnings, the rule as the
 * annotation's title. `place` turns a problem's file into the path GitHub knows (relative to the repository root);
 * by default the file is used as it is.
 */
export function formatProblemsGithub(
  problems: readonly Problem[],
  place: (file: string) => string = (file) => file,
): string {
  return sortProblems(problems)
    .map((p) => {
      const properties = [
        `file=${escapeCommandProperty(place(p.file))}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `title=${escapeCommandProperty(p.rule)}`,
      ];
      return `::${p.severity} ${properties.join(',')}::${escapeCommandData(p.message)}`;
    })
    .join('\n');
}
