/**
 * The fake GitHub's `GET /repos/{owner}/{repo}/pulls/{pull_number}`, which `pr-comment --head-sha` uses to check
 * that a pull request number (from an artifact that the pull request's own code wrote) belongs to the workflow run.
 * The response has the shape of GitHub's `pull-request` schema (rest-api-description, also @octokit/openapi-types)
 * for every scalar field; the repositories under `head` and `base` carry their identity fields (id, names, owner,
 * fork, URLs), not all 90 fields of `repository`. As on GitHub, `head.repo` is null when the fork has been deleted,
 * and an unknown repository or pull request is 404. Test infrastructure only.
 */
import { findPullRequest, notFound, simpleUser } from './fake-github-issues.ts';
import type { FakePullRequest, FakeState, Route } from './fake-github-routes.ts';

const API = 'https://api.github.com';
const WEB = 'https://github.com';
const CREATED = '2026-11-28T09:00:00Z';

/** A stable numeric id for a repository's full name. */
const repoId = (fullName: string) => [...fullName].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 900_000_000, 3);

/** The identity fields of GitHub's `repository` for `owner/name`. */
function repositoryJson(s: FakeState, fullName: string) {
  const [owner = '', name = ''] = fullName.split('/');
  const id = repoId(fullName);
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    private: false,
    owner: simpleUser(s, owner),
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: owner.toLowerCase() !== s.org.toLowerCase(),
    url: `${API}/repos/${fullName}`,
    default_branch: 'main',
  };
}

/** A branch end (`head` or `base`) of a pull request. */
function branchJson(s: FakeState, repo: string | null, ref: string, sha: string) {
  const owner = (repo ?? 'ghost/deleted').split('/')[0] ?? '';
  return {
    label: `${owner}:${ref}`,
    ref,
    repo: repo === null ? null : repositoryJson(s, repo),
    sha,
    user: simpleUser(s, owner),
  };
}

/** GitHub's `pull-request` for an open pull request in `repo` (the org's repository it was opened against). */
function pullRequestJson(s: FakeState, repo: string, pr: FakePullRequest) {
  const base = `${s.org}/${repo}`;
  const url = `${API}/repos/${base}/pulls/${pr.number}`;
  const issueUrl = `${API}/repos/${base}/issues/${pr.number}`;
  const link = (href: string) => ({ href });
  return {
    url,
    id: 1_000_000 + pr.number,
    node_id: Buffer.from(`011:PullRequest${pr.number}`).toString('base64'),
    html_url: `${WEB}/${base}/pull/${pr.number}`,
    diff_url: `${WEB}/${base}/pull/${pr.number}.diff`,
    patch_url: `${WEB}/${base}/pull/${pr.number}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${base}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${API}/repos/${base}/statuses/${pr.headSha}`,
    number: pr.number,
    state: 'open',
    locked: false,
    title: `Ændring ${pr.number}`,
    user: simpleUser(s, pr.author),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: CREATED,
    updated_at: CREATED,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(s, pr.headRepo, pr.headRef, pr.headSha),
    base: branchJson(s, base, 'main', '0'.repeat(40)),
    _links: {
      self: link(url),
      html: link(`${WEB}/${base}/pull/${pr.number}`),
      issue: link(issueUrl),
      comments: link(`${issueUrl}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${API}/repos/${base}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${API}/repos/${base}/statuses/${pr.headSha}`),
    },
    author_association: pr.headRepo?.split('/')[0]?.toLowerCase() === s.org.toLowerCase() ? 'MEMBER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: (s.issueComments ?? []).filter((c) => c.repo === repo && c.issue === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: pr.headRepo !== base,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/repos\/(?<owner>[^/]+)\/(?<repo>[^/]+)\/pulls\/(?<number>\d+)$/,
    handle: (s, p) => {
      const pr = findPullRequest(s, p);
      return pr ? { status: 200, body: pullRequestJson(s, p.repo as string, pr) } : notFound;
    },
  },
];
