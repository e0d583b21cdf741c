/** Shared set-up for the pull-request comment tests: an org with one repository and two pull requests. */
import type { FakeGitHub, FakeState } from './fake-github.ts';
import { ORG } from './sync-fixtures.ts';

export const PR_REPO = 'sikkerhedsnet';

/** The head commit of pull request 7, which comes from a fork (as GitHub's web editor opens it for a reader). */
export const FORK_HEAD_SHA = '7a1f3c9e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01';
/** The fork that pull request 7 comes from. */
export const FORK_REPO = 'anne-demo/sikkerhedsnet';
/** The head commit of pull request 8, from a branch in the org's own repository. */
export const SAME_REPO_HEAD_SHA = '8b2e4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e02';

/**
 * The fake's state: pull requests 7 (from the fork {@link FORK_REPO}) and 8 (from a branch of the repository itself)
 * in `sikkerhedsnet`, `comments` already on pull request 7 (ids from 100),
 * and an app `github-actions` whose installation token stands in for a workflow's GITHUB_TOKEN (its comments are
 * by `github-actions[bot]`). New ids start at 500.
 */
export function prState(comments: { login: string; body: string }[] = []): FakeState {
  return {
    org: ORG,
    self: { id: 1, login: 'sync-bot' },
    users: [
      { id: 1, login: 'sync-bot' },
      { id: 2, login: 'anne-demo' },
    ],
    orgMembers: [1, 2],
    teams: [],
    invitations: [],
    nextId: 500,
    app: { id: 99, slug: 'github-actions', publicKey: '', installationId: 98 },
    pullRequests: {
      [PR_REPO]: [
        { number: 7, headSha: FORK_HEAD_SHA, headRepo: FORK_REPO, headRef: 'patch-1', author: 'anne-demo' },
        {
          number: 8,
          headSha: SAME_REPO_HEAD_SHA,
          headRepo: `${ORG}/${PR_REPO}`,
          headRef: 'nyt-medlem',
          author: 'sync-bot',
        },
      ],
    },
    issueComments: comments.map((c, i) => ({
      id: 100 + i,
      repo: PR_REPO,
      issue: 7,
      body: c.body,
      login: c.login,
      created: '2026-11-28T10:00:00Z',
      updated: '2026-11-28T10:00:00Z',
    })),
  };
}

/** Every comment as `[id, author, body]`. */
export const comments = (fake: FakeGitHub) => (fake.state.issueComments ?? []).map((c) => [c.id, c.login, c.body]);

/** The successful writes as `METHOD path status`. */
export const writes = (fake: FakeGitHub) => fake.writes().map((w) => `${w.method} ${w.path} ${w.status}`);
