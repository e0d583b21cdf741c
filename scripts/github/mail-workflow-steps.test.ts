/**
 * The mail workflows' own shell steps (newsletter.yml, newsletter-send.yml, alerts.yml), run in bash as GitHub runs
 * them: the ledger is fetched from and pushed to a local bare "origin" (first run without the branch, a push that
 * loses a race, an unreachable origin), the preview's output decides whether there is anything to send, the issue is
 * opened with the marker that names its run, and the outcome of a send is answered on it, through `gh` and `npm` stubs
 * on PATH that record their arguments, so the steps' own logic is what is tested. The approval's steps are in
 * newsletter-approval-steps.test.ts.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git, REPO, RUN_URL, TOKEN, useStepHarness } from './testing/mail-step-harness.ts';

const NEWSLETTER = 'newsletter.yml';
const SEND = 'newsletter-send.yml';
const h = useStepHarness();

const fetchLedger = () => h.run(NEWSLETTER, 'git ls-remote', { 'github.token': TOKEN });
const saveLedger = (file = SEND) => h.run(file, 'git push', { 'github.token': TOKEN });
const ledgerFile = (name: string, text: string) => writeFile(path.join(h.work, 'ledger', name), text);

describe('the ledger branch, with the workflows’ own steps', () => {
  it('first run: an empty ledger; its files (not the lock) become the branch udsendelser; main is untouched', async () => {
    const main = git(h.origin, 'rev-parse', 'main');
    expect(await fetchLedger()).toMatchObject({ code: 0 });
    expect(git(path.join(h.work, 'ledger'), 'symbolic-ref', 'HEAD')).toBe('refs/heads/udsendelser\n');
    // No credential is left in the clone's configuration.
    expect(await h.log('work/ledger/.git/config')).not.toMatch(/extraheader|x-access|ghs_/);
    await ledgerFile('nyhedsbrev-kerne-2026-11.jsonl', '{"t":"done"}\n');
    await ledgerFile('.laas', '123 runner\n');
    expect(await saveLedger()).toMatchObject({ code: 0 });
    expect(git(h.origin, 'ls-tree', '--name-only', 'udsendelser')).toBe('nyhedsbrev-kerne-2026-11.jsonl\n');
    expect(git(h.origin, 'log', '--format=%an|%s', 'udsendelser')).toBe(
      'github-actions[bot]|Udsendelseslog: Newsletter, kørsel 4242\n',
    );
    expect(git(h.origin, 'rev-parse', 'main')).toBe(main);
  });

  it('a later run continues the branch; a push that lost a race is put on top of the other run’s', async () => {
    await fetchLedger();
    await ledgerFile('nyhedsbrev-kerne-2026-11.jsonl', '{"t":"mailing"}\n');
    await saveLedger();
    await rm(path.join(h.work, 'ledger'), { recursive: true });
    expect(await fetchLedger()).toMatchObject({ code: 0 });
    expect(await h.log('work/ledger/nyhedsbrev-kerne-2026-11.jsonl')).toBe('{"t":"mailing"}\n');
    await ledgerFile('nyhedsbrev-kerne-2026-11.jsonl', '{"t":"mailing"}\n{"t":"done"}\n');
    // Meanwhile another run pushed an alert's file.
    const other = path.join(h.temp, 'other');
    git(h.temp, 'clone', '-q', '--branch', 'udsendelser', h.origin, other);
    await writeFile(path.join(other, 'varsel-x-kerne.jsonl'), '{"t":"done"}\n');
    commitAll(other, 'andet');
    git(other, 'push', '-q', 'origin', 'udsendelser');
    expect(await saveLedger('alerts.yml')).toMatchObject({ code: 0 });
    expect(git(h.origin, 'log', '--format=%s', 'udsendelser')).toBe(
      'Udsendelseslog: Newsletter, kørsel 4242\nandet\nUdsendelseslog: Newsletter, kørsel 4242\n',
    );
    expect(git(h.origin, 'show', 'udsendelser:nyhedsbrev-kerne-2026-11.jsonl')).toBe('{"t":"mailing"}\n{"t":"done"}\n');
    expect(git(h.origin, 'show', 'udsendelser:varsel-x-kerne.jsonl')).toBe('{"t":"done"}\n');
  });

  it('two first runs at once: the second one’s new branch goes on top of the first one’s', async () => {
    await fetchLedger();
    const other = path.join(h.temp, 'other');
    git(h.temp, 'init', '-q', '-b', 'udsendelser', other);
    await writeFile(path.join(other, 'varsel-x-kerne.jsonl'), '{"t":"done"}\n');
    commitAll(other, 'andet');
    git(other, 'push', '-q', h.origin, 'udsendelser');
    await ledgerFile('nyhedsbrev-bred-2026-11.jsonl', '{"t":"done"}\n');
    expect(await saveLedger()).toMatchObject({ code: 0 });
    expect(git(h.origin, 'ls-tree', '--name-only', 'udsendelser')).toBe(
      'nyhedsbrev-bred-2026-11.jsonl\nvarsel-x-kerne.jsonl\n',
    );
  });

  it('an unchanged ledger makes no commit', async () => {
    await fetchLedger();
    const result = await saveLedger();
    expect([result.code, result.stdout]).toEqual([0, 'Udsendelsesloggen er uændret.\n']);
    expect(git(h.origin, 'branch', '--list', 'udsendelser')).toBe('');
  });

  it('an origin that cannot be read stops the run: a ledger read as empty would send everything again', async () => {
    git(h.work, 'remote', 'set-url', 'origin', path.join(h.temp, 'findes-ikke.git'));
    const result = await fetchLedger();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Udsendelsesloggen (grenen udsendelser) kunne ikke hentes (git ls-remote: kode 128). Intet sendes uden den; kør workflowet igen.\n',
    );
    expect(existsSync(path.join(h.work, 'ledger'))).toBe(false);
  });
});

/** What the issue step adds under resume.md: how to approve, then the marker naming run 4242. */
const APPROVAL_TAIL =
  '\n---\n\n**Godkend udsendelsen** ved at skrive en kommentar her på sagen med præcis `/godkend` og intet andet. ' +
  "Kun KL's administratorer i `registry/admins.yaml` kan godkende. Så sendes præcis det indhold, sagen viser. Det " +
  'skal ske inden for 30 dage. Skal noget rettes, så ret det i en pull request og start workflowet igen (Actions → ' +
  'Newsletter → Run workflow); den nye sag erstatter denne.\n\n<!-- sikkerhedsnet-nyhedsbrev run=4242 -->\n';

