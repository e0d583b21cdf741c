import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { allFreshnessChecks } from './freshness.ts';
import { loadRegistry } from './load.ts';
import { runRules } from './rules/context.ts';
import { rules } from './rules/index.ts';
import type { Registry } from './types.ts';

/** Options for {@link checkRegistry}. */
export interface CheckOptions {
  /** The day the registry is judged on, `YYYY-MM-DD`. */
  today: string;
  /** Rule and freshness-check names to skip. */
  skip?: ReadonlySet<string>;
  /** Largest accepted file in bytes. */
  maxFileBytes?: number;
}

/**
 * `registry check` without the printing: load (schemas), then every rule, then every freshness check
 * (generated files up to date). Writes nothing.
 */
export async function checkRegistry(
  dir: string,
  options: CheckOptions,
): Promise<{ registry?: Registry; problems: Problem[] }> {
  const skip = options.skip ?? new Set<string>();
  const loaded = await loadRegistry(
    dir,
    options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes },
  );
  const problems = loaded.problems.filter((p) => !skip.has(p.rule));
  if (loaded.registry) problems.push(...runRules(rules, loaded.registry, options.today, skip));
  const abs = path.resolve(dir);
  const root = path.dirname(abs);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  for (const check of await allFreshnessChecks()) {
    if (skip.has(check.name)) continue;
    problems.push(
      ...(await check.run({ dir: abs, root, rel, ...(loaded.registry ? { registry: loaded.registry } : {}) })),
    );
  }
  return { ...(loaded.registry ? { registry: loaded.registry } : {}), problems };
}
