/**
 * The octokit client for sync, authenticated by a token or as a GitHub App installation. The `octokit` package's
 * Octokit includes the throttling and retry plugins: rate limits (403/429 with retry-after or x-ratelimit-reset)
 * are waited out a bounded number of times and 5xx responses are retried. Credentials are never logged.
 */
import { App, Octokit } from 'octokit';
import type { GitHubCredentials } from './credentials.ts';
import type { SyncAccount } from './types.ts';

export interface ClientOptions {
  /** API base URL; GitHub Enterprise Server: https://HOST/api/v3 */
  baseUrl?: string;
  /** How many times a rate-limited request is retried (default 3). */
  rateLimitRetries?: number;
  /** Throttling overrides (tests pass a write group without the 1 s spacing and a small retry base). */
  throttle?: Record<string, unknown>;
  retry?: { retries?: number; retryAfterBaseValue?: number };
  log?: (line: string) => void;
}

/** A connected client and the account it acts as (unknown for a bare installation token). */
export interface GitHubConnection {
  octokit: Octokit;
  self?: SyncAccount;
}

/** Octokit constructor options shared by both kinds of authentication. */
function clientDefaults(options: ClientOptions) {
  const retries = options.rateLimitRetries ?? 3;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryCount >= retries) {
        log(`GitHub: ${kind} på ${request.method} ${request.url}; giver op efter ${retries} forsøg.`);
        return false;
      }
      log(`GitHub: ${kind} på ${request.method} ${request.url}; venter ${retryAfter} s og prøver igen.`);
      return true;
    };
  return {
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'sikkerhedsnet-registry-sync',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('sekundær rate limit'),
      ...options.throttle,
    },
    retry: { ...options.retry },
  };
}

/** Create a client authenticated by a token (personal, fine-grained, installation or a workflow's GITHUB_TOKEN). */
export function createGitHubClient(options: ClientOptions & { token: string }): Octokit {
  return new Octokit({ auth: options.token, ...clientDefaults(options) });
}

/**
 * Connect with `credentials` and find out who the sync acts as. A personal token: `GET /user`. An installation
 * token (`ghs_…`) cannot call `GET /user` and belongs to a bot that is in no team, so it stays unknown. A GitHub
 * App: the installation on `org` (unless its id is given) and the app's bot login `<slug>[bot]`; octokit's app
 * auth then creates and renews installation tokens itself.
 */
export async function connectGitHub(
  credentials: GitHubCredentials,
  org: string,
  options: ClientOptions = {},
): Promise<GitHubConnection> {
  if (credentials.kind === 'token') {
    const octokit = createGitHubClient({ ...options, token: credentials.token });
    if (credentials.token.startsWith('ghs_')) return { octokit };
    const { data } = await octokit.request('GET /user');
    return { octokit, self: { login: data.login } };
  }
  const app = new App({
    appId: credentials.appId,
    privateKey: credentials.privateKey,
    Octokit: Octokit.defaults(clientDefaults(options)),
  });
  const installationId =
    credentials.installationId ?? (await app.octokit.request('GET /orgs/{org}/installation', { org })).data.id;
  const { data: info } = await app.octokit.request('GET /app');
  const octokit = (await app.getInstallationOctokit(installationId)) as unknown as Octokit;
  return { octokit, ...(info?.slug ? { self: { login: `${info.slug}[bot]` } } : {}) };
}