describe('the newsletter’s preview and issue, with newsletter.yml’s own steps', () => {
  it.each([
    [0, 'mailings=false\n'],
    [2, 'mailings=true\n'],
  ])('%i mailings in udsendelse.json: %s', async (count, output) => {
    await mkdir(path.join(h.work, 'preview'));
    const mailings = Array.from({ length: count }, (_, i) => ({ id: `nyhedsbrev-${i}` }));
    await writeFile(path.join(h.work, 'preview/udsendelse.json'), JSON.stringify({ version: 1, mailings }));
    expect(await h.run(NEWSLETTER, 'mailings=true', {})).toMatchObject({ code: 0 });
    expect(await h.outputs()).toBe(output);
  });

  it('the preview needs the site’s address and names the run in resume.md', async () => {
    const context = (url: string) => ({ 'vars.SIKKERHEDSNET_PUBLIC_URL': url });
    const missing = await h.run(NEWSLETTER, 'newsletter -- preview', context(''));
    expect([missing.code, missing.stdout.split(' (')[0]]).toEqual([
      1,
      '::error::Variablen SIKKERHEDSNET_PUBLIC_URL mangler: sæt den til sitets adresse, fx https://sikkerhedsnet.kl.dk',
    ]);
    expect(await h.run(NEWSLETTER, 'newsletter -- preview', context('https://sikkerhedsnet.kl.dk'))).toMatchObject({
      code: 0,
    });
    expect(await h.log('npm.log')).toBe(
      `run --silent newsletter -- preview --ledger ledger --out preview --run-url ${RUN_URL}\n`,
    );
  });

  const openIssue = (extra: Record<string, string> = {}) =>
    h.run(NEWSLETTER, 'gh issue create', { 'github.token': TOKEN, 'github.repository': REPO }, extra);

  it('opens the issue with resume.md, how to approve, and last the marker naming this run', async () => {
    await mkdir(path.join(h.work, 'preview'));
    await writeFile(path.join(h.work, 'preview/resume.md'), '## Nyhedsbrev til godkendelse\n\nIndhold.\n');
    expect(await openIssue()).toMatchObject({ code: 0 });
    expect(await h.outputs()).toBe('number=42\n');
    const day = new Date().toISOString().slice(0, 10);
    expect(await h.log('gh.log')).toBe(
      'issue list --label nyhedsbrev --state open --json number --jq .[].number\n' +
        `issue create --title Nyhedsbrev til godkendelse ${day} --body-file ${h.temp}/runner/sag.md --label nyhedsbrev\n`,
    );
    expect(await h.log('gh.log.body')).toBe(`## Nyhedsbrev til godkendelse\n\nIndhold.\n${APPROVAL_TAIL}`);
    // resume.md itself is left as the artifact has it.
    expect(await h.log('work/preview/resume.md')).toBe('## Nyhedsbrev til godkendelse\n\nIndhold.\n');
  });

  it('a preview too long for an issue points to the artifact, still with the marker last', async () => {
    await mkdir(path.join(h.work, 'preview'));
    await writeFile(path.join(h.work, 'preview/resume.md'), 'x'.repeat(60_001));
    expect(await openIssue()).toMatchObject({ code: 0 });
    expect(await h.log('gh.log.body')).toBe(
      '## Nyhedsbrev til godkendelse\n\nForhåndsvisningen er for lang til en sag. Hent artefaktet `nyhedsbrev` fra ' +
        `kørslen (${RUN_URL}), og læs resume.md og .html-filerne.\n${APPROVAL_TAIL}`,
    );
  });

  it('older preview issues still open are closed as replaced by the new one', async () => {
    await mkdir(path.join(h.work, 'preview'));
    await writeFile(path.join(h.work, 'preview/resume.md'), 'Indhold.\n');
    expect(await openIssue({ GH_OPEN_ISSUES: '17\n23\n' })).toMatchObject({ code: 0 });
    const close = (n: number) =>
      `issue close ${n} --reason not planned --comment Erstattet af #42, som også rummer det, der ikke blev sendt herfra.`;
    expect((await h.log('gh.log')).split('\n').slice(2)).toEqual([close(17), close(23), '']);
  });
});

