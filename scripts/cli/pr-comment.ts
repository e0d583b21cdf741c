/**
 * `pr-comment`: read a check's result (`check --json-out FIL`), render the Danish summary and create or edit the
 * check's one comment on the pull request. In CI it runs in a workflow_run workflow (main's code, a token that may
 * write) on an artifact that the pull request's own code wrote, also from a fork: the result is validated by a
 * strict schema (check-result.ts), and with `--head-sha` the pull request must still be the one the run checked.
 * Exit 0 also when the check found errors (the check's own step fails for those); 1 when the pull request is not
 * the run's (nothing written); 2 when the result cannot be used, the token is missing or GitHub fails.
 */
import { createGitHubClient } from '../github/client.ts';
import {
  CHECK_COMMENT_MARKERS,
  type CheckCommentKind,
  checkPullRequestHead,
  type HeadCheck,
  type PrCommentOutcome,
  upsertPrComment,
} from '../github/pr-comment.ts';
import { formatProblemsMarkdown } from '../problems/markdown-summary.ts';
import { readCheckResult } from './check-result.ts';
import { isGitHubRequestError } from './github-failure.ts';
import type { PrCommentFlags } from './pr-comment-command.ts';

/** The heading of each check's comment. */
const TITLES: Record<CheckCommentKind, string> = {
  'registry-check': 'Kontrol af medlemsregistret',
  'content-check': 'Indholdstjek af biblioteket',
};

export async function run(kind: CheckCommentKind, flags: PrCommentFlags): Promise<number> {
  const result = await readCheckResult(flags.problems);
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`);
    return 2;
  }
  const token = process.env.GITHUB_TOKEN;
  if (!token) {
    process.stderr.write(
      'Mangler GITHUB_TOKEN: sæt et token, der må skrive på pull requesten (i GitHub Actions: jobbets ' +
        'github.token med permissions: pull-requests: write).\n',
    );
    return 2;
  }
  const [owner = '', repo = ''] = flags.repo.split('/');
  const pr = flags.pr;
  const octokit = createGitHubClient({
    token,
    ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
  });
  const body = formatProblemsMarkdown(result.problems, { title: TITLES[kind] });
  const create = result.problems.some((p) => p.severity === 'error');
  let outcome: PrCommentOutcome;
  try {
    const sha = flags['head-sha'];
    if (sha !== undefined) {
      const expected = { sha, ...(flags['head-repo'] !== undefined ? { repo: flags['head-repo'] } : {}) };
      const head = await checkPullRequestHead(octokit, { owner, repo, pr }, expected);
      if (!head.ok) {
        process.stderr.write(`${notTheRunsPullRequest(pr, expected, head)}\n`);
        return 1;
      }
    }
    outcome = await upsertPrComment(
      octokit,
      { owner, repo, pr, marker: CHECK_COMMENT_MARKERS[kind], author: flags.author },
      body,
      { create },
    );
  } catch (error) {
    if (!isGitHubRequestError(error)) throw error;
    // GitHub's answer to a token without the right ("Resource not accessible by integration").
    const hint =
      error.status === 403 && /not accessible by/i.test(error.message)
        ? ' Tokenet må ikke skrive på pull requesten: giv jobbet permissions: pull-requests: write.'
        : '';
    process.stderr.write(
      `GitHub svarede HTTP ${error.status} (${error.message}); kommentaren på pull request #${pr} blev ikke ` +
        `skrevet.${hint}\n`,
    );
    return 2;
  }
  const said = {
    created: `Kommentar skrevet på pull request #${pr}`,
    updated: `Kommentaren på pull request #${pr} er opdateret`,
    unchanged: `Kommentaren på pull request #${pr} var allerede opdateret`,
  };
  process.stdout.write(
    outcome.action === 'skipped'
      ? `Ingen fejl og ingen tidligere kommentar på pull request #${pr}: ingen kommentar skrevet.\n`
      : `${said[outcome.action]}: ${outcome.url}\n`,
  );
  return 0;
}

/** Why nothing was written: the pull request has moved on, or the number does not belong to the run. */
function notTheRunsPullRequest(
  pr: number,
  expected: { sha: string; repo?: string },
  head: Exclude<HeadCheck, { ok: true }>,
): string {
  const found =
    head.mismatch === 'sha'
      ? `kørslen kontrollerede commit ${expected.sha}, men pull requestens seneste commit er ${head.actual}`
      : `kørslen kom fra ${expected.repo}, men pull requestens gren ligger i ${head.actual ?? 'en slettet fork'}`;
  return (
    `Pull request #${pr} hører ikke til denne kørsel: ${found}. Ingen kommentar er skrevet. Er der kommet en ` +
    'nyere commit på pull requesten, skriver dens kørsel kommentaren, og der er intet at gøre. Ellers passer ' +
    'nummeret i artefaktet ikke til kørslen, og resultatet bruges ikke.'
  );
}
