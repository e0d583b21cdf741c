/**
 * `discussions export [--tier kerne|bred]... [--out DIR] [--registry DIR]`: read each tier's GitHub Discussions (the
 * repository and categories in policy.yaml) over GraphQL and write `DIR/<tier>.json`, the export the build reads.
 * Credentials from the environment (scripts/github/credentials.ts), the API address from GITHUB_API_URL (GitHub
 * Enterprise Server: https://HOST/api/v3). Every tier is read before anything is written, so a failure changes
 * nothing. Exit 0: written or unchanged; 1: the registry or GitHub's set-up does not match; 2: usage, credentials or
 * GitHub could not be read.
 */
import path from 'node:path';
import { todayInDenmark } from '#model/dates.ts';
import { DISCUSSIONS_DIR } from '#model/layout.ts';
import { TIERS, type Tier } from '#model/tiers.ts';
import { defineCommand } from './command.ts';
import { type Flag, registryDirFlag, stringFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

/** `--tier`: repeatable; both tiers by default, always in TIERS order. */
const tierFlag: Flag<Tier[]> = {
  type: 'string',
  multiple: true,
  placeholder: 'kerne|bred',
  help: 'eksportér kun dette niveaus repository (kan gentages; standard: begge)',
  read(raw, flag) {
    const given = Array.isArray(raw) ? raw : [];
    const wrong = given.find((value) => !(TIERS as readonly string[]).includes(value));
    if (wrong !== undefined) throw new UsageError(`${flag} skal være kerne eller bred (fik "${wrong}")`);
    return given.length === 0 ? [...TIERS] : TIERS.filter((tier) => given.includes(tier));
  },
};

const NO_TOKEN =
  'Mangler GITHUB_TOKEN (eller SIKKERHEDSNET_GITHUB_APP_ID og SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY): sæt et token, der kan læse Discussions i begge repositoryer. Uden token bygger sitet med de gemte eksporter i discussions/.';

export const exportCommand = defineCommand({
  summary: 'hent spørgsmål og svar fra GitHub Discussions til discussions/<niveau>.json, som bygningen læser',
  usage: 'Brug: npm run discussions -- export [--tier kerne|bred]... [--out MAPPE] [--registry MAPPE]',
  details:
    'Repositoryerne og kategorierne står under discussions i registry/policy.yaml. En fil, hvis diskussioner er\n' +
    'uændrede, røres ikke. Miljøvariabler: GITHUB_TOKEN (eller en GitHub App: SIKKERHEDSNET_GITHUB_APP_ID og\n' +
    'SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY), GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3).',
  flags: {
    tier: tierFlag,
    out: stringFlag('MAPPE', `hvor eksporterne skrives (standard: ${DISCUSSIONS_DIR})`),
    registry: registryDirFlag,
  },
  async run(flags) {
    const env = process.env;
    const { credentialsFromEnv } = await import('../github/credentials.ts');
    const auth = credentialsFromEnv(env);
    if ('error' in auth) {
      process.stderr.write(`${auth.error.startsWith('Mangler GITHUB_TOKEN') ? NO_TOKEN : auth.error}\n`);
      return 2;
    }
    const { loadRegistry } = await import('../registry/load.ts');
    const { runRules } = await import('../registry/rules/context.ts');
    const { discussionsRepo } = await import('../registry/rules/discussions.ts');
    const { formatProblemsText } = await import('../problems/problem.ts');
    const { registry, problems } = await loadRegistry(flags.registry);
    const refused = registry
      ? [...problems, ...runRules([{ name: 'discussions-repo', run: discussionsRepo }], registry, todayInDenmark())]
      : problems;
    if (!registry || refused.some((p) => p.severity === 'error')) {
      process.stderr.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(refused)}\n`);
      return 1;
    }
    const { discussions, github } = registry.policy;
    if (!discussions || !github) {
      process.stdout.write('policy.yaml har ingen discussions-sektion: intet at eksportere.\n');
      return 0;
    }
    const { connectGitHub, createGitHubClient } = await import('../github/client.ts');
    const { fetchDiscussions } = await import('../discussions/fetch.ts');
    const { DiscussionsFetchError, graphqlFailureMessage } = await import('../discussions/fetch-errors.ts');
    const { gitHubFailureMessage } = await import('./github-failure.ts');
    const { writeDiscussionExport } = await import('../discussions/export-file.ts');
    const clientOptions = env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {};
    const credentials = auth.credentials;
    const fetched = [];
    for (const tier of flags.tier) {
      const repository = { owner: github.org, name: discussions[tier].repo };
      const full = `${repository.owner}/${repository.name}`;
      try {
        const octokit =
          credentials.kind === 'token'
            ? createGitHubClient({ ...clientOptions, token: credentials.token })
            : (await connectGitHub(credentials, github.org, clientOptions)).octokit;
        const result = await fetchDiscussions(octokit.graphql, {
          tier,
          repository,
          categories: discussions.categories,
        });
        for (const warning of result.warnings) process.stderr.write(`advarsel: ${warning}\n`);
        fetched.push(result.export);
      } catch (error) {
        // GitHub refused or the set-up does not match: say so in Danish. Anything else is a bug for runCli.
        const message = graphqlFailureMessage(error, full) ?? gitHubFailureMessage(error, credentials.kind);
        if (message === undefined) throw error;
        const status = (error as { status?: number }).status;
        const hint =
          status === 403 || status === 404
            ? `\nEksporten skal kunne læse Discussions i ${full}: et fine-grained token med «Discussions: Read-only» på repositoryet, eller appens rettighed «Discussions». GITHUB_API_URL skal være API-adressen (https://api.github.com eller https://HOST/api/v3).`
            : '';
        process.stderr.write(`${full} (${tier}): ${message}${hint}\n`);
        return error instanceof DiscussionsFetchError ? 1 : 2;
      }
    }
    const out = flags.out ?? DISCUSSIONS_DIR;
    for (const data of fetched) {
      const written = await writeDiscussionExport(out, data);
      const shown = path.join(out, `${data.tier}.json`).split(path.sep).join('/');
      const count = data.discussions.length;
      process.stdout.write(
        `${shown}: ${count} ${count === 1 ? 'diskussion' : 'diskussioner'} fra ${data.repository}, ${written.changed ? 'skrevet' : 'uændret'}.\n`,
      );
    }
    return 0;
  },
});
