/**
 * `registry sync [--dir DIR] [--apply] [--format text|json] [--allow-large-removal REASON]`
 * Plans (and with --apply performs) the GitHub team sync. Credentials: a GitHub App (SIKKERHEDSNET_GITHUB_APP_ID,
 * SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY, optional SIKKERHEDSNET_GITHUB_APP_INSTALLATION_ID) or a token (GITHUB_TOKEN
 * or SIKKERHEDSNET_GITHUB_TOKEN); API base URL from GITHUB_API_URL (GitHub Enterprise Server:
 * https://HOST/api/v3). No credential is ever printed.
 */
import { parseArgs } from 'node:util';
import { connectGitHub } from '../github/client.ts';
import { credentialsFromEnv } from '../github/credentials.ts';
import { desiredStateFromRegistry } from '../github/desired.ts';
import { formatApplyText, formatPlanText } from '../github/format-plan.ts';
import { runSync } from '../github/sync.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'registry' },
      apply: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      'allow-large-removal': { type: 'string' },
    },
    strict: true,
  });
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write('Ukendt --format; brug text eller json.\n');
    return 2;
  }
  const auth = credentialsFromEnv(process.env);
  if ('error' in auth) {
    process.stderr.write(`${auth.error}\n`);
    return 2;
  }
  const { registry, problems } = await loadRegistry(values.dir);
  if (!registry || problems.some((p) => p.severity === 'error')) {
    process.stderr.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(problems)}\n`);
    return 1;
  }
  const desired = desiredStateFromRegistry(registry);
  if (!desired) {
    process.stdout.write('policy.yaml har ingen github-sektion: intet at synkronisere.\n');
    return 0;
  }
  const allow = values['allow-large-removal'];
  let outcome: Awaited<ReturnType<typeof runSync>>;
  try {
    const { octokit, self } = await connectGitHub(auth.credentials, desired.org, {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    });
    outcome = await runSync(octokit, desired, {
      apply: values.apply,
      ...(self ? { self } : {}),
      ...(allow ? { allowLargeRemoval: allow } : {}),
    });
  } catch (error) {
    // Reading GitHub failed (after the retry plugin's attempts): nothing was changed.
    const e = error as { status?: number; message?: string };
    const hint = failureHint(auth.credentials.kind, e.status);
    process.stderr.write(
      `GitHub kunne ikke læses (HTTP ${e.status ?? '?'}: ${e.message ?? String(error)}).${hint} Intet er ændret.\n`,
    );
    return 2;
  }
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify({ apply: values.apply, ...outcome }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatPlanText(outcome.plan)}\n`);
    if (!values.apply && outcome.plan.actions.length > 0)
      process.stdout.write('\nTør kørsel: intet er ændret. Brug --apply for at udføre planen.\n');
    if (outcome.result) process.stdout.write(`\n${formatApplyText(outcome.result)}\n`);
  }
  if (outcome.plan.refused) return 1;
  return outcome.result && outcome.result.failed.length > 0 ? 1 : 0;
}

/** What a failed status most likely means for this kind of credentials. */
function failureHint(kind: 'token' | 'app', status: number | undefined): string {
  if (kind === 'app') {
    if (status === 401) return ' Appens id eller private nøgle passer ikke sammen (eller nøglen er tilbagekaldt).';
    if (status === 404) return " Appen er ikke installeret på organisationen, eller installations-id'et er forkert.";
    if (status === 403)
      return ' Appen mangler rettigheder: Members (læse/skrive) og Administration (læse) på organisationen.';
    return '';
  }
  if (status === 401) return ' Tokenet er ugyldigt eller udløbet.';
  if (status === 403) return ' Tokenet mangler rettigheder til organisationen.';
  return '';
}
