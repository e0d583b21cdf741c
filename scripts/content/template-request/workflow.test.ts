import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, useWorkflowSandbox } from '../../github/testing/workflow-sandbox.ts';
import { resolveEnv, runStep, step } from '../../github/testing/workflow-steps.ts';
import { issueBody } from './testing/issue-body.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'scripts/content/experience-request/fixtures');
const WORKFLOW = 'template-request.yml';
const PR_URL = 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/pull/78';
const sandbox = useWorkflowSandbox('template-workflow', PR_URL);
const FILE = 'templates-library/beredskab/beredskabsplan-for-it-nedbrud.mdx';
const IMAGE = 'templates-library/beredskab/beredskabsplan-for-it-nedbrud-1.png';

/** A checkout of main for `publish` whose remote is a local bare repository. */
async function publishWorkspace(): Promise<{ origin: string; work: string }> {
  const origin = path.join(sandbox().temp, 'origin.git');
  const work = path.join(sandbox().temp, 'publish');
  git(sandbox().temp, 'init', '-q', '--bare', '-b', 'main', origin);
  git(sandbox().temp, 'clone', '-q', origin, work);
  await cp(path.join(FIXTURES, 'templates-library'), path.join(work, 'templates-library'), { recursive: true });
  git(work, 'add', '.');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'main');
  git(work, 'push', '-q', 'origin', 'main');
  return { origin, work };
}

/** What prepare leaves in the artifact: the list of written paths and the files under `files/`. */
async function artifact(files: Record<string, string>) {
  const dir = path.join(sandbox().runnerTemp, 'template');
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'files', file)), { recursive: true });
    await writeFile(path.join(dir, 'files', file), text);
  }
  await writeFile(
    path.join(dir, 'written'),
    Object.keys(files)
      .map((f) => `${f}\n`)
      .join(''),
  );
}

async function publish(work: string, file: string) {
  const pr = step(WORKFLOW, 'gh pr create');
  const env = resolveEnv(pr.env ?? {}, {
    'github.token': 'token',
    'github.event.issue.number': '21',
    'github.event.issue.user.login': 'anne-demo',
    'needs.prepare.outputs.file': file,
  });
  return runStep(pr.run, { ...env, ...sandbox().runner('publish') }, work);
}

