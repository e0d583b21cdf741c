/**
 * Structure of the mail workflows (newsletter.yml, newsletter-send.yml, alerts.yml): triggers, KL's approval by an
 * admin's `/godkend` comment, environments, the ledger's concurrency group, and the security rules of issue 14: the
 * SMTP secret only in the env of the step that sends, no expression in any `run:`, minimal permissions per job, main's
 * code only, no credentials kept by a checkout or seen by npm, and the ledger pushed only to `udsendelser`, also after
 * a failed or cancelled send. The steps' shell is run in mail-workflow-steps.test.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allSteps,
  expr,
  type Job,
  readWorkflow,
  type Step,
  WORKFLOW_DIR,
  type Workflow,
  workflowText,
} from './testing/workflow-yaml.ts';

const MAIL_FILES = ['newsletter.yml', 'newsletter-send.yml', 'alerts.yml'] as const;
type MailFile = (typeof MAIL_FILES)[number];
const text = workflowText;
const read = readWorkflow;
const workflows = Object.fromEntries(MAIL_FILES.map((f) => [f, read(f)])) as Record<MailFile, Workflow>;
const newsletter = workflows['newsletter.yml'];
const sending = workflows['newsletter-send.yml'];
const alerts = workflows['alerts.yml'];
const steps = allSteps;
const byId = (job: Job | undefined, id: string) => job?.steps.find((s) => s.id === id);
/** A step as one short word: its action, its id, or its command's first word. */
const kind = (s: Step) => s.uses ?? s.id ?? s.run?.split(' ')[0];

/** Every string in a parsed workflow with its path, e.g. `jobs.send.steps.6.env.SIKKERHEDSNET_SMTP_URL`. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
}

/** The workflow and step that send, and the command they run. */
const SENDERS = [
  [
    'newsletter-send.yml',
    'send',
    'npm run --silent newsletter -- send --issue preview/udsendelse.json --ledger ledger --send',
  ],
  ['alerts.yml', 'alerts', 'npm run --silent newsletter -- alerts --ledger ledger --send'],
] as const;

const LEDGER_GROUP = { group: 'mail-ledger', 'cancel-in-progress': false, queue: 'max' };
const PUSH = 'git push --quiet origin HEAD:refs/heads/udsendelser';
const MARKER_LINE = `printf '\\n<!-- sikkerhedsnet-nyhedsbrev run=%s -->\\n' "$GITHUB_RUN_ID" >> "$body"`;

