/**
 * `registry sync [--apply]`: plans (and with --apply performs) the GitHub team sync. Credentials come from the
 * environment through scripts/github/credentials.ts (a GitHub App or a token), the API base URL from GITHUB_API_URL
 * (GitHub Enterprise Server: https://HOST/api/v3). No credential is ever printed.
 */
import { connectGitHub } from '../github/client.ts';
import { credentialsFromEnv } from '../github/credentials.ts';
import { desiredStateFromRegistry } from '../github/desired.ts';
import { formatApplyText, formatPlanText } from '../github/format-plan.ts';
import { runSync } from '../github/sync.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import { gitHubFailureMessage } from './github-failure.ts';
import type { SyncFlags } from './registry-commands.ts';

export async function run(flags: SyncFlags): Promise<number> {
  const env = process.env;
  const auth = credentialsFromEnv(env);
  if ('error' in auth) {
    process.stderr.write(`${auth.error}\n`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(flags.dir);
  if (!registry || problems.some((p) => p.severity === 'error')) {
    process.stderr.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  const desired = desiredStateFromRegistry(registry);
  if (!desired) {
    process.stdout.write('policy.yaml har ingen github-sektion: intet at synkronisere.\n');
    return 0;
  }
  const allow = flags['allow-large-removal'];
  let outcome: Awaited<ReturnType<typeof runSync>>;
  try {
    const { octokit, self } = await connectGitHub(auth.credentials, desired.org, {
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
    outcome = await runSync(octokit, desired, {
      apply: flags.apply,
      ...(self ? { self } : {}),
      ...(allow ? { allowLargeRemoval: allow } : {}),
    });
  } catch (error) {
    // A request to GitHub failed (after the retry plugin's attempts): nothing was changed. Anything else is a bug.
    const message = gitHubFailureMessage(error, auth.credentials.kind);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    return 2;
  }
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify({ apply: flags.apply, ...outcome }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatPlanText(outcome.plan)}\n`);
    if (!flags.apply && outcome.plan.actions.length > 0)
      process.stdout.write('\nTør kørsel: intet er ændret. Brug --apply for at udføre planen.\n');
    if (outcome.result) process.stdout.write(`\n${formatApplyText(outcome.result)}\n`);
  }
  if (outcome.plan.refused) return 1;
  return outcome.result && outcome.result.failed.length > 0 ? 1 : 0;
}
