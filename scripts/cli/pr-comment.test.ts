/**
 * `npm run registry -- pr-comment` as a real process against the local GitHub double, as the workflow runs it: with
 * a workflow's installation token (comments by `github-actions[bot]`) and the check's result from `--json-out`; and
 * as the workflow_run workflows run it, with `--head-sha`/`--head-repo`, so that a pull request number from the
 * artifact is used only for the pull request the run checked.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHECK_COMMENT_MARKERS } from '../github/pr-comment.ts';
import { type FakeGitHub, startFakeGitHub } from '../github/testing/fake-github.ts';
import {
  comments,
  FORK_HEAD_SHA,
  FORK_REPO,
  PR_REPO as REPO,
  SAME_REPO_HEAD_SHA,
  prState as state,
  writes,
} from '../github/testing/pr-fixtures.ts';
import { ORG, TOKEN } from '../github/testing/sync-fixtures.ts';
import { formatProblemsJson, type Problem } from '../problems/problem.ts';
import { runEntry } from './testing/run-process.ts';

const PR = 7;
const MARKER = CHECK_COMMENT_MARKERS['registry-check'];
let fake: FakeGitHub | undefined;
const temps: string[] = [];

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The check's result as `check --json-out` writes it, in a temporary file. */
async function resultFile(problems: Problem[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-pr-comment-'));
  temps.push(dir);
  const file = path.join(dir, 'registry-check.json');
  await writeFile(file, `${formatProblemsJson(problems)}\n`);
  return file;
}

const emailProblem: Problem = {
  file: 'registry/kommuner/101-koebenhavn.yaml',
  line: 32,
  column: 12,
  rule: 'email-domain',
  severity: 'error',
  message: 'Ditte Opdigtet: e-mailen ditte@gmail.com er ikke på et af domænerne for 101 København (kk.dk)',
};

describe('npm run registry -- pr-comment (process)', () => {
  const cli = (f: FakeGitHub, file: string, env: Record<string, string | undefined> = {}, more: string[] = []) =>
    runEntry('registry.ts', ['pr-comment', '--pr', String(PR), '--problems', file, ...more], {
      GITHUB_TOKEN: f.issueInstallationToken(),
      GITHUB_API_URL: f.url,
      GITHUB_REPOSITORY: `${ORG}/${REPO}`,
      GITHUB_ACTIONS: undefined,
      ...env,
    });

  it('writes the Danish summary as github-actions[bot], then edits it to say that all is well', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    const created = await cli(fake, await resultFile([emailProblem]));
    const url = `https://github.com/${ORG}/${REPO}/pull/7#issuecomment-500`;
    expect(created).toEqual({ code: 0, stdout: `Kommentar skrevet på pull request #7: ${url}\n`, stderr: '' });
    expect(comments(fake)).toEqual([
      [
        500,
        'github-actions[bot]',
        [
          MARKER,
          '### Kontrol af medlemsregistret: 1 fejl, 0 advarsler',
          '',
          'Ret fejlene i filerne i denne pull request. Kontrollen kører igen, når du gemmer, og denne kommentar bliver opdateret.',
          '',
          '| Sted | Regel | Besked |',
          '| --- | --- | --- |',
          '| `registry/kommuner/101-koebenhavn.yaml:32:12` | `email-domain` | Ditte Opdigtet: e-mailen ditte@gmail.com er ikke på et af domænerne for 101 København (kk.dk) |',
          '',
        ].join('\n'),
      ],
    ]);
    const fixed = await cli(fake, await resultFile([]));
    expect(fixed).toEqual({ code: 0, stdout: `Kommentaren på pull request #7 er opdateret: ${url}\n`, stderr: '' });
    expect(comments(fake)).toEqual([
      [
        500,
        'github-actions[bot]',
        `${MARKER}\n### Kontrol af medlemsregistret: ingen fejl fundet\n\nIngen fejl fundet ved seneste kørsel. De fejl, der stod her før, er rettet.\n`,
      ],
    ]);
  });

  it('content: its own comment, beside the registry check’s', async () => {
    fake = await startFakeGitHub(state([{ login: 'github-actions[bot]', body: `${MARKER}\nregistret` }]), TOKEN);
    const problem: Problem = {
      file: 'templates-library/beredskab/plan.mdx',
      line: 12,
      column: 30,
      rule: 'attachment-missing',
      severity: 'error',
      message: 'Bilaget "mangler.xlsx" findes ikke ved siden af plan.mdx.',
    };
    const run = await runEntry('content.ts', ['pr-comment', '--pr', '7', '--problems', await resultFile([problem])], {
      GITHUB_TOKEN: fake.issueInstallationToken(),
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: `${ORG}/${REPO}`,
    });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(comments(fake).map(([id, , body]) => [id, String(body).split('\n').slice(0, 2)])).toEqual([
      [100, [MARKER, 'registret']],
      [500, ['<!-- sikkerhedsnet:content-check -->', '### Indholdstjek af biblioteket: 1 fejl, 0 advarsler']],
    ]);
  });

  it('writes nothing for a clean result on a pull request without the comment', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    expect(await cli(fake, await resultFile([]))).toEqual({
      code: 0,
      stdout: 'Ingen fejl og ingen tidligere kommentar på pull request #7: ingen kommentar skrevet.\n',
      stderr: '',
    });
    expect(writes(fake)).toEqual([]);
  });

  it('exits 2 with a read-only token, naming the permission the job lacks', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    fake.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      },
      times: 1,
    });
    const run = await cli(fake, await resultFile([emailProblem]), { GITHUB_ACTIONS: 'true' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'GitHub svarede HTTP 403 (Resource not accessible by integration - https://docs.github.com/rest/issues/' +
        'comments#create-an-issue-comment); kommentaren på pull request #7 blev ikke skrevet. Tokenet må ikke skrive ' +
        'på pull requesten: giv jobbet permissions: pull-requests: write.\n',
    });
    expect(comments(fake)).toEqual([]);
  });

  it('exits 2 with a Danish message for a missing token, an unreadable result and an unknown pull request', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    const file = await resultFile([emailProblem]);
    expect(await cli(fake, file, { GITHUB_TOKEN: undefined })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Mangler GITHUB_TOKEN: sæt et token, der må skrive på pull requesten (i GitHub Actions: jobbets github.token ' +
        'med permissions: pull-requests: write).\n',
    });
    const missing = path.join(path.dirname(file), 'findes-ikke.json');
    expect((await cli(fake, missing)).stderr).toBe(
      `${missing} kan ikke bruges som resultatet af check --json-out: filen findes ikke. Intet er skrevet på pull requesten.\n`,
    );
    await writeFile(file, '{"ok": true, "errors": [{"file": 1}], "warnings": []}');
    expect(await cli(fake, file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${file} kan ikke bruges som resultatet af check --json-out: uventet indhold ved errors.0.file: forventede tekst (og 5 andre steder). Intet er skrevet på pull requesten.\n`,
    });
    await writeFile(file, `${formatProblemsJson([emailProblem])}\n`);
    const unknown = await runEntry('registry.ts', ['pr-comment', '--pr', '9', '--problems', file], {
      GITHUB_TOKEN: fake.issueInstallationToken(),
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: `${ORG}/${REPO}`,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^GitHub svarede HTTP 404 \(Not Found.*\); kommentaren på pull request #9 blev ikke skrevet\.\n$/,
    );
    expect(writes(fake)).toEqual([]);
  });

  it('with --head-sha and --head-repo: comments on a fork’s pull request whose head is the run’s commit', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    const run = await cli(fake, await resultFile([emailProblem]), {}, [
      '--head-sha',
      FORK_HEAD_SHA,
      '--head-repo',
      FORK_REPO,
    ]);
    expect(run).toEqual({
      code: 0,
      stdout: `Kommentar skrevet på pull request #7: https://github.com/${ORG}/${REPO}/pull/7#issuecomment-500\n`,
      stderr: '',
    });
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${ORG}/${REPO}/pulls/7 200`,
      `GET /repos/${ORG}/${REPO}/issues/7/comments 200`,
      `POST /repos/${ORG}/${REPO}/issues/7/comments 201`,
    ]);
    expect(comments(fake).map(([id, login]) => [id, login])).toEqual([[500, 'github-actions[bot]']]);
  });

  it('refuses, exit 1, a pull request that is not the run’s: another number, or the commit from another fork', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    const file = await resultFile([emailProblem]);
    const forged = await runEntry(
      'registry.ts',
      ['pr-comment', '--pr', '8', '--problems', file, '--head-sha', FORK_HEAD_SHA, '--head-repo', FORK_REPO],
      { GITHUB_TOKEN: fake.issueInstallationToken(), GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: `${ORG}/${REPO}` },
    );
    const after =
      'Ingen kommentar er skrevet. Er der kommet en nyere commit på pull requesten, skriver dens kørsel ' +
      'kommentaren, og der er intet at gøre. Ellers passer nummeret i artefaktet ikke til kørslen, og resultatet ' +
      'bruges ikke.\n';
    expect(forged).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `Pull request #8 hører ikke til denne kørsel: kørslen kontrollerede commit ${FORK_HEAD_SHA}, men pull ` +
        `requestens seneste commit er ${SAME_REPO_HEAD_SHA}. ${after}`,
    });
    const otherFork = await cli(fake, file, {}, [
      '--head-sha',
      FORK_HEAD_SHA,
      '--head-repo',
      'bo-eksempel/sikkerhedsnet',
    ]);
    expect(otherFork).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Pull request #7 hører ikke til denne kørsel: kørslen kom fra bo-eksempel/sikkerhedsnet, men pull ' +
        `requestens gren ligger i ${FORK_REPO}. ${after}`,
    });
    // Only the two reads of the pull request: not even its comments were listed.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${ORG}/${REPO}/pulls/8`,
      `GET /repos/${ORG}/${REPO}/pulls/7`,
    ]);
  });

  it('a hostile result is refused before GitHub is asked anything', async () => {
    fake = await startFakeGitHub(state(), TOKEN);
    const file = await resultFile([]);
    await writeFile(
      file,
      JSON.stringify({ ok: false, errors: [{ ...emailProblem, file: 'x` [klik](https://x.invalid)' }], warnings: [] }),
    );
    const run = await cli(fake, file, {}, ['--head-sha', FORK_HEAD_SHA, '--head-repo', FORK_REPO]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `${file} kan ikke bruges som resultatet af check --json-out: uventet indhold ved errors.0.file: skal være en ` +
        'sti i repositoriet uden `, kontroltegn og / forrest. Intet er skrevet på pull requesten.\n',
    });
    expect(fake.requests).toEqual([]);
  });

  it.each([
    [['--problems', 'x.json'], 'angiv --pr NUMMER'],
    [['--pr', '0', '--problems', 'x.json'], '--pr skal være pull requestens nummer, fx 42 (fik "0")'],
    [['--pr', '7'], 'angiv --problems FIL'],
    [
      ['--pr', '7', '--problems', 'x.json', '--repo', 'bare-navn'],
      '--repo skal være EJER/NAVN, fx kl-sikkerhedsnet/sikkerhedsnet (fik "bare-navn")',
    ],
    [
      ['--pr', '7', '--problems', 'x.json', '--head-sha', 'abc123'],
      '--head-sha skal være et fuldt commit-id med 40 tegn 0-9 og a-f (fik "abc123")',
    ],
    [
      ['--pr', '7', '--problems', 'x.json', '--head-sha', FORK_HEAD_SHA.toUpperCase()],
      `--head-sha skal være et fuldt commit-id med 40 tegn 0-9 og a-f (fik "${FORK_HEAD_SHA.toUpperCase()}")`,
    ],
    [
      ['--pr', '7', '--problems', 'x.json', '--head-repo', 'anne-demo'],
      '--head-repo skal være EJER/NAVN, fx anne-demo/sikkerhedsnet (fik "anne-demo")',
    ],
    // What the workflow passes when the artifact's pr-number had no digits at all.
    [['--pr', '', '--problems', 'x.json'], '--pr skal være pull requestens nummer, fx 42 (fik "")'],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const run = await runEntry('registry.ts', ['pr-comment', ...args], { GITHUB_REPOSITORY: 'kl/sikkerhedsnet' });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});
