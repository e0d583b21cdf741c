import { existsSync } from 'node:fs';
import path from 'node:path';
import { codeownersStaleProblems } from './codeowners.ts';
import type { FreshnessCheck } from './freshness.ts';

/**
 * Ensure .github/CODEOWNERS equals what `registry codeowners` writes. Plugged into `check` through
 * `pluginModules` in freshness.ts. A registry whose parent has no `.github/` folder (a copy, a test fixture)
 * is not the repository's own registry, so there is no CODEOWNERS file to keep fresh.
 */
export const freshnessCheck: FreshnessCheck = {
  name: 'codeowners-stale',
  run: async (ctx) => {
    if (!ctx.registry || !existsSync(path.join(ctx.root, '.github'))) return [];
    return codeownersStaleProblems(ctx.registry, ctx.root);
  },
};