describe('template-request.yml, with its own steps', () => {
  it('prepare answers a stranger without downloading, and shell in the issue or the login is never run', async () => {
    const request = step(WORKFLOW, 'template-request');
    const body = issueBody({ beskrivelse: 'Plan $(touch "$RUNNER_TEMP/pwned") `touch "$RUNNER_TEMP/pwned"`' });
    const env = resolveEnv(request.env ?? {}, {
      'github.event.issue.body': body,
      'github.event.issue.user.login': 'x$(touch "$RUNNER_TEMP/pwned")',
      'github.token': 'token',
    });
    const run = await runStep(
      request.run,
      { ...env, ...sandbox().runner('prepare') },
      await sandbox().prepareWorkspace(),
    );
    expect([run.code, await readFile(path.join(sandbox().temp, 'prepare.output'), 'utf8')]).toEqual([0, 'ok=false\n']);
    expect(await readFile(path.join(sandbox().runnerTemp, 'template/answer.md'), 'utf8')).toMatch(
      /^@x\$\(touch "\$RUNNER_TEMP\/pwned"\) står ikke i Sikkerhedsnets register/,
    );
    expect(existsSync(path.join(sandbox().runnerTemp, 'pwned'))).toBe(false);
  });

  it('prepare copies every file the CLI wrote into the artifact, and none when a path is not the library’s', async () => {
    // `npm` stands in for the CLI (a real download needs GitHub): it writes the files and lists them in --out.
    const fakeNpm = (paths: string[]) => `#!/usr/bin/env bash
out="\${@: -1}"
for f in ${paths.map((p) => `'${p}'`).join(' ')}; do mkdir -p "$(dirname "$f")"; echo "$f" > "$f"; echo "$f" >> "$out"; done
echo 'Tak, Anne Demo.'
`;
    const request = step(WORKFLOW, 'template-request');
    const env = resolveEnv(request.env ?? {}, {
      'github.event.issue.body': issueBody(),
      'github.event.issue.user.login': 'anne-demo',
      'github.token': 'token',
    });
    await writeFile(path.join(sandbox().bin, 'npm'), fakeNpm([FILE, IMAGE]));
    await chmod(path.join(sandbox().bin, 'npm'), 0o755);
    const work = await sandbox().prepareWorkspace();
    expect((await runStep(request.run, { ...env, ...sandbox().runner('prepare') }, work)).code).toBe(0);
    expect(await readFile(path.join(sandbox().temp, 'prepare.output'), 'utf8')).toBe(`ok=true\nfile=${FILE}\n`);
    expect(await readFile(path.join(sandbox().runnerTemp, 'template/files', IMAGE), 'utf8')).toBe(`${IMAGE}\n`);
    expect(await readFile(path.join(sandbox().runnerTemp, 'template/written'), 'utf8')).toBe(`${FILE}\n${IMAGE}\n`);

    await rm(path.join(sandbox().runnerTemp, 'template'), { recursive: true });
    await rm(path.join(sandbox().temp, 'prepare.output'));
    await rm(work, { recursive: true });
    await writeFile(path.join(sandbox().bin, 'npm'), fakeNpm([FILE, 'templates-library/beredskab/../../secret.txt']));
    const refused = await runStep(
      request.run,
      { ...env, ...sandbox().runner('prepare') },
      await sandbox().prepareWorkspace(),
    );
    expect(refused.code).not.toBe(0);
    expect(await readFile(path.join(sandbox().temp, 'prepare.output'), 'utf8')).toBe('ok=false\n');
    expect(await readFile(path.join(sandbox().runnerTemp, 'template/answer.md'), 'utf8')).toBe(
      'Skabelonen kunne ikke behandles. En moderator i KL ser på sagen.\n',
    );
  });

  it('publish → answer: the template and its image become a branch, a pull request and an answer', async () => {
    await artifact({ [FILE]: '---\ntitle: Plan\n---\n', [IMAGE]: 'png' });
    await writeFile(path.join(sandbox().runnerTemp, 'template/answer.md'), 'Tak, Anne Demo.');
    const { origin, work } = await publishWorkspace();
    expect(await publish(work, FILE)).toMatchObject({ code: 0 });
    expect(git(origin, 'show', `skabelon/issue-21:${FILE}`)).toBe('---\ntitle: Plan\n---\n');
    expect(git(origin, 'show', `skabelon/issue-21:${IMAGE}`)).toBe('png');
    expect(git(origin, 'log', '-1', '--format=%s|%an', 'skabelon/issue-21')).toBe(
      'Skabelon fra sag #21|sikkerhedsnet-bot\n',
    );
    expect(await readFile(path.join(sandbox().temp, 'publish.output'), 'utf8')).toBe(`url=${PR_URL}\n`);

    const reply = step(WORKFLOW, 'gh issue comment');
    const replyEnv = resolveEnv(reply.env ?? {}, {
      'github.token': 'token',
      'github.repository': 'kl-sikkerhedsnet/sikkerhedsnet',
      'github.event.issue.number': '21',
      'needs.prepare.outputs.ok': 'true',
      'needs.publish.outputs.url': PR_URL,
    });
    expect(await runStep(reply.run, { ...replyEnv, ...sandbox().runner('answer') })).toMatchObject({ code: 0 });
    expect((await readFile(path.join(sandbox().temp, 'gh.log'), 'utf8')).split('\n')).toEqual([
      'pr list --head skabelon/issue-21 --state open --json url --jq .[0].url // empty',
      'pr create --head skabelon/issue-21 --title Skabelon fra sag #21 --body Lavet ud fra #21 af @anne-demo. Læs skabelonen igennem før fletning: den er lavet ud fra en Word-fil i en sag.',
      `issue comment 21 --body-file ${sandbox().runnerTemp}/template/answer.md`,
      '',
    ]);
    expect(await readFile(path.join(sandbox().temp, 'gh.log.comment'), 'utf8')).toBe(
      `Tak, Anne Demo.\n\nPull request: ${PR_URL}\n`,
    );
  });

  it.each([
    ['a path out of the library', [FILE, 'templates-library/../.github/workflows/x.yml']],
    [
      'a file that is already on main',
      [FILE, 'templates-library/erfaringer/koebenhavn-backupfabrikken-enterprise.mdx'],
    ],
  ])('publish refuses %s and pushes nothing', async (_what, paths) => {
    await artifact(Object.fromEntries(paths.map((p) => [p, 'x'])));
    const { origin, work } = await publishWorkspace();
    expect((await publish(work, FILE)).code).not.toBe(0);
    expect(git(origin, 'branch', '--list')).toBe('* main\n');
  });

  it('publish refuses a file output that is not the first written path', async () => {
    await artifact({ [FILE]: 'x' });
    const { origin, work } = await publishWorkspace();
    expect((await publish(work, 'templates-library/beredskab/andet.mdx')).code).not.toBe(0);
    expect(git(origin, 'branch', '--list')).toBe('* main\n');
  });

  it('answers with a fallback when prepare produced no answer (the job failed before it)', async () => {
    const reply = step(WORKFLOW, 'gh issue comment');
    const env = resolveEnv(reply.env ?? {}, {
      'github.token': 'token',
      'github.repository': 'kl-sikkerhedsnet/sikkerhedsnet',
      'github.event.issue.number': '22',
      'needs.prepare.outputs.ok': '',
      'needs.publish.outputs.url': '',
    });
    expect(await runStep(reply.run, { ...env, ...sandbox().runner('answer') })).toMatchObject({ code: 0 });
    expect(await readFile(path.join(sandbox().temp, 'gh.log.comment'), 'utf8')).toBe(
      'Skabelonen kunne ikke behandles. En moderator i KL ser på sagen.\n',
    );
  });
});
