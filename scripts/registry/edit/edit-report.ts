import { formatProblemsText } from '../../problems/problem.ts';
import { codeownersOutdated } from '../codeowners.ts';
import type { EditResult } from './edit-context.ts';

/** The text an edit command prints and its exit code (0 written, 1 refused). */
export interface EditReport {
  text: string;
  exitCode: 0 | 1;
}

/**
 * Turn an edit result into Danish output: the refusal with its located problems, or what was written,
 * any warnings the edit introduced, and a reminder when CODEOWNERS must be regenerated.
 */
export async function reportEdit(dir: string, result: EditResult, done: string): Promise<EditReport> {
  if (!result.written) {
    return {
      text: `Ændringen er afvist; filen er ikke ændret (linjenumrene viser, hvor fejlene ville stå efter ændringen):\n${formatProblemsText(result.problems)}`,
      exitCode: 1,
    };
  }
  const lines = [`${done} ${result.written}${result.created ? ' (ny fil)' : ''}.`];
  if (result.problems.length > 0) lines.push(formatProblemsText(result.problems));
  if (await codeownersOutdated(dir)) {
    lines.push('Kontaktpersonerne er ændret: kør også `npm run registry -- codeowners`, og commit .github/CODEOWNERS.');
  }
  return { text: lines.join('\n'), exitCode: 0 };
}
