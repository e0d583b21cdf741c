import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FreshnessCheck } from './freshness.ts';
import { ISSUE_FORM_FILE, issueFormStaleProblems } from './issue-form.ts';

/**
 * Ensure the "Anmod om adgang" form's municipality dropdown equals what `registry issue-form` writes. Plugged into
 * `check` through `pluginModules` in freshness.ts. Only a registry whose parent keeps the form (the repository's
 * own registry, not a copy or a test fixture) has a form to keep fresh.
 */
export const freshnessCheck: FreshnessCheck = {
  name: 'issue-form-stale',
  run: async (ctx) => {
    if (!ctx.registry || !existsSync(path.join(ctx.root, ISSUE_FORM_FILE))) return [];
    return issueFormStaleProblems(ctx.registry, ctx.root);
  },
};
