import type { Problem } from '../../problems/problem.ts';
import type { TopicVocabulary } from '../topic-vocabulary.ts';
import type { Position, Registry } from '../types.ts';

/** What a rule sees: the loaded registry, the date it is judged on, and a way to report. */
export interface RuleContext {
  registry: Registry;
  /** `YYYY-MM-DD`; rules never read the clock, so tests pin the date. */
  today: string;
  /**
   * The library's tag vocabulary for members' topics (`registry check --library`, the build). Undefined where no
   * topic is being judged (compile, roster edits): then `member-topic` checks nothing.
   */
  vocabulary?: TopicVocabulary;
  error(at: Position, message: string): void;
  warning(at: Position, message: string): void;
}

/** A rule: one named function that inspects the registry and reports problems. */
export type Rule = (ctx: RuleContext) => void;

/** A rule with the stable name that appears in problems and in registry/README.md. */
export interface NamedRule {
  name: string;
  run: Rule;
}

/** Run `rules` (except those in `skip`) and collect their problems; `vocabulary` is for `member-topic`. */
export function runRules(
  rules: readonly NamedRule[],
  registry: Registry,
  today: string,
  skip: ReadonlySet<string> = new Set(),
  vocabulary?: TopicVocabulary,
): Problem[] {
  const problems: Problem[] = [];
  for (const { name, run } of rules) {
    if (skip.has(name)) continue;
    const report = (severity: Problem['severity']) => (at: Position, message: string) =>
      problems.push({ file: at.file, line: at.line, column: at.column, rule: name, severity, message });
    run({ registry, today, ...(vocabulary ? { vocabulary } : {}), error: report('error'), warning: report('warning') });
  }
  return problems;
}
