import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueBody } from '../content/experience-request/testing/issue-body.ts';
import { git, useWorkflowSandbox } from './testing/workflow-sandbox.ts';
import { resolveEnv, runStep, step } from './testing/workflow-steps.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'scripts/content/experience-request/fixtures');
const WORKFLOW = 'experience-request.yml';
const PR_URL = 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/pull/77';
const sandbox = useWorkflowSandbox('experience-workflow', PR_URL);
const FILE = 'templates-library/erfaringer/koebenhavn-logvogter-siem.mdx';

/** Run `prepare`'s request step for an issue by `author`; returns the step's result and its outputs. */
async function prepare(body: string, author: string) {
  const request = step(WORKFLOW, 'experience-request');
  const env = resolveEnv(request.env ?? {}, {
    'github.event.issue.body': body,
    'github.event.issue.user.login': author,
  });
  const run = await runStep(
    request.run,
    { ...env, ...sandbox().runner('prepare') },
    await sandbox().prepareWorkspace(),
  );
  const output = await readFile(path.join(sandbox().temp, 'prepare.output'), 'utf8');
  return {
    run,
    output: Object.fromEntries(
      output
        .trim()
        .split('\n')
        .map((l) => l.split('=', 2)),
    ),
  };
}

const LOGVOGTER = {
  produkt: 'Logvogter SIEM',
  leverandoer: 'Logvogter ApS',
  omraade: 'Logning og SIEM',
  resume: 'Fiktivt eksempel: $(touch "$RUNNER_TEMP/pwned") `touch "$RUNNER_TEMP/pwned"`',
  virket: 'Alarmer virker\'; touch "$RUNNER_TEMP/pwned"; echo \'',
};

describe('experience-request.yml, with its own steps', () => {
  it('prepare → publish → answer: a member’s issue becomes a branch, a pull request and an answer', async () => {
    const { run, output } = await prepare(issueBody(LOGVOGTER), 'anne-demo');
    expect([run.code, run.stderr, output]).toEqual([0, '', { ok: 'true', file: FILE }]);
    const entry = await readFile(path.join(sandbox().runnerTemp, 'experience/entry.mdx'), 'utf8');
    expect(entry).toContain(
      `summary: 'Fiktivt eksempel: $(touch "$RUNNER_TEMP/pwned") \`touch "$RUNNER_TEMP/pwned"\`'\n`,
    );
    expect(await readFile(path.join(sandbox().runnerTemp, 'experience/answer.md'), 'utf8')).toMatch(
      /^Tak, Anne Demo\./,
    );

    // publish: a checkout of main whose remote is a local bare repository.
    const origin = path.join(sandbox().temp, 'origin.git');
    const work = path.join(sandbox().temp, 'publish');
    git(sandbox().temp, 'init', '-q', '--bare', '-b', 'main', origin);
    git(sandbox().temp, 'clone', '-q', origin, work);
    await cp(path.join(FIXTURES, 'templates-library'), path.join(work, 'templates-library'), { recursive: true });
    git(work, 'add', '.');
    git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'main');
    git(work, 'push', '-q', 'origin', 'main');
    const pr = step(WORKFLOW, 'gh pr create');
    const prEnv = resolveEnv(pr.env ?? {}, {
      'github.token': 'token',
      'github.event.issue.number': '12',
      'github.event.issue.user.login': 'anne-demo',
      'needs.prepare.outputs.file': output.file ?? '',
    });
    expect(await runStep(pr.run, { ...prEnv, ...sandbox().runner('publish') }, work)).toMatchObject({ code: 0 });
    expect(git(origin, 'show', `erfaring/issue-12:${FILE}`)).toBe(entry);
    expect(git(origin, 'log', '-1', '--format=%s|%an', 'erfaring/issue-12')).toBe(
      'Erfaring fra sag #12|sikkerhedsnet-bot\n',
    );
    expect(await readFile(path.join(sandbox().temp, 'publish.output'), 'utf8')).toBe(`url=${PR_URL}\n`);

    const reply = step(WORKFLOW, 'gh issue comment');
    const replyEnv = resolveEnv(reply.env ?? {}, {
      'github.token': 'token',
      'github.repository': 'kl-sikkerhedsnet/sikkerhedsnet',
      'github.event.issue.number': '12',
      'needs.prepare.outputs.ok': 'true',
      'needs.publish.outputs.url': PR_URL,
    });
    expect(await runStep(reply.run, { ...replyEnv, ...sandbox().runner('answer') })).toMatchObject({ code: 0 });
    expect((await readFile(path.join(sandbox().temp, 'gh.log'), 'utf8')).split('\n')).toEqual([
      'pr list --head erfaring/issue-12 --state open --json url --jq .[0].url // empty',
      'pr create --head erfaring/issue-12 --title Erfaring fra sag #12 --body Lavet ud fra #12 af @anne-demo. Læs teksten igennem før fletning: den er skrevet i en sag.',
      `issue comment 12 --body-file ${sandbox().runnerTemp}/experience/answer.md`,
      '',
    ]);
    const comment = await readFile(path.join(sandbox().temp, 'gh.log.comment'), 'utf8');
    expect(comment).toMatch(new RegExp(`^Tak, Anne Demo\\..*\\n\\n\\nPull request: ${PR_URL}\\n$`, 's'));
    expect(existsSync(path.join(sandbox().runnerTemp, 'pwned'))).toBe(false);
  });

  it('a refused issue is answered, nothing is published, and shell in the issue or the login is never run', async () => {
    const { run, output } = await prepare(issueBody(LOGVOGTER), 'x$(touch "$RUNNER_TEMP/pwned")');
    expect([run.code, output]).toEqual([0, { ok: 'false' }]);
    expect(await readFile(path.join(sandbox().runnerTemp, 'experience/answer.md'), 'utf8')).toMatch(
      /^@x\$\(touch "\$RUNNER_TEMP\/pwned"\) står ikke i Sikkerhedsnets register/,
    );
    expect(existsSync(path.join(sandbox().runnerTemp, 'experience/entry.mdx'))).toBe(false);
    expect(existsSync(path.join(sandbox().runnerTemp, 'pwned'))).toBe(false);
  });

  it('answers with a fallback when prepare produced no answer (the job failed before it)', async () => {
    const reply = step(WORKFLOW, 'gh issue comment');
    const env = resolveEnv(reply.env ?? {}, {
      'github.token': 'token',
      'github.repository': 'kl-sikkerhedsnet/sikkerhedsnet',
      'github.event.issue.number': '13',
      'needs.prepare.outputs.ok': '',
      'needs.publish.outputs.url': '',
    });
    expect(await runStep(reply.run, { ...env, ...sandbox().runner('answer') })).toMatchObject({ code: 0 });
    expect(await readFile(path.join(sandbox().temp, 'gh.log.comment'), 'utf8')).toBe(
      'Erfaringen kunne ikke behandles. En moderator i KL ser på sagen.\n',
    );
  });
});
