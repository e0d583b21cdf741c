/**
 * One comment per check on a pull request, edited on every run instead of posted again: the comment is found by a
 * hidden HTML marker on its first line and by its author (so a person who quotes the marker does not get their
 * comment overwritten). A comment is only created when there is something to fix; once one exists it is always
 * brought up to date, also to say that everything is in order now, so it never shows stale errors.
 */
import type { Octokit } from 'octokit';

/** The markers of the checks that comment, one comment each. */
export const CHECK_COMMENT_MARKERS = {
  'registry-check': '<!-- sikkerhedsnet:registry-check -->',
  'content-check': '<!-- sikkerhedsnet:content-check -->',
} as const;

export type CheckCommentKind = keyof typeof CHECK_COMMENT_MARKERS;

/** Where the comment goes and how it is recognised. */
export interface PrCommentTarget {
  owner: string;
  repo: string;
  /** The pull request's number (a pull request is an issue to the comments API). */
  pr: number;
  /** The hidden first line, e.g. `<!-- sikkerhedsnet:registry-check -->`. */
  marker: string;
  /** The login the comment is written as, e.g. `github-actions[bot]` for a workflow's GITHUB_TOKEN. */
  author: string;
}

/** What {@link upsertPrComment} did. */
export type PrCommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'skipped' };

/** An issue comment as the REST API returns it (the fields used here). */
interface IssueComment {
  id: number;
  html_url: string;
  body?: string;
  user: { login: string } | null;
}

/** The commit a workflow run checked, and the repository it came from (a fork's, for a fork's pull request). */
export interface RunHead {
  sha: string;
  /** `owner/name`; when given, the pull request's branch must be in this repository. */
  repo?: string;
}

/** What {@link checkPullRequestHead} found: the pull request is the run's, or what it has instead. */
export type HeadCheck =
  | { ok: true }
  | { ok: false; mismatch: 'sha'; actual: string }
  | { ok: false; mismatch: 'repo'; actual: string | null };

/**
 * Ensure the pull request is the one the workflow run checked: its head commit is the run's commit and, when the run
 * names its repository, its branch is in that repository (so another pull request opened on the same commit from
 * another fork does not match either). The number comes from an artifact that the pull request's own code wrote, so
 * a forged number must not steer the comment to someone else's pull request.
 */
export async function checkPullRequestHead(
  octokit: Octokit,
  target: Pick<PrCommentTarget, 'owner' | 'repo' | 'pr'>,
  expected: RunHead,
): Promise<HeadCheck> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pr,
  });
  if (data.head.sha !== expected.sha) return { ok: false, mismatch: 'sha', actual: data.head.sha };
  // GitHub sends null for the repository of a fork that has been deleted (the schema does not say so).
  const actual = (data.head.repo as { full_name: string } | null)?.full_name ?? null;
  if (expected.repo !== undefined && actual?.toLowerCase() !== expected.repo.toLowerCase()) {
    return { ok: false, mismatch: 'repo', actual };
  }
  return { ok: true };
}

/** The text of the comment: the marker, then the body. */
export function commentBody(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

/** The oldest comment on the pull request that `author` wrote and that starts with the marker (every page read). */
export async function findMarkedComment(octokit: Octokit, target: PrCommentTarget): Promise<IssueComment | undefined> {
  const comments: IssueComment[] = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pr,
    per_page: 100,
  });
  return comments.find((c) => c.user?.login === target.author && (c.body ?? '').startsWith(target.marker));
}

/**
 * Create or edit the check's comment. With `create: false` (nothing to fix) a missing comment stays missing;
 * an existing one is edited, and left alone when its text is already `body`.
 */
export async function upsertPrComment(
  octokit: Octokit,
  target: PrCommentTarget,
  body: string,
  options: { create: boolean },
): Promise<PrCommentOutcome> {
  const text = commentBody(target.marker, body);
  const existing = await findMarkedComment(octokit, target);
  if (existing) {
    if (existing.body === text) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text,
    });
    return { action: 'updated', id: Number(data.id), url: data.html_url };
  }
  if (!options.create) return { action: 'skipped' };
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pr,
    body: text,
  });
  return { action: 'created', id: Number(data.id), url: data.html_url };
}
