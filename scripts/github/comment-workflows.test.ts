/**
 * The workflow_run comment path end to end, with the workflows' own shell steps: the pull request workflow's step
 * that saves the PR number and head commit runs in bash as GitHub would run it, a check result is put beside it (the
 * artifact), and then the trusted workflow's comment step runs in bash with main's code (`npm run … pr-comment`)
 * against the local GitHub double. The artifact is the pull request's data: a forged number is refused, and shell
 * in it is never executed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatProblemsJson, type Problem } from '../problems/problem.ts';
import { CHECK_COMMENT_MARKERS } from './pr-comment.ts';
import { type FakeGitHub, startFakeGitHub } from './testing/fake-github.ts';
import {
  comments,
  FORK_HEAD_SHA,
  FORK_REPO,
  prState,
  PR_REPO as REPO,
  SAME_REPO_HEAD_SHA,
  writes,
} from './testing/pr-fixtures.ts';
import { ORG, TOKEN } from './testing/sync-fixtures.ts';
import { resolveEnv, runStep, step } from './testing/workflow-steps.ts';

const CHECKS = [
  ['registry-pr.yml', 'registry-plan.yml', 'registry-check', 'registry/kommuner/101-koebenhavn.yaml'],
  ['site.yml', 'content-comment.yml', 'content-check', 'templates-library/beredskab/plan.mdx'],
] as const;

let fake: FakeGitHub | undefined;
const temps: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/**
 * The pull request run: its metadata step with the event's number and head commit, and a check result with one
 * error (what `check --json-out` writes). Returns RUNNER_TEMP, which holds `check-result/` as the artifact does.
 */
async function pullRequestRun(prFile: string, kind: string, file: string, pr: string, headSha: string) {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-workflow-run-'));
  temps.push(runnerTemp);
  const meta = step(prFile, '/pr-number');
  const env = resolveEnv(meta.env ?? {}, {
    'github.event.pull_request.number': pr,
    'github.event.pull_request.head.sha': headSha,
  });
  expect(await runStep(meta.run, { ...env, RUNNER_TEMP: runnerTemp })).toEqual({ code: 0, stdout: '', stderr: '' });
  const problem: Problem = { file, line: 3, column: 1, rule: 'other', severity: 'error', message: 'Ret linjen.' };
  await writeFile(path.join(runnerTemp, 'check-result', `${kind}.json`), `${formatProblemsJson([problem])}\n`);
  return runnerTemp;
}

/** The trusted workflow's comment step, for a run of `headSha` from `headRepo`. */
async function commentStep(commenter: string, runnerTemp: string, headSha: string, headRepo: string) {
  const post = step(commenter, 'pr-comment');
  const f = fake as FakeGitHub;
  const env = resolveEnv(post.env ?? {}, {
    'github.token': f.issueInstallationToken(),
    'github.event.workflow_run.head_sha': headSha,
    'github.event.workflow_run.head_repository.full_name': headRepo,
  });
  return runStep(post.run, {
    ...env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_API_URL: f.url,
    GITHUB_REPOSITORY: `${ORG}/${REPO}`,
  });
}

describe('the workflow_run comment path, with the workflows’ own steps', () => {
  it.each(CHECKS)('%s → %s: a fork’s pull request gets the comment', async (prFile, commenter, kind, file) => {
    fake = await startFakeGitHub(prState(), TOKEN);
    const runnerTemp = await pullRequestRun(prFile, kind, file, '7', FORK_HEAD_SHA);
    expect(readFileSync(path.join(runnerTemp, 'check-result/pr-number'), 'utf8')).toBe('7\n');
    expect(readFileSync(path.join(runnerTemp, 'check-result/head-sha'), 'utf8')).toBe(`${FORK_HEAD_SHA}\n`);
    const run = await commentStep(commenter, runnerTemp, FORK_HEAD_SHA, FORK_REPO);
    expect(run).toEqual({
      code: 0,
      stdout: `Kommentar skrevet på pull request #7: https://github.com/${ORG}/${REPO}/pull/7#issuecomment-500\n`,
      stderr: '',
    });
    const marker = CHECK_COMMENT_MARKERS[kind];
    expect(comments(fake).map(([id, login, body]) => [id, login, String(body).split('\n')[0]])).toEqual([
      [500, 'github-actions[bot]', marker],
    ]);
    expect(String(comments(fake)[0]?.[2])).toContain(`| \`${file}:3:1\` | \`other\` | Ret linjen. |`);
  });

  it.each(CHECKS)(
    '%s → %s: a forged PR number is refused (exit 1), nothing written',
    async (prFile, commenter, kind, file) => {
      fake = await startFakeGitHub(prState(), TOKEN);
      // The fork's own workflow code wrote pull request 8's number (someone else's) into the artifact.
      const runnerTemp = await pullRequestRun(prFile, kind, file, '8', FORK_HEAD_SHA);
      const run = await commentStep(commenter, runnerTemp, FORK_HEAD_SHA, FORK_REPO);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^Pull request #8 hører ikke til denne kørsel: kørslen kontrollerede commit ${FORK_HEAD_SHA}, men pull requestens seneste commit er ${SAME_REPO_HEAD_SHA}\\. Ingen kommentar er skrevet\\.`,
        ),
      );
      expect(writes(fake)).toEqual([]);
    },
  );

  it('shell in the artifact’s PR number is never run: only its digits are used', async () => {
    fake = await startFakeGitHub(prState(), TOKEN);
    const [prFile, commenter, kind, file] = CHECKS[0];
    const runnerTemp = await pullRequestRun(prFile, kind, file, '7', FORK_HEAD_SHA);
    await writeFile(
      path.join(runnerTemp, 'check-result/pr-number'),
      '7$(touch "$RUNNER_TEMP/pwned")`touch "$RUNNER_TEMP/pwned"`\n::error::x\n',
    );
    const run = await commentStep(commenter, runnerTemp, FORK_HEAD_SHA, FORK_REPO);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(existsSync(path.join(runnerTemp, 'pwned'))).toBe(false);
    expect(comments(fake).map(([id]) => id)).toEqual([500]);
  });

  it('an artifact without a PR number is a usage error (exit 2), nothing asked of GitHub', async () => {
    fake = await startFakeGitHub(prState(), TOKEN);
    const runnerTemp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-workflow-run-'));
    temps.push(runnerTemp);
    await mkdir(path.join(runnerTemp, 'check-result'));
    await writeFile(path.join(runnerTemp, 'check-result/pr-number'), 'ingen tal her\n');
    const run = await commentStep(CHECKS[0][1], runnerTemp, FORK_HEAD_SHA, FORK_REPO);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('--pr skal være pull requestens nummer, fx 42 (fik "")');
    expect(fake.requests).toEqual([]);
  });
});
