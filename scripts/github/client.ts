/**
 * The octokit client for sync: the `octokit` package's Octokit includes the throttling and retry plugins.
 * Rate limits (403/429 with retry-after or x-ratelimit-reset) are waited out a bounded number of times;
 * 5xx responses are retried by the retry plugin. The token is never logged.
 */
import { Octokit } from 'octokit';

export interface ClientOptions {
  token: string;
  /** API base URL; GitHub Enterprise Server: https://HOST/api/v3 */
  baseUrl?: string;
  /** How many times a rate-limited request is retried (default 3). */
  rateLimitRetries?: number;
  /** Throttling overrides (tests pass a write group without the 1 s spacing and a small retry base). */
  throttle?: Record<string, unknown>;
  retry?: { retries?: number; retryAfterBaseValue?: number };
  log?: (line: string) => void;
}

/** Create the octokit client used by read and apply. */
export function createGitHubClient(options: ClientOptions): Octokit {
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
  return new Octokit({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'sikkerhedsnet-registry-sync',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('sekundær rate limit'),
      ...options.throttle,
    },
    retry: { ...options.retry },
  });
}
