import { RequestError } from 'octokit';
import { describe, expect, it } from 'vitest';
import { gitHubFailureMessage, isGitHubRequestError } from './github-failure.ts';

const request = {
  method: 'GET',
  url: 'https://api.github.com/orgs/kl-sikkerhedsnet/installation',
  headers: {},
} as const;

describe('which sync failures come from GitHub', () => {
  it("octokit's RequestError: the status and a hint for the credentials in use", () => {
    const notInstalled = new RequestError('Not Found', 404, { request });
    expect(gitHubFailureMessage(notInstalled, 'app')).toBe(
      "GitHub kunne ikke læses (HTTP 404: Not Found). Appen er ikke installeret på organisationen, eller installations-id'et er forkert. Intet er ændret.",
    );
    expect(gitHubFailureMessage(new RequestError('Bad credentials', 401, { request }), 'token')).toBe(
      'GitHub kunne ikke læses (HTTP 401: Bad credentials). Tokenet er ugyldigt eller udløbet. Intet er ændret.',
    );
    expect(gitHubFailureMessage(new RequestError('Server Error', 502, { request }), 'token')).toBe(
      'GitHub kunne ikke læses (HTTP 502: Server Error). Intet er ændret.',
    );
  });

  it("an error of another copy of octokit's request-error package counts by its shape: status and request", () => {
    const copy = Object.assign(new Error('Forbidden'), { name: 'HttpError', status: 403, request });
    expect(isGitHubRequestError(copy)).toBe(true);
    expect(gitHubFailureMessage(copy, 'app')).toBe(
      'GitHub kunne ikke læses (HTTP 403: Forbidden). Appen mangler rettigheder: Members (læse/skrive) og Administration (læse) på organisationen. Intet er ændret.',
    );
  });

  it('a bug is not from GitHub, whatever it looks like', () => {
    const planBug = new TypeError("Cannot read properties of undefined (reading 'members')");
    expect(gitHubFailureMessage(planBug, 'token')).toBeUndefined();
    // A status without the request it answered is not a response from GitHub.
    expect(isGitHubRequestError(Object.assign(new Error('x'), { status: 500 }))).toBe(false);
    expect(isGitHubRequestError({ status: 404, request, message: 'Not Found' })).toBe(false);
    expect(isGitHubRequestError(undefined)).toBe(false);
  });
});
