/**
 * A problem found in registry or content data. Problems are values: checks collect them,
 * only the CLI prints them and sets the exit code (0 no errors, 1 errors, 2 usage/internal).
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root (or to the checked directory's parent), POSIX separators. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 1 when unknown. */
  column: number;
  /** Stable rule name, e.g. `unique-email`; lets a reader look the rule up in the README. */
  rule: string;
  severity: Severity;
  /** Danish, names the entity and says how to fix it. */
  message: string;
}

/** Sort by file, line, column, rule, message; drop exact duplicates. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const key = `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.rule}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule, 'en') ||
      a.message.localeCompare(b.message, 'da'),
  );
}

/** One line per problem: `file:line:column  rule  message` (warnings marked). */
export function formatProblemsText(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map(
      (p) => `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.severity === 'warning' ? 'advarsel: ' : ''}${p.message}`,
    )
    .join('\n');
}

/** `{"ok": bool, "errors": [...], "warnings": [...]}` */
export function formatProblemsJson(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  return JSON.stringify({ ok: errors.length === 0, errors, warnings }, null, 2);
}

/** Danish one-line summary, e.g. "2 fejl, 1 advarsel". */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`;
}

/** 0 when there are no errors (warnings allowed), 1 otherwise. */
export function exitCodeFor(problems: readonly Problem[]): 0 | 1 {
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
