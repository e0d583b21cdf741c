/**
 * newsletter-send.yml's approval, with the workflow's own shell steps run in bash as GitHub runs them: is the comment
 * `/godkend`, is the commenter one of KL's admins (through an `npm` stub, and once end to end through the real npm,
 * CLI and registry), which run the issue's marker names (digits only) and whether GitHub's record of it is this
 * repository's newsletter.yml on main, finished, and recent (through a `gh` stub), the download of exactly that run's
 * artifact, and the answer to a refusal. A preview issue opened by newsletter.yml's own step is read back by the
 * send's own step.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, RUN_URL, TOKEN, useStepHarness, WORKFLOW_ID } from './testing/mail-step-harness.ts';
import { runStep, step } from './testing/workflow-steps.ts';

const SEND = 'newsletter-send.yml';
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const h = useStepHarness();

describe('is the comment /godkend?', () => {
  const command = (body: string) => h.run(SEND, 'approve=true', { 'github.event.comment.body': body });

  it.each(['/godkend', '/godkend\n', '  /GODKEND \r\n\r\n', '\t/Godkend'])('%j: yes', async (body) => {
    expect(await command(body)).toMatchObject({ code: 0 });
    expect(await h.outputs()).toBe('approve=true\n');
  });

  it.each(['/godkend nu', 'Jeg skriver /godkend i morgen', '/godkend\n/godkend', '`/godkend`', '/godkendt', ''])(
    '%j: no, and the run ends quietly',
    async (body) => {
      expect(await command(body)).toEqual({
        code: 0,
        stdout: 'Kommentaren er ikke /godkend; intet at gøre.\n',
        stderr: '',
      });
      expect(await h.outputs()).toBe('approve=false\n');
    },
  );
});

describe('is the commenter one of KL’s admins?', () => {
  const approver = (login: string, id: string, extra: Record<string, string> = {}) =>
    h.run(
      SEND,
      'newsletter -- approver',
      { 'github.event.comment.user.login': login, 'github.event.comment.user.id': id },
      extra,
    );

  it('an admin: admin=true and who, from the command’s first line; login and id reach npm as two arguments', async () => {
    const said = 'Godkendt af Dorthe Demo (KL)\nBemærk: kontoen hedder nu x på GitHub, men y i registry/admins.yaml\n';
    const result = await approver('kl-admin-demo', '1000001', { NPM_OUTPUT: said });
    expect([result.code, result.stdout]).toEqual([0, said]);
    expect(await h.outputs()).toBe('admin=true\nby=Godkendt af Dorthe Demo (KL)\n');
    expect(await h.log('npm.log.args')).toBe(
      '[run][--silent][newsletter][--][approver][--login][kl-admin-demo][--id][1000001]',
    );
  });

  it('a login made to look like more arguments is still one argument', async () => {
    await approver('x --id 1 $(touch pwned)', '5', { NPM_CODE: '1' });
    expect(await h.log('npm.log.args')).toBe(
      '[run][--silent][newsletter][--][approver][--login][x --id 1 $(touch pwned)][--id][5]',
    );
    expect(existsSync(path.join(h.work, 'pwned'))).toBe(false);
  });

  it('not an admin (exit 1): refused with an answer, and the step succeeds', async () => {
    expect(await approver('anne-demo', '1000101', { NPM_CODE: '1' })).toMatchObject({ code: 0 });
    expect(await h.outputs()).toBe('admin=false\nrefusal=admin\n');
  });

  it('admins.yaml does not load or the command fails (exit 2): the step fails, with no verdict', async () => {
    expect(await approver('kl-admin-demo', '1000001', { NPM_CODE: '2' })).toMatchObject({ code: 2 });
    expect(await h.outputs()).toBe('');
  });

  it('end to end: the step, the real npm and CLI, and the repository’s registry/admins.yaml', async () => {
    const { admins } = parse(await readFile(path.join(ROOT, 'registry/admins.yaml'), 'utf8')) as {
      admins: { name: string; github?: string; github_id?: number }[];
    };
    const admin = admins.find((a) => a.github !== undefined && a.github_id !== undefined);
    if (!admin) throw new Error('registry/admins.yaml has no admin with github and github_id');
    const s = step(SEND, 'newsletter -- approver');
    const realRun = async (login: string, id: string) => {
      const result = await runStep(
        s.run,
        {
          COMMENTER_LOGIN: login,
          COMMENTER_ID: id,
          GITHUB_OUTPUT: path.join(h.temp, 'output'),
        },
        ROOT,
      );
      const outputs = await h.outputs();
      await writeFile(path.join(h.temp, 'output'), '');
      return [result.code, outputs];
    };
    expect(await realRun(admin.github ?? '', String(admin.github_id))).toEqual([
      0,
      `admin=true\nby=Godkendt af ${admin.name} (KL)\n`,
    ]);
    expect(await realRun('ikke-en-admin', '999999999')).toEqual([0, 'admin=false\nrefusal=admin\n']);
    expect(await realRun(admin.github ?? '', '999999999')).toEqual([0, 'admin=false\nrefusal=admin\n']);
  });
});

describe('which preview, and may it be sent?', () => {
  const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  /** GitHub's record of run `id` as `gh api repos/…/actions/runs/<id>` gives it. */
  const record = (id: string, over: Record<string, unknown> = {}) =>
    writeFile(
      path.join(h.temp, 'runs', `${id}.json`),
      JSON.stringify({
        id: Number(id),
        workflow_id: WORKFLOW_ID,
        repository: { full_name: REPO },
        head_branch: 'main',
        event: 'schedule',
        status: 'completed',
        conclusion: 'success',
        created_at: days(2),
        ...over,
      }),
    );
  const check = (body: string) =>
    h.run(SEND, 'sikkerhedsnet-nyhedsbrev run=', { 'github.token': TOKEN, 'github.event.issue.body': body });
  const body = (marker: string) => `## Nyhedsbrev til godkendelse\n\nIndhold.\n\n${marker}\n`;
  const API = [`api repos/${REPO}/actions/workflows/newsletter.yml --jq .id`, `api repos/${REPO}/actions/runs/123`];

  it('the marker on the last line names a finished run of newsletter.yml on main: that run is sent', async () => {
    await record('123');
    const result = await check(body('<!-- sikkerhedsnet-nyhedsbrev run=123 -->'));
    expect([result.code, result.stdout]).toEqual([
      0,
      `Forhåndsvisningen fra https://github.com/${REPO}/actions/runs/123 sendes.\n`,
    ]);
    expect(await h.outputs()).toBe('ok=true\nrun-id=123\n');
    expect(await h.log('gh.log')).toBe(`${API.join('\n')}\n`);
  });

  it('Windows line ends and blank lines after the marker do not matter', async () => {
    await record('123');
    await check('Indhold.\r\n\r\n<!-- sikkerhedsnet-nyhedsbrev run=123 -->\r\n\r\n  \n');
    expect(await h.outputs()).toBe('ok=true\nrun-id=123\n');
  });

  it.each([
    ['no marker', body('Ingen markør her.')],
    ['an empty issue', ''],
    ['text after the marker', `${body('<!-- sikkerhedsnet-nyhedsbrev run=123 -->')}Mere tekst.\n`],
    ['letters', body('<!-- sikkerhedsnet-nyhedsbrev run=12a -->')],
    ['a sign', body('<!-- sikkerhedsnet-nyhedsbrev run=-123 -->')],
    ['a leading zero', body('<!-- sikkerhedsnet-nyhedsbrev run=0123 -->')],
    ['a space', body('<!-- sikkerhedsnet-nyhedsbrev run=1 23 -->')],
    ['a command', body('<!-- sikkerhedsnet-nyhedsbrev run=$(touch pwned) -->')],
    ['a second command', body('<!-- sikkerhedsnet-nyhedsbrev run=123;touch pwned -->')],
    ['other digits than 0-9', body('<!-- sikkerhedsnet-nyhedsbrev run=１２３ -->')],
    ['20 digits', body(`<!-- sikkerhedsnet-nyhedsbrev run=${'1'.repeat(20)} -->`)],
    ['a leading space', body(' <!-- sikkerhedsnet-nyhedsbrev run=123 -->')],
    ['another marker', body('<!-- sikkerhedsnet-sync-plan run=123 -->')],
  ])('%s: refused without asking GitHub about any run', async (_, issueBody) => {
    await record('123');
    const result = await check(issueBody);
    expect([result.code, result.stdout]).toEqual([
      0,
      '::error::Sagens sidste linje er ikke mærket <!-- sikkerhedsnet-nyhedsbrev run=… --> fra workflowet Newsletter.\n',
    ]);
    expect(await h.outputs()).toBe('refusal=marker\n');
    expect(await h.log('gh.log')).toBe('');
    expect(existsSync(path.join(h.work, 'pwned'))).toBe(false);
  });

  it.each([
    ['another workflow', { workflow_id: 78 }, 'er ikke workflowet Newsletter i dette repository'],
    [
      'another repository',
      { repository: { full_name: 'andre/repo' } },
      'er ikke workflowet Newsletter i dette repository',
    ],
    ['another branch', { head_branch: 'rettelse' }, 'er ikke kørt på main'],
    ['a failed run', { conclusion: 'failure' }, 'er ikke gennemført uden fejl'],
    ['a run still going', { status: 'in_progress', conclusion: null }, 'er ikke gennemført uden fejl'],
  ])('%s: refused', async (_, over, problem) => {
    await record('123', over);
    const result = await check(body('<!-- sikkerhedsnet-nyhedsbrev run=123 -->'));
    expect([result.code, result.stdout]).toEqual([0, `::error::Kørslen 123 ${problem}.\n`]);
    expect(await h.outputs()).toBe('refusal=run\n');
  });

  it('a run GitHub does not know: refused', async () => {
    const result = await check(body('<!-- sikkerhedsnet-nyhedsbrev run=999 -->'));
    expect([result.code, result.stdout]).toEqual([0, '::error::Kørslen 999 kunne ikke hentes fra GitHub.\n']);
    expect(await h.outputs()).toBe('refusal=run\n');
  });

  it('a preview older than 30 days is refused; one of 29 days is sent', async () => {
    await record('123', { created_at: days(31) });
    const old = await check(body('<!-- sikkerhedsnet-nyhedsbrev run=123 -->'));
    expect([old.code, old.stdout]).toEqual([
      0,
      '::error::Forhåndsvisningen fra kørslen 123 er 31 dage gammel; højst 30 dage.\n',
    ]);
    expect(await h.outputs()).toBe('refusal=old\n');
    await writeFile(path.join(h.temp, 'output'), '');
    await record('123', { created_at: days(29) });
    await check(body('<!-- sikkerhedsnet-nyhedsbrev run=123 -->'));
    expect(await h.outputs()).toBe('ok=true\nrun-id=123\n');
  });

  it('the issue newsletter.yml opens is read back by the send: its run is the one named', async () => {
    await mkdir(path.join(h.work, 'preview'));
    await writeFile(
      path.join(h.work, 'preview/resume.md'),
      '## Nyhedsbrev\n\n<!-- sikkerhedsnet-nyhedsbrev run=1 -->\n',
    );
    await h.run('newsletter.yml', 'gh issue create', { 'github.token': TOKEN, 'github.repository': REPO });
    await writeFile(path.join(h.temp, 'output'), '');
    await record('4242');
    await check(await h.log('gh.log.body'));
    expect(await h.outputs()).toBe('ok=true\nrun-id=4242\n');
  });
});