describe('the send and its answer, with newsletter-send.yml’s own steps', () => {
  it('send: the exit code and the output reach the log, the step output and the file for the answer', async () => {
    const context = {
      'secrets.SIKKERHEDSNET_SMTP_URL': 'smtp://u:p@127.0.0.1:2525',
      'vars.SIKKERHEDSNET_PUBLIC_URL': 'https://sikkerhedsnet.kl.dk',
      'vars.SIKKERHEDSNET_MAIL_FROM': '',
      'vars.SIKKERHEDSNET_MAIL_RATE': '',
    };
    const report = 'nyhedsbrev-kerne: sendt til 2 nu (3 modtagere).\n  AFVIST  bo@kk.dk: 550 nej\n';
    const result = await h.run(SEND, 'newsletter -- send', context, { NPM_OUTPUT: report, NPM_CODE: '1' });
    expect([result.code, result.stdout]).toEqual([1, report]);
    expect(await h.outputs()).toBe('code=1\n');
    expect(await h.log('runner/send/output.txt')).toBe(report);
    expect(await h.log('npm.log')).toBe(
      'run --silent newsletter -- send --issue preview/udsendelse.json --ledger ledger --send\n',
    );
  });

  /** The answer step after a send that ended as `outcome` with `code`, and a ledger push that ended as `ledger`. */
  async function answer(outcome: string, code: string, ledger: string, output?: string, approvedBy = '') {
    if (output !== undefined) {
      await mkdir(path.join(h.temp, 'runner/send'), { recursive: true });
      await writeFile(path.join(h.temp, 'runner/send/output.txt'), output);
    }
    const result = await h.run(SEND, 'gh issue close "$ISSUE" --reason completed', {
      'github.token': TOKEN,
      'github.repository': REPO,
      'github.event.issue.number': '42',
      'needs.approve.outputs.by': approvedBy,
      'steps.send.outcome': outcome,
      'steps.send.outputs.code': code,
      'steps.save-ledger.outcome': ledger,
    });
    expect(result).toMatchObject({ code: 0 });
    return {
      comment: await h.log('gh.log.comment'),
      gh: (await h.log('gh.log')).split('\n').map((l) => l.split(' --body-file')[0]),
    };
  }

  it('answer: sent to everyone and the ledger saved → the report on the issue, which is closed', async () => {
    const report = 'nyhedsbrev-kerne: sendt til 3 nu (3 modtagere).\n';
    const { comment, gh } = await answer('success', '0', 'success', report, 'Godkendt af Dorthe Demo (KL)');
    expect(comment).toBe(
      'Nyhedsbrevet er sendt til alle modtagere.\n\nGodkendt af Dorthe Demo (KL).\n\n<details><summary>Kørslens ' +
        'udskrift</summary>\n\n````text\nnyhedsbrev-kerne: sendt til 3 nu (3 modtagere).\n\n````\n\n</details>\n\n' +
        `Kørslen: ${RUN_URL}\n`,
    );
    expect(gh).toEqual(['issue comment 42', 'issue close 42 --reason completed', '']);
  });

  it('answer: some recipients refused → /godkend again sends to them, and the issue stays open', async () => {
    const { comment, gh } = await answer('failure', '1', 'success', 'AFVIST  bo@kk.dk: 550 nej\n');
    expect(comment.split('\n')[0]).toBe(
      'Nyhedsbrevet er sendt, men ikke alle fik det (se herunder). Skriv /godkend igen for at sende til dem, der ' +
        'mangler: de, der har fået det, får det ikke igen.',
    );
    expect(gh).toEqual(['issue comment 42', '']);
  });

  it('answer: a ledger that was not saved is said plainly, and the issue stays open', async () => {
    const { comment, gh } = await answer('success', '0', 'failure');
    expect(comment).toBe(
      'Nyhedsbrevet er sendt til alle modtagere.\n\n**Udsendelsesloggen blev ikke gemt** på grenen `udsendelser`. ' +
        'Læg filerne fra artefaktet `udsendelseslog` på grenen, før nyhedsbrevet sendes igen; ellers kan nogen få det ' +
        `to gange.\n\nKørslen: ${RUN_URL}\n`,
    );
    expect(gh).toEqual(['issue comment 42', '']);
  });

  it('answer: a run stopped before sending (the download, say) says so, without a ledger warning', async () => {
    const { comment, gh } = await answer('skipped', '', 'skipped');
    expect(comment).toBe(
      'Nyhedsbrevet blev ikke sendt: kørslen stoppede, før afsendelsen begyndte. Se kørslens log, ret fejlen, og ' +
        `skriv /godkend igen.\n\nKørslen: ${RUN_URL}\n`,
    );
    expect(gh).toEqual(['issue comment 42', '']);
  });

  it('answer: a failed or cancelled send (no code) asks for /godkend again once the fault is fixed', async () => {
    const { comment } = await answer('cancelled', '', 'success');
    expect(comment.split('\n')[0]).toBe(
      'Afsendelsen fejlede eller blev afbrudt (se herunder). Skriv /godkend igen, når fejlen er rettet: de, der har ' +
        'fået nyhedsbrevet, får det ikke igen.',
    );
  });
});
