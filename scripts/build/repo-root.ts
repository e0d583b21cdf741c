import path from 'node:path';

/**
 * The repository this build code lives in: the default root of a build (templates-library/, registry/, site/,
 * node_modules/). Computed from this file's place, never from the environment; callers pass `repoRoot` to
 * build elsewhere.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
