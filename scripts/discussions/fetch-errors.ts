/**
 * What can go wrong while reading Discussions over GraphQL, in Danish. HTTP failures (a bad token: 401, a wrong API
 * address: 404, GitHub down after the retries) are octokit's RequestError, which the CLI reports through
 * scripts/cli/github-failure.ts. GraphQL answers its own failures with HTTP 200 and an `errors` list; those, the
 * rate limit that was not lifted within the retries, and a repository whose set-up does not match policy.yaml are
 * recognised here.
 */

/**
 * The repository on GitHub is not as policy.yaml says (Discussions off, a category missing), or changed while it was
 * read; the message says what to do. Exit 1 at the CLI.
 */
export class DiscussionsFetchError extends Error {
  override readonly name = 'DiscussionsFetchError';
}

interface GraphqlErrorEntry {
  type?: string;
  message?: string;
}

/** The `errors` of a GraphQL answer carried by `error` (octokit's GraphqlResponseError or the throttling plugin's). */
function graphqlErrors(error: unknown): GraphqlErrorEntry[] | undefined {
  if (!(error instanceof Error)) return undefined;
  const { errors, data, name } = error as { errors?: unknown; data?: { errors?: unknown }; name?: string };
  if (name === 'GraphqlResponseError' && Array.isArray(errors)) return errors as GraphqlErrorEntry[];
  // plugin-throttling throws a plain Error with the answer's data when it gives up on a RATE_LIMITED answer.
  if (Array.isArray(data?.errors)) return data.errors as GraphqlErrorEntry[];
  return undefined;
}

/** The x-ratelimit-reset header of the failed answer as a Danish clock time (UTC), when there is one. */
function resetTime(error: unknown): string | undefined {
  const headers =
    (error as { response?: { headers?: Record<string, string> } }).response?.headers ??
    (error as { headers?: Record<string, string> }).headers;
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  return new Date(reset * 1000).toLocaleTimeString('da-DK', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * The Danish message for a GraphQL failure while reading `repository` (`owner/name`), or undefined when `error` is
 * not one (an HTTP failure or a bug). Secrets are never in these errors.
 */
export function graphqlFailureMessage(error: unknown, repository: string): string | undefined {
  if (error instanceof DiscussionsFetchError) return error.message;
  const errors = graphqlErrors(error);
  if (!errors) return undefined;
  if (errors.some((e) => e.type === 'RATE_LIMITED')) {
    const at = resetTime(error);
    return `GitHubs grænse for forespørgsler (rate limit) er nået, og den blev ikke løftet, mens eksporten ventede${at ? `; den nulstilles kl. ${at} (dansk tid)` : ''}. Kør eksporten igen senere. Intet er ændret.`;
  }
  if (errors.some((e) => e.type === 'NOT_FOUND')) {
    return `GitHub kender ikke repositoryet ${repository}, eller tokenet må ikke se det. Ret navnet under discussions i registry/policy.yaml, eller giv tokenet (appen) læseadgang til Discussions i ${repository}. Intet er ændret.`;
  }
  if (errors.some((e) => e.type === 'FORBIDDEN' || e.type === 'INSUFFICIENT_SCOPES')) {
    return `Tokenet (appen) må ikke læse Discussions i ${repository}: giv det rettigheden «Discussions: Read-only» på repositoryet. Intet er ændret.`;
  }
  const messages = errors.map((e) => e.message ?? e.type ?? 'ukendt fejl').join('; ');
  return `GitHub afviste forespørgslen om Discussions i ${repository}: ${messages}. Intet er ændret.`;
}
