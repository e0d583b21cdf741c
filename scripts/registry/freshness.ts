import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { codeownersStaleProblems } from './codeowners.ts';
import { ISSUE_FORM_DIR, issueFormStaleProblems } from './issue-form.ts';
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
  /** Undefined when loading failed; checks that need it then return no problems. */
  registry?: Registry;
}

/** A check that a generated file is up to date with the registry or its schemas. */
export type FreshnessCheck = (ctx: FreshnessContext) => Promise<Problem[]>;

/** Ensure registry/schema/*.schema.json equals what `registry schema` would write. */
export function schemaStale(ctx: FreshnessContext): Promise<Problem[]> {
  return staleSchemaProblems(ctx.dir, ctx.rel);
}

/**
 * Ensure .github/CODEOWNERS equals what `registry codeowners` writes. A registry whose parent has no `.github/`
 * folder (a copy, a test fixture) is not the repository's own registry, so there is no file to keep fresh.
 */
export async function codeownersStale(ctx: FreshnessContext): Promise<Problem[]> {
  if (!ctx.registry || !existsSync(path.join(ctx.root, '.github'))) return [];
  return codeownersStaleProblems(ctx.registry, ctx.root);
}

/**
 * Ensure the generated dropdowns of the issue forms ("Anmod om adgang", "Del en erfaring") equal what `registry
 * issue-form` writes. Only a registry whose parent keeps the forms' folder (the repository's own registry, not a
 * copy or a test fixture) has them; there a missing form is a problem.
 */
export async function issueFormStale(ctx: FreshnessContext): Promise<Problem[]> {
  if (!ctx.registry || !existsSync(path.join(ctx.root, ISSUE_FORM_DIR))) return [];
  return issueFormStaleProblems(ctx.registry, ctx.root);
}

/** Every freshness check `registry check` runs, by the rule name in its problems (`check --skip <name>`). */
export const freshnessChecks: readonly { name: string; run: FreshnessCheck }[] = [
  { name: 'schema-stale', run: schemaStale },
  { name: 'codeowners-stale', run: codeownersStale },
  { name: 'issue-form-stale', run: issueFormStale },
];
