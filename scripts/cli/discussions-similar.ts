/**
 * `discussions similar --repo kerne|bred|OWNER/NAME --number N [--post] [--dir DIR] [--library DIR] [--registry DIR]`:
 * the automatic answer to a new discussion that resembles older threads or templates (discussion-duplicates.yml).
 * With credentials in the environment it reads the discussion and the repository's other discussions live over
 * GraphQL (the workflow's run sees the discussion that started it, which no export has yet); without them it reads
 * both from the export in --dir, and cannot post. Only questions ("Spørgsmål og svar") and "Erfaringer" are
 * answered, never KL's polls, and never a discussion that already has the answer's marker. Exit 0: answered, or
 * nothing to answer; 1: the registry, the export or the discussion is not there; 2: usage, credentials or GitHub.
 */
import { DISCUSSIONS_DIR } from '#model/layout.ts';
import { TIERS, type Tier } from '#model/tiers.ts';
import type { GitHubCredentials } from '../github/credentials.ts';
import { defineCommand } from './command.ts';
import { booleanFlag, type Flag, libraryDirFlag, registryDirFlag, stringFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

/** `--number`: a discussion's number, a positive whole number. */
const numberFlag: Flag<number | undefined> = {
  type: 'string',
  placeholder: 'N',
  help: 'diskussionens nummer (det i adressen …/discussions/N)',
  read(raw, flag) {
    if (raw === undefined) return undefined;
    const text = String(raw);
    if (!/^[1-9]\d{0,9}$/.test(text))
      throw new UsageError(`${flag} skal være et diskussionsnummer, fx 12, ikke "${text}"`);
    return Number(text);
  },
};

const NO_TOKEN =
  'Mangler GITHUB_TOKEN (eller SIKKERHEDSNET_GITHUB_APP_ID og SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY): --post skriver på GitHub og kræver et token med «Discussions: Read and write» på repositoryet (i workflowet: permissions: discussions: write).';

export const similarCommand = defineCommand({
  summary: 'find tråde og skabeloner, der ligner en ny diskussion, og henvis til dem (skriv svaret med --post)',
  usage:
    'Brug: npm run discussions -- similar --repo kerne|bred|EJER/NAVN --number N [--post] [--dir MAPPE] [--library MAPPE] [--registry MAPPE]',
  details:
    'Med GITHUB_TOKEN læses diskussionen og repositoryets andre tråde direkte fra GitHub; ellers fra eksporten i\n' +
    '--dir. Kun spørgsmål og erfaringer får svar, aldrig KL spørger, og aldrig to gange. Miljøvariabler:\n' +
    'GITHUB_TOKEN (eller en GitHub App), GITHUB_API_URL, SIKKERHEDSNET_PUBLIC_URL (sitets adresse i skabelonernes links).',
  flags: {
    repo: stringFlag('kerne|bred|EJER/NAVN', 'repositoryet, diskussionen er i: niveauet eller navnet fra policy.yaml'),
    number: numberFlag,
    post: booleanFlag('skriv svaret som kommentar på diskussionen (ellers vises det kun)'),
    dir: stringFlag('MAPPE', `eksporterne, når der ikke er et token (standard: ${DISCUSSIONS_DIR})`),
    library: libraryDirFlag,
    registry: registryDirFlag,
  },
  async run(flags) {
    if (flags.repo === undefined || flags.number === undefined) throw new UsageError('Angiv både --repo og --number.');
    const { credentialsFromEnv } = await import('../github/credentials.ts');
    const auth = credentialsFromEnv(process.env);
    if ('error' in auth && flags.post) {
      process.stderr.write(`${auth.error.startsWith('Mangler GITHUB_TOKEN') ? NO_TOKEN : auth.error}\n`);
      return 2;
    }
    const credentials = 'credentials' in auth ? auth.credentials : undefined;
    try {
      return await answer({ ...flags, repo: flags.repo, number: flags.number }, credentials);
    } catch (error) {
      // GitHub refused or could not be read: say so in Danish. Anything else is a bug for runCli.
      const { DiscussionsFetchError, graphqlFailureMessage } = await import('../discussions/fetch-errors.ts');
      const { gitHubFailureMessage } = await import('./github-failure.ts');
      const repository = error instanceof RepositoryError ? error.repository : undefined;
      const cause = error instanceof RepositoryError ? error.cause : error;
      const message =
        repository && credentials
          ? (graphqlFailureMessage(cause, repository) ?? gitHubFailureMessage(cause, credentials.kind))
          : undefined;
      if (message === undefined) throw cause;
      process.stderr.write(`${repository}: ${message}\n`);
      return cause instanceof DiscussionsFetchError ? 1 : 2;
    }
  },
});

/** A failure while talking to GitHub about `repository`. */
class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  readonly repository: string;
  constructor(repository: string, cause: unknown) {
    super(`GitHub: ${repository}`, { cause });
    this.repository = repository;
  }
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface AnswerFlags {
  repo: string;
  number: number;
  post: boolean;
  dir: string | undefined;
  library: string;
  registry: string;
}

async function answer(flags: AnswerFlags, credentials: GitHubCredentials | undefined): Promise<number> {
  const { loadRegistry } = await import('../registry/load.ts');
  const { formatProblemsText } = await import('../problems/problem.ts');
  const { registry, problems } = await loadRegistry(flags.registry);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!registry || errors.length > 0) {
    process.stderr.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(errors)}\n`);
    return 1;
  }
  const { discussions, github } = registry.policy;
  if (!discussions || !github) {
    process.stderr.write(
      `${registry.files.policy} har ingen discussions-sektion: der er ingen Discussions at svare i.\n`,
    );
    return 1;
  }
  const full = (tier: Tier) => `${github.org}/${discussions[tier].repo}`;
  const tier = TIERS.find((t) => t === flags.repo || full(t).toLowerCase() === flags.repo.toLowerCase());
  if (!tier)
    throw new UsageError(
      `--repo ${flags.repo} er hverken kerne, bred eller et af repositoryerne i ${registry.files.policy} (${full('kerne')} og ${full('bred')}).`,
    );
  const { buildConfigFromEnv } = await import('./build-config.ts');
  const site = buildConfigFromEnv(process.env);
  if ('error' in site) {
    process.stderr.write(`${site.error}\n`);
    return 2;
  }
  const repository = { owner: github.org, name: discussions[tier].repo };
  const options = { tier, repository, number: flags.number, categories: discussions.categories };
  const { exportSources, liveSources } = await import('../discussions/similar-sources.ts');
  const onGitHub = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new RepositoryError(full(tier), error);
    }
  };
  let read: Awaited<ReturnType<typeof exportSources>>;
  if (credentials) {
    const { connectGitHub, createGitHubClient } = await import('../github/client.ts');
    const clientOptions = process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {};
    read = await onGitHub(async () => {
      const octokit =
        credentials.kind === 'token'
          ? createGitHubClient({ ...clientOptions, token: credentials.token })
          : (await connectGitHub(credentials, github.org, clientOptions)).octokit;
      return liveSources(octokit.graphql, options);
    });
  } else read = await exportSources(flags.dir ?? DISCUSSIONS_DIR, options);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const { discussion, others, post } = read;
  const where = `diskussion #${flags.number} i ${full(tier)}`;
  const names = discussions.categories;
  if (discussion.categoryName !== names.questions && discussion.categoryName !== names.experiences) {
    process.stdout.write(
      `${upperFirst(where)} er i kategorien "${discussion.categoryName}": Sikkerhedsnet henviser kun automatisk i "${names.questions}" og "${names.experiences}".\n`,
    );
    return 0;
  }
  const { isAutomaticAnswer, similarAnswer } = await import('../discussions/similar-answer.ts');
  if (discussion.commentBodies.some(isAutomaticAnswer)) {
    process.stdout.write(`${upperFirst(where)} har allerede fået en automatisk henvisning; intet nyt svar.\n`);
    return 0;
  }
  const { parseLibrary } = await import('../library/parse-library.ts');
  const { readLibraryFiles } = await import('../library/read-files.ts');
  const { findSimilar } = await import('../discussions/similar.ts');
  const library = parseLibrary(await readLibraryFiles(flags.library), {
    ownerCodes: new Set(registry.kommuner.map((k) => k.code)),
  });
  const result = findSimilar(discussion, {
    tier,
    discussions: await onGitHub(others),
    templates: library.templates,
    vocabulary: library.vocabulary,
  });
  const text = similarAnswer(result, { siteUrl: site.config.publicUrl });
  if (text === undefined) {
    process.stdout.write(`Intet ligner ${where} nok til en henvisning; intet svar.\n`);
    return 0;
  }
  if (!flags.post || !post) {
    process.stdout.write(`Svar til ${where} (skrives kun med --post):\n\n${text}`);
    return 0;
  }
  const url = await onGitHub(() => post(text));
  process.stdout.write(`${text}\nSkrevet på ${where}: ${url}\n`);
  return 0;
}
