import type { Problem } from '../../problems/problem.ts';

/** Build an expected problem; `file` is relative to the fixture registry. */
export function problem(
  rule: string,
  file: string,
  line: number,
  column: number,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: `registry/${file}`, line, column, rule, severity, message };
}
