import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { freshnessChecks } from './freshness.ts';
import { type ParseOptions, parseRegistry } from './parse.ts';
import { readRegistryFiles } from './read-files.ts';
import type { RegistryFiles } from './registry-files.ts';
import { runRules } from './rules/context.ts';
import { rules } from './rules/index.ts';
import { readTopicVocabulary, type TopicVocabulary } from './topic-vocabulary.ts';
import type { Registry } from './types.ts';

/** Options for {@link checkFiles}: the day, rules to skip, and how to parse (file size limit, reader). */
export interface CheckOptions extends ParseOptions {
  /** The day the registry is judged on, `YYYY-MM-DD`. */
  today: string;
  /** Rule and freshness-check names to skip. */
  skip?: ReadonlySet<string>;
  /** The library's tag vocabulary for members' topics (`member-topic`); without it topics are not checked. */
  vocabulary?: TopicVocabulary;
}

/** Options for {@link checkRegistry}: those of {@link checkFiles}, and where the library's vocabulary is. */
export interface CheckRegistryOptions extends CheckOptions {
  /** The library folder whose ordliste.yaml holds the topics members may list (`--library`, default templates-library). */
  library?: string;
}

/** What a check found: the registry when it loaded, and every problem. */
export interface CheckResult {
  registry?: Registry;
  problems: Problem[];
}

/**
 * The two phases on a file set in memory: load (schemas), then every rule. Pure; used for edits, which are
 * checked before anything is written.
 */
export function checkFiles(files: RegistryFiles, options: CheckOptions): CheckResult {
  const { today, skip = new Set<string>(), vocabulary, ...parse } = options;
  const loaded = parseRegistry(files, parse);
  const problems = loaded.problems.filter((p) => !skip.has(p.rule));
  if (!loaded.registry) return { problems };
  problems.push(...runRules(rules, loaded.registry, today, skip, vocabulary));
  return { registry: loaded.registry, problems };
}

/**
 * `registry check` without the printing: read the directory (and the library's vocabulary when `library` is given),
 * load and run every rule ({@link checkFiles}), then every freshness check (generated files up to date). Writes
 * nothing.
 */
export async function checkRegistry(dir: string, options: CheckRegistryOptions): Promise<CheckResult> {
  const { library, ...rest } = options;
  const read = options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes };
  const vocabulary = library === undefined ? rest.vocabulary : await readTopicVocabulary(library);
  const checked = checkFiles(await readRegistryFiles(dir, read), { ...rest, ...(vocabulary ? { vocabulary } : {}) });
  const abs = path.resolve(dir);
  const root = path.dirname(abs);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const context = { dir: abs, root, rel, ...(checked.registry ? { registry: checked.registry } : {}) };
  for (const { name, run } of freshnessChecks) {
    if (!options.skip?.has(name)) checked.problems.push(...(await run(context)));
  }
  return checked;
}
