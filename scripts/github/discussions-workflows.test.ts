/**
 * The Discussions workflows (issue 15): discussion-duplicates.yml (the automatic answer to a new discussion, the same
 * file in both Discussions repositories), discussions-report.yml (KL's monthly report as an issue) and site.yml's
 * refresh of the exports before the build. Structure: triggers, least permissions, main's code only, event data only
 * through env, secrets only where they are used. Their own shell steps run in bash with `npm` and `gh` stubs
 * (testing/mail-step-harness.ts): the skip without a secret, the report's period and the issue.
 */
import { describe, expect, it } from 'vitest';
import { REPO, TOKEN, useStepHarness } from './testing/mail-step-harness.ts';
import { allSteps, expr, readWorkflow, type Step, type Workflow, workflowText } from './testing/workflow-yaml.ts';

const duplicates = readWorkflow('discussion-duplicates.yml');
const report = readWorkflow('discussions-report.yml');
const site = readWorkflow('site.yml');

/** Every string in a parsed workflow with its path, e.g. `jobs.answer.steps.3.env.NUMBER`. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
}
const matching = (w: Workflow, pattern: RegExp) => strings(w).filter(([, v]) => pattern.test(v));
const kind = (s: Step) => s.uses ?? s.name ?? s.run?.split(' ')[0];

const EXPORT_SECRET = expr('secrets.SIKKERHEDSNET_DISCUSSIONS_TOKEN');

describe('discussion-duplicates.yml', () => {
  const job = duplicates.jobs.answer;

  it('runs on a new discussion, one run per discussion at a time, with discussions: write as its only write', () => {
    expect(duplicates.on).toEqual({ discussion: { types: ['created'] } });
    expect(duplicates.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(duplicates.jobs)).toEqual(['answer']);
    expect(job?.permissions).toEqual({ contents: 'read', discussions: 'write' });
    expect(duplicates.concurrency).toEqual({
      group: `discussion-duplicates-${expr('github.event.discussion.number')}`,
      'cancel-in-progress': false,
    });
    expect(job?.steps.map(kind)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm',
      'Henvis til lignende tråde og skabeloner',
    ]);
  });

  it("checks out main's code, its own or (in the broad repository) the core repository's, keeping no credential", () => {
    expect(job?.steps[0]?.with).toEqual({
      repository: expr('vars.SIKKERHEDSNET_CODE_REPOSITORY || github.repository'),
      ref: 'main',
      token: expr('secrets.SIKKERHEDSNET_CODE_TOKEN || github.token'),
      'persist-credentials': false,
    });
    // The code token is used by the checkout alone; the answer is posted with the workflow's own token.
    expect(matching(duplicates, /\bsecrets\./)).toEqual([
      ['jobs.answer.steps.0.with.token', expr('secrets.SIKKERHEDSNET_CODE_TOKEN || github.token')],
    ]);
  });

  it('passes the repository and the number through env; nothing else of the event is read', () => {
    const answer = job?.steps[3];
    expect(answer?.env).toEqual({
      GITHUB_TOKEN: expr('github.token'),
      REPOSITORY: expr('github.repository'),
      NUMBER: expr('github.event.discussion.number'),
      SIKKERHEDSNET_PUBLIC_URL: expr('vars.SIKKERHEDSNET_PUBLIC_URL'),
    });
    expect(answer?.run).toContain(
      'npm run --silent discussions -- similar --repo "$REPOSITORY" --number "$NUMBER" --post\n',
    );
    expect(matching(duplicates, /github\.event\./).map(([path]) => path)).toEqual([
      'concurrency.group',
      'jobs.answer.steps.3.env.NUMBER',
    ]);
    for (const step of allSteps(duplicates)) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('explains why the same file must be in both repositories, and the settings the broad one needs', () => {
    const text = workflowText('discussion-duplicates.yml');
    expect(text).toContain('The same file must be in BOTH Discussions repositories');
    expect(text).toContain('SIKKERHEDSNET_CODE_REPOSITORY to kl-sikkerhedsnet/sikkerhedsnet');
    expect(text).toContain('Contents: read on\n#   the core repository only');
  });
});

describe('discussions-report.yml', () => {
  const job = report.jobs.report;

  it('runs monthly and by hand; only the issue is written', () => {
    expect(report.on).toEqual({ schedule: [{ cron: '0 6 2 * *' }], workflow_dispatch: null });
    expect(report.permissions).toEqual({ contents: 'read' });
    expect(job?.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(job?.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } });
    expect(job?.steps.map(kind)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm',
      'Hent trådene fra GitHub Discussions',
      'Lav rapporten',
      'actions/upload-artifact@v4',
      'Opret en sag til KL med rapporten',
    ]);
  });

  it('the export token is only in the export step', () => {
    expect(matching(report, /\bsecrets\./)).toEqual([
      ['jobs.report.steps.3.env.SIKKERHEDSNET_GITHUB_TOKEN', EXPORT_SECRET],
    ]);
    expect(job?.steps[6]?.env).toEqual({ GH_TOKEN: expr('github.token'), GH_REPO: expr('github.repository') });
  });
});

describe('site.yml', () => {
  it('refreshes the exports on main only, after the tests and before the build, with the secret in that step alone', () => {
    const steps = site.jobs.build?.steps ?? [];
    const at = (run: string) => steps.findIndex((s) => s.run?.includes(run));
    const refresh = steps[at('discussions -- export')];
    expect([at('npm test') < at('discussions -- export'), at('discussions -- export') < at('npm run build')]).toEqual([
      true,
      true,
    ]);
    expect(refresh?.if).toBe("github.event_name == 'push'");
    expect(refresh?.env).toEqual({ SIKKERHEDSNET_GITHUB_TOKEN: EXPORT_SECRET });
    expect(matching(site, /\bsecrets\./).map(([path]) => path)).toEqual([
      `jobs.build.steps.${at('discussions -- export')}.env.SIKKERHEDSNET_GITHUB_TOKEN`,
    ]);
  });
});

describe('the workflows’ own shell steps', () => {
  const h = useStepHarness();
  const npmCalls = async () => (await h.log('npm.log')).split('\n').filter(Boolean);

  it.each([
    ['discussions-report.yml', 'source=committed\n'],
    ['site.yml', ''],
  ])('%s: without the secret, the export is skipped cleanly', async (file, output) => {
    const run = await h.run(file, 'discussions -- export', { 'secrets.SIKKERHEDSNET_DISCUSSIONS_TOKEN': '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::notice::Hemmeligheden SIKKERHEDSNET_DISCUSSIONS_TOKEN er ikke sat: /);
    expect([await npmCalls(), await h.outputs()]).toEqual([[], output]);
  });

  it.each([
    ['discussions-report.yml', 'source=live\n'],
    ['site.yml', ''],
  ])('%s: with the secret, both repositories are exported', async (file, output) => {
    const run = await h.run(file, 'discussions -- export', { 'secrets.SIKKERHEDSNET_DISCUSSIONS_TOKEN': TOKEN });
    expect(run.code).toBe(0);
    expect([await npmCalls(), await h.outputs()]).toEqual([['run --silent discussions -- export'], output]);
  });

  it('the report covers the last twelve whole months, and says when it used the committed exports', async () => {
    const now = new Date();
    const month = (back: number) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      return d.toISOString().slice(0, 7);
    };
    const period = `--from ${month(12)} --to ${month(1)}`;
    const run = await h.run(
      'discussions-report.yml',
      'discussions -- report',
      { 'steps.export.outputs.source': 'committed' },
      { NPM_OUTPUT: '# Rapport\n' },
    );
    expect(run.code).toBe(0);
    expect(await npmCalls()).toEqual([
      `run --silent discussions -- report --format md ${period}`,
      `run --silent discussions -- report --format csv ${period}`,
    ]);
    expect(await h.log('work/rapport/rapport.md')).toBe(
      '# Rapport\n\n> Tallene bygger på eksporterne i `discussions/` i repositoryet, ikke på GitHub lige nu: ' +
        'hemmeligheden SIKKERHEDSNET_DISCUSSIONS_TOKEN er ikke sat.\n',
    );
  });

  it('posts the report as an issue labelled rapport and closes the previous one', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(`${h.work}/rapport`);
    await writeFile(`${h.work}/rapport/rapport.md`, '# Spørgsmål og svar\n');
    const context = { 'github.token': TOKEN, 'github.repository': REPO };
    const run = await h.run('discussions-report.yml', 'gh issue create', context, { GH_OPEN_ISSUES: '17\n' });
    expect(run.code).toBe(0);
    const gh = (await h.log('gh.log')).split('\n').filter(Boolean);
    expect(gh[0]).toBe('label create rapport --description Månedlig rapport til KL --color 1D76DB --force');
    expect(gh[1]).toBe('issue list --label rapport --state open --json number --jq .[].number');
    expect(gh[2]).toMatch(
      /^issue create --title Spørgsmål og svar: rapport \d{4}-\d{2}-\d{2} --body-file .*\/runner\/rapport\.md --label rapport$/,
    );
    expect(gh[3]).toBe('issue close 17 --comment Afløst af #42.');
    expect(await h.log('gh.log.body')).toBe(
      '# Spørgsmål og svar\n\n---\n\nRapporten som CSV til Excel ligger i artefaktet `discussions-rapport` fra kørslen: ' +
        `https://github.com/${REPO}/actions/runs/4242\n`,
    );
  });
});