describe('the download of the approved run’s artifact', () => {
  const download = (runId: string) =>
    h.run(SEND, 'gh run download', {
      'github.token': TOKEN,
      'github.repository': REPO,
      'needs.approve.outputs.run-id': runId,
    });

  it('takes exactly the artifact nyhedsbrev of that run into preview/', async () => {
    expect(await download('123')).toMatchObject({ code: 0 });
    expect(await h.log('gh.log')).toBe('run download 123 --name nyhedsbrev --dir preview\n');
    expect(existsSync(path.join(h.work, 'preview/udsendelse.json'))).toBe(true);
  });

  it.each(['', '12a', '0', '123 --repo andre/repo', '123\n456'])('%j: refused, nothing downloaded', async (runId) => {
    const result = await download(runId);
    expect([result.code, result.stdout]).toEqual([1, `::error::Kørslens nummer er ugyldigt: "${runId}".\n`]);
    expect(await h.log('gh.log')).toBe('');
  });
});

describe('the answer to a refusal', () => {
  const answer = async (refusal: string) => {
    const result = await h.run(SEND, 'case "$REFUSAL"', {
      'github.token': TOKEN,
      'github.repository': REPO,
      'github.event.issue.number': '42',
      'github.event.comment.user.login': 'anne-demo',
      'needs.approve.outputs.refusal': refusal,
    });
    expect(result).toMatchObject({ code: 0 });
    expect((await h.log('gh.log')).split(' --body-file')[0]).toBe('issue comment 42');
    return h.log('gh.log.comment');
  };
  const RUN = `\nKørslen: ${RUN_URL}\n`;

  it('not an admin: only KL’s admins can approve, nothing was sent', async () => {
    expect(await answer('admin')).toBe(
      "@anne-demo: Kun KL's administratorer i `registry/admins.yaml` kan godkende nyhedsbrevet, så intet er sendt.\n" +
        RUN,
    );
  });

  it.each([
    [
      'marker',
      'Sagen siger ikke, hvilken forhåndsvisning der skal sendes: dens sidste linje skal være mærket fra workflowet ' +
        'Newsletter. Intet er sendt. Start workflowet igen (Actions → Newsletter → Run workflow) for at få en ny sag.\n',
    ],
    [
      'run',
      'Forhåndsvisningen, sagen peger på, er ikke en gennemført kørsel af workflowet Newsletter på main i dette ' +
        'repository, så intet er sendt. Start workflowet igen (Actions → Newsletter → Run workflow) for at få en ny sag.\n',
    ],
    [
      'old',
      'Forhåndsvisningen er over 30 dage gammel og sendes ikke: indholdet kan være forældet. Start workflowet igen ' +
        '(Actions → Newsletter → Run workflow) for at få en ny sag, og luk denne.\n',
    ],
    [
      '',
      'Godkendelsen kunne ikke kontrolleres, så intet er sendt. Se kørslens log, ret fejlen, og skriv /godkend igen.\n',
    ],
  ])('%j: says why and what to do', async (refusal, text) => {
    expect(await answer(refusal)).toBe(text + RUN);
  });
});