describe('newsletter.yml, newsletter-send.yml and alerts.yml', () => {
  it('the preview runs monthly and by hand; the send on a new comment; alerts when news reach main, and by hand', () => {
    expect(newsletter.on).toEqual({ schedule: [{ cron: '0 6 1 * *' }], workflow_dispatch: null });
    expect(sending.on).toEqual({ issue_comment: { types: ['created'] } });
    expect(alerts.on).toEqual({
      push: { branches: ['main'], paths: ['templates-library/nyheder/**'] },
      workflow_dispatch: null,
    });
  });

  it('newsletter.yml only composes and asks: one job, no environment, no group, no secret', () => {
    expect(Object.keys(newsletter.jobs)).toEqual(['preview']);
    const preview = newsletter.jobs.preview;
    expect([preview?.environment, preview?.concurrency, preview?.needs]).toEqual([undefined, undefined, undefined]);
    expect(text('newsletter.yml')).not.toMatch(/\bsecrets\b/);
    expect(byId(preview, 'mailings')?.run).toContain('echo "mailings=true" >> "$GITHUB_OUTPUT"');
    expect(byId(preview, 'issue')?.if).toBe("steps.mailings.outputs.mailings == 'true'");
  });

  it('the preview issue ends with the marker naming its run, and says how to approve', () => {
    const run = byId(newsletter.jobs.preview, 'issue')?.run ?? '';
    expect(run).toContain(`${MARKER_LINE}\n`);
    expect(run).toContain('med præcis `/godkend` og intet andet');
    // The marker is appended last: nothing is written to the body after it.
    const after = run.slice(run.indexOf(MARKER_LINE) + MARKER_LINE.length);
    expect(after).not.toContain('"$body"\n');
    expect(run).toContain(
      'gh issue create --title "Nyhedsbrev til godkendelse $(date -u +%Y-%m-%d)" --body-file "$body" --label nyhedsbrev',
    );
  });

  it('newsletter-send: command, approve, then send or answer', () => {
    const { command, approve, send, answer } = sending.jobs;
    expect(Object.keys(sending.jobs)).toEqual(['command', 'approve', 'send', 'answer']);
    expect([command?.needs, approve?.needs, send?.needs, answer?.needs]).toEqual([
      undefined,
      'command',
      'approve',
      ['command', 'approve'],
    ]);
    expect([approve?.if, send?.if, answer?.if]).toEqual([
      "needs.command.outputs.approve == 'true'",
      "needs.approve.outputs.ok == 'true'",
      "!cancelled() && needs.command.outputs.approve == 'true' && needs.approve.outputs.ok != 'true'",
    ]);
    expect(approve?.outputs).toEqual({
      ok: expr('steps.preview.outputs.ok'),
      'run-id': expr('steps.preview.outputs.run-id'),
      by: expr('steps.approver.outputs.by'),
      refusal: expr('steps.approver.outputs.refusal || steps.preview.outputs.refusal'),
    });
  });

  it('newsletter-send: a comment on an open preview issue of the bot’s, not on a pull request, that is /godkend', () => {
    const command = sending.jobs.command;
    expect(command?.if).toBe(
      [
        '!github.event.issue.pull_request',
        "github.event.issue.state == 'open'",
        "github.event.issue.user.login == 'github-actions[bot]'",
        "contains(github.event.issue.labels.*.name, 'nyhedsbrev')",
        "contains(github.event.comment.body, '/godkend')",
      ].join(' && '),
    );
    // Expressions cannot trim, so the exact comparison is the job's one step, with no rights and no code.
    expect(command?.permissions).toEqual({});
    expect(command?.outputs).toEqual({ approve: expr('steps.command.outputs.approve') });
    expect(command?.steps.map((s) => [s.id, s.env])).toEqual([
      ['command', { COMMENT_BODY: expr('github.event.comment.body') }],
    ]);
  });

  it('newsletter-send: the approver check comes first after main’s code is installed, with login and id via env', () => {
    const approve = sending.jobs.approve;
    expect(approve?.steps.map(kind)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm',
      'approver',
      'preview',
    ]);
    const approver = byId(approve, 'approver');
    expect(approver?.env).toEqual({
      COMMENTER_LOGIN: expr('github.event.comment.user.login'),
      COMMENTER_ID: expr('github.event.comment.user.id'),
    });
    expect(approver?.run).toContain(
      'by=$(npm run --silent newsletter -- approver --login "$COMMENTER_LOGIN" --id "$COMMENTER_ID") || code=$?\n',
    );
    expect(approver?.if).toBeUndefined();
    // The issue's text is read only after the commenter was found to be an admin, and only by that step.
    const preview = byId(approve, 'preview');
    expect(preview?.if).toBe("steps.approver.outputs.admin == 'true'");
    expect(strings(sending).filter(([, v]) => v.includes('github.event.issue.body'))).toEqual([
      ['jobs.approve.steps.4.env.ISSUE_BODY', expr('github.event.issue.body')],
    ]);
    expect(preview?.run).toContain(`marker='^<!-- sikkerhedsnet-nyhedsbrev run=([1-9][0-9]{0,18}) -->$'\n`);
    expect(preview?.run).toContain('gh api "repos/$GITHUB_REPOSITORY/actions/runs/$run_id"');
  });

  it('environments: the SMTP secret comes from nyhedsbrev and varsler, to the sending jobs only; no reviewers needed', () => {
    const environments = (w: Workflow) => Object.entries(w.jobs).map(([name, job]) => [name, job.environment]);
    expect(environments(newsletter)).toEqual([['preview', undefined]]);
    expect(environments(sending)).toEqual([
      ['command', undefined],
      ['approve', undefined],
      ['send', 'nyhedsbrev'],
      ['answer', undefined],
    ]);
    expect(environments(alerts)).toEqual([['send', 'varsler']]);
  });

  it('permissions: read-only at the top; each job only what it needs', () => {
    const top = MAIL_FILES.map((f) => workflows[f].permissions);
    expect(top).toEqual([{ contents: 'read' }, { contents: 'read' }, { contents: 'read' }]);
    const perJob = (w: Workflow) => Object.entries(w.jobs).map(([name, job]) => [name, job.permissions]);
    expect(perJob(newsletter)).toEqual([['preview', { contents: 'read', issues: 'write' }]]);
    expect(perJob(sending)).toEqual([
      ['command', {}],
      ['approve', { actions: 'read', contents: 'read' }],
      ['send', { actions: 'read', contents: 'write', issues: 'write' }],
      ['answer', { issues: 'write' }],
    ]);
    expect(alerts.jobs.send?.permissions).toEqual({ contents: 'write' });
  });

  it('only the jobs that send hold mail-ledger, one group for both workflows, queued rather than cancelled', () => {
    // The approval holds no group: a refusal or a second /godkend must not wait behind an alert that is sending.
    const groups = (w: Workflow) => Object.entries(w.jobs).map(([name, job]) => [name, job.concurrency]);
    expect(groups(newsletter)).toEqual([['preview', undefined]]);
    expect(groups(sending)).toEqual([
      ['command', undefined],
      ['approve', undefined],
      ['send', LEDGER_GROUP],
      ['answer', undefined],
    ]);
    expect(groups(alerts)).toEqual([['send', LEDGER_GROUP]]);
    expect(MAIL_FILES.map((f) => workflows[f].concurrency)).toEqual([undefined, undefined, undefined]);
    expect(text('newsletter-send.yml')).toContain('and then sends nothing\n# twice: the ledger records');
  });

  it.each(SENDERS)('%s: the SMTP secret is only in the env of the step that sends', (file, stepId, command) => {
    const w = workflows[file];
    const at = w.jobs.send?.steps.findIndex((s) => s.id === stepId) ?? -1;
    expect(strings(w).filter(([, value]) => /\bsecrets\b/.test(value))).toEqual([
      [`jobs.send.steps.${at}.env.SIKKERHEDSNET_SMTP_URL`, expr('secrets.SIKKERHEDSNET_SMTP_URL')],
    ]);
    expect(text(file).match(/\bsecrets\b/g)).toEqual(['secrets']);
    const sender = w.jobs.send?.steps[at];
    const lines = sender?.run?.split('\n').map((line) => line.trim().replace(/ 2>&1 \\$/, ''));
    expect(lines).toContain(command);
    expect(sender?.env).toEqual({
      SIKKERHEDSNET_SMTP_URL: expr('secrets.SIKKERHEDSNET_SMTP_URL'),
      SIKKERHEDSNET_PUBLIC_URL: expr('vars.SIKKERHEDSNET_PUBLIC_URL'),
      SIKKERHEDSNET_MAIL_FROM: expr('vars.SIKKERHEDSNET_MAIL_FROM'),
      SIKKERHEDSNET_MAIL_RATE: expr('vars.SIKKERHEDSNET_MAIL_RATE'),
    });
  });

  it.each(MAIL_FILES)(
    '%s: no expression in any run block; event, inputs, needs and steps reach it through env',
    (file) => {
      const runs = steps(workflows[file]).flatMap((s) => (s.run ? [s.run] : []));
      expect(runs.length).toBeGreaterThanOrEqual(4);
      for (const run of runs) {
        expect(run).not.toMatch(/\$\{\{/);
        expect(run).not.toMatch(/\b(github\.event|inputs|needs|steps)\.[a-z]/);
      }
    },
  );

  it.each(MAIL_FILES)('%s: npm and our code run without a token', (file) => {
    const npmSteps = steps(workflows[file]).filter((s) => /\bnpm\b/.test(s.run ?? ''));
    expect(npmSteps.length).toBeGreaterThanOrEqual(2);
    for (const step of npmSteps) {
      // Only SIKKERHEDSNET_* settings, and the commenter's login and id for the approver check.
      const names = Object.keys(step.env ?? {}).filter((name) => !name.startsWith('SIKKERHEDSNET_'));
      expect(names).toEqual(step.id === 'approver' ? ['COMMENTER_LOGIN', 'COMMENTER_ID'] : []);
      expect(JSON.stringify(step.env ?? {})).not.toContain('github.token');
    }
  });

  it.each(MAIL_FILES)('%s: actions are the ones the other workflows use, pinned the same way', (file) => {
    const others = readdirSync(WORKFLOW_DIR).filter(
      (f) => f.endsWith('.yml') && !(MAIL_FILES as readonly string[]).includes(f),
    );
    const known = new Set(others.flatMap((f) => steps(read(f)).flatMap((s) => (s.uses ? [s.uses] : []))));
    const used = steps(workflows[file]).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(used.length).toBeGreaterThan(2);
    expect(used.filter((uses) => !known.has(uses))).toEqual([]);
  });

  it('no checkout keeps credentials; the preview has full history; the comment’s jobs take main explicitly', () => {
    const checkouts = (w: Workflow) =>
      Object.entries(w.jobs).flatMap(([name, job]) =>
        job.steps.filter((s) => s.uses?.startsWith('actions/checkout')).map((s) => [name, s.with]),
      );
    expect(checkouts(newsletter)).toEqual([['preview', { 'fetch-depth': 0, 'persist-credentials': false }]]);
    // An issue_comment run starts from the default branch; `ref: main` says which code runs, whatever it becomes.
    expect(checkouts(sending)).toEqual([
      ['approve', { ref: 'main', 'persist-credentials': false }],
      ['send', { ref: 'main', 'persist-credentials': false }],
    ]);
    expect(checkouts(alerts)).toEqual([['send', { 'fetch-depth': 0, 'persist-credentials': false }]]);
  });

  it('the jobs that only decide or answer run no code of ours and install nothing', () => {
    for (const name of ['command', 'answer']) {
      const job = sending.jobs[name];
      expect(job?.steps.filter((s) => s.uses !== undefined || /\b(npm|node)\b/.test(s.run ?? ''))).toEqual([]);
    }
  });

  it('every job that reads the ledger fetches it with one identical step, before npm runs', () => {
    const jobs = [newsletter.jobs.preview, sending.jobs.send, alerts.jobs.send];
    const fetches = jobs.map((job) => byId(job, 'ledger'));
    expect(fetches.map((s) => s?.name)).toEqual(Array(3).fill('Hent udsendelsesloggen (grenen udsendelser)'));
    expect(new Set(fetches.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(fetches[0]?.env).toEqual({ GH_TOKEN: expr('github.token') });
    expect(fetches[0]?.if).toBeUndefined();
    for (const job of jobs) {
      const at = (find: (s: Step) => boolean) => job?.steps.findIndex(find) ?? -1;
      expect(at((s) => s.id === 'ledger')).toBeLessThan(at((s) => s.run === 'npm ci --no-audit --no-fund'));
      expect(at((s) => s.id === 'ledger')).toBeGreaterThan(at((s) => s.uses === 'actions/checkout@v4'));
    }
    // The token reaches git through the environment, never a config file a later step could read.
    expect(fetches[0]?.run).toContain('export GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $basic"');
    expect(fetches[0]?.run).not.toMatch(/git config|--global|credential/);
  });

  it.each(SENDERS)(
    '%s: the ledger is saved after the send, also a failed or cancelled one, to udsendelser only',
    (file, sendId) => {
      const job = workflows[file].jobs.send;
      const index = (id: string) => job?.steps.findIndex((s) => s.id === id) ?? -1;
      const save = byId(job, 'save-ledger');
      expect(save?.if).toBe(expr("always() && steps.ledger.outcome == 'success'"));
      expect(index('save-ledger')).toBeGreaterThan(index(sendId));
      expect(save?.env).toEqual({ GH_TOKEN: expr('github.token') });
      expect(save?.run?.split('\n')[0]).toBe('cd ledger');
      expect(save?.run).toContain('files=(*.jsonl)\n');
      expect(save?.run).toContain(`git add -- "\${files[@]}"`);
      expect(save?.run).toContain("git config user.name 'github-actions[bot]'");
      // Every push in the workflow (comments aside) is this step's, to the ledger branch, never forced.
      const pushes = text(file)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => !line.startsWith('#') && /\bgit\b.*\bpush\b/.test(line));
      expect(pushes).toEqual([`if ! ${PUSH}; then`, PUSH]);
      expect(steps(workflows[file]).filter((s) => s.run?.includes('git push'))).toEqual([save]);
      // A copy of the ledger is kept on the run before the push, in case the push fails.
      const backup = job?.steps.find((s) => s.with?.name === 'udsendelseslog');
      expect(backup?.if).toBe(save?.if);
      expect(job?.steps.indexOf(backup as Step)).toBe(index('save-ledger') - 1);
    },
  );

  it('newsletter.yml pushes nothing; both sending workflows save the ledger with the same two steps', () => {
    expect(text('newsletter.yml')).not.toMatch(/\bgit\b.*\bpush\b/);
    const tail = (job: Job | undefined, from: number, to?: number) => JSON.stringify(job?.steps.slice(from, to));
    expect(tail(alerts.jobs.send, -2)).toBe(tail(sending.jobs.send, -3, -1));
    expect(alerts.jobs.send?.steps.at(-1)?.id).toBe('save-ledger');
  });

  it('the approved preview’s artifact is the one sent; the issue gets the outcome and is closed on success', () => {
    const preview = newsletter.jobs.preview;
    const compose = preview?.steps.find((s) => s.run?.includes('newsletter -- preview'));
    expect(compose?.env).toEqual({ SIKKERHEDSNET_PUBLIC_URL: expr('vars.SIKKERHEDSNET_PUBLIC_URL') });
    expect(compose?.run).toContain('RUN_URL="$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"\n');
    expect(compose?.run).toContain(
      'npm run --silent newsletter -- preview --ledger ledger --out preview --run-url "$RUN_URL"\n',
    );
    const upload = preview?.steps.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect([upload?.with?.name, upload?.with?.path, upload?.with?.['retention-days']]).toEqual([
      'nyhedsbrev',
      'preview/',
      35,
    ]);
    const send = sending.jobs.send;
    expect(send?.steps.map(kind).slice(0, 3)).toEqual(['actions/checkout@v4', 'download', 'ledger']);
    const download = byId(send, 'download');
    expect(download?.env).toEqual({
      GH_TOKEN: expr('github.token'),
      GH_REPO: expr('github.repository'),
      RUN_ID: expr('needs.approve.outputs.run-id'),
    });
    expect(download?.run?.split('\n')[1]).toBe('if [[ ! "$RUN_ID" =~ ^[1-9][0-9]{0,18}$ ]]; then');
    expect(download?.run).toContain('gh run download "$RUN_ID" --name nyhedsbrev --dir preview\n');
    const comment = send?.steps.at(-1);
    expect(comment?.if).toBe('always()');
    expect(comment?.env).toEqual({
      GH_TOKEN: expr('github.token'),
      GH_REPO: expr('github.repository'),
      ISSUE: expr('github.event.issue.number'),
      APPROVED_BY: expr('needs.approve.outputs.by'),
      SEND_OUTCOME: expr('steps.send.outcome'),
      SEND_CODE: expr('steps.send.outputs.code'),
      LEDGER_OUTCOME: expr('steps.save-ledger.outcome'),
    });
    expect(comment?.run).toContain('gh issue comment "$ISSUE" --body-file "$body"\n');
    // A later step that runs anyway (`always()`) must not send: only the ledger and the answer do.
    const always = send?.steps.filter((s) => s.if?.includes('always()')).map((s) => s.id ?? s.with?.name);
    expect(always).toEqual(['udsendelseslog', 'save-ledger', undefined]);
  });

  it('a refusal is answered on the issue by a job that can only comment', () => {
    const answer = sending.jobs.answer;
    expect(answer?.steps.map((s) => s.env)).toEqual([
      {
        GH_TOKEN: expr('github.token'),
        GH_REPO: expr('github.repository'),
        ISSUE: expr('github.event.issue.number'),
        COMMENTER: expr('github.event.comment.user.login'),
        REFUSAL: expr('needs.approve.outputs.refusal'),
      },
    ]);
    expect(answer?.steps[0]?.run).toContain('gh issue comment "$ISSUE" --body-file "$body"\n');
  });
});
