/**
 * Which failures of `registry sync` come from GitHub. Only an error from a request to GitHub (octokit's
 * RequestError, or any error carrying the HTTP status of the response to its request) is reported as "GitHub kunne
 * ikke læses" with a hint for the credentials in use; anything else, such as a bug in the pure plan computation, is
 * not GitHub's doing and is left to runCli to report as an internal error with its stack.
 */
import { RequestError } from 'octokit';

/** An error from a request to GitHub, with the response's HTTP status. */
export function isGitHubRequestError(error: unknown): error is Error & { status: number } {
  if (error instanceof RequestError) return true;
  // Another copy of @octokit/request-error (a second version in node_modules) fails instanceof but has the shape.
  if (!(error instanceof Error)) return false;
  const { status, request } = error as { status?: unknown; request?: unknown };
  return typeof status === 'number' && typeof request === 'object' && request !== null;
}

/** The Danish message for a failed GitHub request, or undefined when `error` did not come from GitHub. */
export function gitHubFailureMessage(error: unknown, kind: 'token' | 'app'): string | undefined {
  if (!isGitHubRequestError(error)) return undefined;
  const hint = failureHint(kind, error.status);
  return `GitHub kunne ikke læses (HTTP ${error.status}: ${error.message}).${hint} Intet er ændret.`;
}

/** What a failed status most likely means for this kind of credentials. */
function failureHint(kind: 'token' | 'app', status: number): string {
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
