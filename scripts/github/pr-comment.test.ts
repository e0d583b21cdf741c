/**
 * The check's pull-request comment with the real octokit client against the local GitHub double: created once,
 * edited (never posted again) on the next runs, edited to "Ingen fejl fundet" when all is well, and never created
 * when there was nothing to fix; and the check that a pull request number belongs to a workflow run. The command as
 * a process: scripts/cli/pr-comment.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from './client.ts';
import { CHECK_COMMENT_MARKERS, checkPullRequestHead, type PrCommentTarget, upsertPrComment } from './pr-comment.ts';
import { type FakeGitHub, startFakeGitHub } from './testing/fake-github.ts';
import { comments, FORK_HEAD_SHA, FORK_REPO, prState, SAME_REPO_HEAD_SHA, writes } from './testing/pr-fixtures.ts';
import { fastClientOptions, ORG, TOKEN } from './testing/sync-fixtures.ts';

const REPO = 'sikkerhedsnet';
const PR = 7;
const MARKER = CHECK_COMMENT_MARKERS['registry-check'];
let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const target: PrCommentTarget = { owner: ORG, repo: REPO, pr: PR, marker: MARKER, author: 'sync-bot' };
const client = (url: string) => createGitHubClient({ ...fastClientOptions(url), token: TOKEN });

describe('upsertPrComment', () => {
  it('creates the comment, edits it on the next run, edits it to "all good", and leaves an unchanged text', async () => {
    fake = await startFakeGitHub(prState([{ login: 'anne-demo', body: 'Tak!' }]), TOKEN);
    const octokit = client(fake.url);
    const first = await upsertPrComment(octokit, target, 'to fejl', { create: true });
    expect(first).toEqual({
      action: 'created',
      id: 500,
      url: `https://github.com/${ORG}/${REPO}/pull/7#issuecomment-500`,
    });
    expect(await upsertPrComment(octokit, target, 'én fejl', { create: true })).toMatchObject({
      action: 'updated',
      id: 500,
    });
    expect(await upsertPrComment(octokit, target, 'Ingen fejl fundet', { create: false })).toMatchObject({
      action: 'updated',
      id: 500,
    });
    expect(await upsertPrComment(octokit, target, 'Ingen fejl fundet', { create: false })).toMatchObject({
      action: 'unchanged',
      id: 500,
    });
    expect(comments(fake)).toEqual([
      [100, 'anne-demo', 'Tak!'],
      [500, 'sync-bot', `${MARKER}\nIngen fejl fundet`],
    ]);
    expect(writes(fake)).toEqual([
      `POST /repos/${ORG}/${REPO}/issues/7/comments 201`,
      `PATCH /repos/${ORG}/${REPO}/issues/comments/500 200`,
      `PATCH /repos/${ORG}/${REPO}/issues/comments/500 200`,
    ]);
  });

  it('creates nothing when there never were errors', async () => {
    fake = await startFakeGitHub(prState(), TOKEN);
    expect(await upsertPrComment(client(fake.url), target, 'Ingen fejl fundet', { create: false })).toEqual({
      action: 'skipped',
    });
    expect(comments(fake)).toEqual([]);
    expect(writes(fake)).toEqual([]);
  });

  it('finds its comment on a later page, and not a person’s comment that quotes the marker', async () => {
    const chatter = Array.from({ length: 130 }, (_, i) => ({ login: 'anne-demo', body: `kommentar ${i}` }));
    chatter[3] = { login: 'anne-demo', body: `${MARKER}\nciteret af en person` };
    chatter[120] = { login: 'sync-bot', body: `${MARKER}\ngammel` };
    fake = await startFakeGitHub(prState(chatter), TOKEN);
    expect(await upsertPrComment(client(fake.url), target, 'ny', { create: true })).toMatchObject({
      action: 'updated',
      id: 220,
    });
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([200, 200]);
    expect(writes(fake)).toEqual([`PATCH /repos/${ORG}/${REPO}/issues/comments/220 200`]);
    expect(fake.state.issueComments?.[3]?.body).toBe(`${MARKER}\nciteret af en person`);
  });
});

describe('checkPullRequestHead', () => {
  const pr = (n: number) => ({ owner: ORG, repo: REPO, pr: n });

  it('accepts the pull request whose head is the run’s commit, from a fork or from the repository itself', async () => {
    fake = await startFakeGitHub(prState(), TOKEN);
    const octokit = client(fake.url);
    expect(await checkPullRequestHead(octokit, pr(7), { sha: FORK_HEAD_SHA, repo: FORK_REPO })).toEqual({ ok: true });
    // GitHub compares owner and repository names without regard to case.
    expect(await checkPullRequestHead(octokit, pr(7), { sha: FORK_HEAD_SHA, repo: 'Anne-Demo/Sikkerhedsnet' })).toEqual(
      { ok: true },
    );
    expect(await checkPullRequestHead(octokit, pr(8), { sha: SAME_REPO_HEAD_SHA, repo: `${ORG}/${REPO}` })).toEqual({
      ok: true,
    });
    expect(await checkPullRequestHead(octokit, pr(8), { sha: SAME_REPO_HEAD_SHA })).toEqual({ ok: true });
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${ORG}/${REPO}/pulls/7 200`,
      `GET /repos/${ORG}/${REPO}/pulls/7 200`,
      `GET /repos/${ORG}/${REPO}/pulls/8 200`,
      `GET /repos/${ORG}/${REPO}/pulls/8 200`,
    ]);
  });

  it('refuses another pull request’s number, a newer commit, another fork and a deleted fork', async () => {
    const state = prState();
    state.pullRequests?.[REPO]?.push({
      number: 9,
      headSha: FORK_HEAD_SHA,
      headRepo: null,
      headRef: 'patch-1',
      author: 'anne-demo',
    });
    fake = await startFakeGitHub(state, TOKEN);
    const octokit = client(fake.url);
    // A forged number: the run checked pull request 7's commit, the artifact says 8.
    expect(await checkPullRequestHead(octokit, pr(8), { sha: FORK_HEAD_SHA, repo: FORK_REPO })).toEqual({
      ok: false,
      mismatch: 'sha',
      actual: SAME_REPO_HEAD_SHA,
    });
    // The same commit opened as a pull request from another fork.
    expect(
      await checkPullRequestHead(octokit, pr(7), { sha: FORK_HEAD_SHA, repo: 'bo-eksempel/sikkerhedsnet' }),
    ).toEqual({ ok: false, mismatch: 'repo', actual: FORK_REPO });
    expect(await checkPullRequestHead(octokit, pr(9), { sha: FORK_HEAD_SHA, repo: FORK_REPO })).toEqual({
      ok: false,
      mismatch: 'repo',
      actual: null,
    });
    // A commit pushed to pull request 7 after the run: the run's result is stale.
    const newer = 'c'.repeat(40);
    const seven = fake.state.pullRequests?.[REPO]?.find((p) => p.number === 7);
    if (seven) seven.headSha = newer;
    expect(await checkPullRequestHead(octokit, pr(7), { sha: FORK_HEAD_SHA, repo: FORK_REPO })).toEqual({
      ok: false,
      mismatch: 'sha',
      actual: newer,
    });
    // A pull request that does not exist is GitHub's 404, as an error.
    await expect(checkPullRequestHead(octokit, pr(99), { sha: FORK_HEAD_SHA })).rejects.toMatchObject({ status: 404 });
    expect(writes(fake)).toEqual([]);
  });
});
