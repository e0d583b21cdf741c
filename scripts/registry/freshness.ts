import { fileURLToPath } from 'node:url';
import type { Problem } from '../problems/problem.ts';
import { staleSchemaProblems } from './json-schema.ts';
import type { Registry } from './types.ts';

/** What a freshness check gets: where the registry is, and the registry when it loaded cleanly. */
export interface FreshnessContext {
  /** Absolute registry directory (e.g. /repo/registry). */
  dir: string;
  /** Absolute directory that problem paths are relative to (the registry directory's parent: the repo root). */
  root: string;
  /** Turn an absolute path into a problem path (relative to `root`, POSIX separators). */
  rel(absPath: string): string;
  /** Undefined when loading failed; checks that need it should then return no problems. */
  registry?: Registry;
}

/** A check that a generated file is up to date with the registry or its schemas. */
export interface FreshnessCheck {
  /** The rule name used in its problems; `check --skip <name>` skips it. */
  name: string;
  run(ctx: FreshnessContext): Promise<Problem[]>;
}

/** Ensure registry/schema/*.schema.json equals what `registry schema` would write. */
export const schemaStale: FreshnessCheck = {
  name: 'schema-stale',
  run: (ctx) => staleSchemaProblems(ctx.dir, ctx.rel),
};

/**
 * Built-in freshness checks. Other parts may push onto this list, or — without touching this file —
 * ship one of the modules in {@link pluginModules} exporting `freshnessCheck: FreshnessCheck`.
 */
export const freshnessChecks: FreshnessCheck[] = [schemaStale];

/**
 * Modules loaded when present: `codeowners-stale.ts` (generated .github/CODEOWNERS, owned by `registry codeowners`)
 * and `issue-form-stale.ts` (the access-request form's municipality dropdown, owned by `registry issue-form`).
 */
export const pluginModules: readonly string[] = ['./codeowners-stale.ts', './issue-form-stale.ts'];

/** The built-in checks plus those of every plug-in module that exists. */
export async function allFreshnessChecks(): Promise<FreshnessCheck[]> {
  const checks = [...freshnessChecks];
  for (const specifier of pluginModules) {
    try {
      const mod = (await import(specifier)) as { freshnessCheck?: FreshnessCheck };
      if (mod.freshnessCheck) checks.push(mod.freshnessCheck);
    } catch (error) {
      // A missing plug-in is normal; any other failure is a bug and must surface.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      if (!String((error as Error).message).includes(fileURLToPath(new URL(specifier, import.meta.url)))) throw error;
    }
  }
  return checks;
}
