/**
 * Structure of the GitHub workflows: triggers, jobs, minimal permissions, and the security properties that keep
 * secrets away from pull-request code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AREA_OPTIONS,
  AUDIENCE_OPTIONS,
  EXPERIENCE_FORM_FIELDS,
  EXPERIENCE_FORM_FILE,
  EXPERIENCE_ISSUE_LABEL,
  OPTIONAL_EXPERIENCE_FIELDS,
  VERDICT_OPTIONS,
} from '#model/library/experience-form.ts';
import {
  allSteps,
  expr,
  readIssueForm,
  readWorkflow,
  type Step,
  WORKFLOW_DIR,
  type Workflow,
} from './testing/workflow-yaml.ts';

const dir = WORKFLOW_DIR;
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const workflows = Object.fromEntries(files.map((f) => [f, readWorkflow(f)]));
const wf = (name: string): Workflow => {
  const w = workflows[name];
  if (!w) throw new Error(`missing workflow ${name}`);
  return w;
};
const steps = allSteps;
const readForm = readIssueForm;
const accessForm = readForm('.github/ISSUE_TEMPLATE/anmod-om-adgang.yml');
const experienceForm = readForm(EXPERIENCE_FORM_FILE);

describe('GitHub workflows', () => {
  it('are the expected set', () => {
    expect(files.sort()).toEqual([
      'access-request.yml',
      'activity-report.yml',
      'alerts.yml',
      'content-comment.yml',
      'deploy.yml',
      'discussion-duplicates.yml',
      'discussions-report.yml',
      'experience-request.yml',
      'newsletter-send.yml',
      'newsletter.yml',
      'reconfirm.yml',
      'registry-plan.yml',
      'registry-pr.yml',
      'registry-sync.yml',
      'site.yml',
      'template-request.yml',
    ]);
  });

  it.each(files)('%s: top-level permissions are read-only; writes are granted per job', (file) => {
    const w = wf(file);
    expect(w.permissions).toBeDefined();
    expect(Object.entries(w.permissions).filter(([, v]) => v === 'write')).toEqual([]);
    for (const job of Object.values(w.jobs)) {
      // The one exception: the activity report runs on the gate host, where the logs are (activity-report.yml).
      expect(job['runs-on']).toEqual(
        file === 'activity-report.yml' ? ['self-hosted', 'sikkerhedsnet-gate'] : 'ubuntu-latest',
      );
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        expect(['read', 'write', 'none']).toContain(level);
        expect(['contents', 'issues', 'pull-requests', 'actions', 'discussions']).toContain(scope);
      }
    }
  });

  it.each(files)('%s: never interpolates an expression into a shell command (script injection)', (file) => {
    // Event data, artifact data and everything else reach a `run:` only through `env:`.
    for (const step of steps(wf(file))) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('registry-pr runs check, authorize as the PR author, and freshness checks, without secrets', () => {
    const w = wf('registry-pr.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect((w.on.pull_request as { paths: string[] }).paths).toContain('registry/**');
    expect(w.permissions).toEqual({ contents: 'read' });
    const runs = steps(w).map((s) => s.run ?? '');
    expect(runs).toContain(
      'npm run --silent registry -- check --format github --json-out "$RUNNER_TEMP/check-result/registry-check.json"',
    );
    expect(runs).toContain('npm run --silent registry -- authorize --base "$BASE_REF" --actor "$ACTOR"');
    expect(runs).toContain('npm run --silent registry -- codeowners --check');
    expect(runs).toContain('npm run --silent registry -- schema --check');
    expect(runs).toContain('npm run --silent registry -- issue-form --check');
    expect((w.on.pull_request as { paths: string[] }).paths).toContain('.github/ISSUE_TEMPLATE/**');
    const authorize = steps(w).find((s) => s.run?.includes('authorize'));
    expect(authorize?.env?.ACTOR).toBe(expr('github.event.pull_request.user.login'));
    expect(readFileSync(join(dir, 'registry-pr.yml'), 'utf8')).not.toContain('secrets.');
    expect(w.jobs['min-age']?.if).toContain("'automatisk-fjernelse'");
  });

  /** Each check that comments: the PR workflow that runs it and the workflow_run workflow that comments. */
  const COMMENTED_CHECKS = [
    ['registry-pr.yml', 'check', 'check', 'registry', 'registry-check', 'registry-plan.yml', 'check-comment'],
    ['site.yml', 'build', 'content', 'content', 'content-check', 'content-comment.yml', 'comment'],
  ] as const;

  it.each(COMMENTED_CHECKS)(
    '%s: saves the check result with the PR number and head commit, also when the check fails; no job may write',
    (file, checkJob, stepId, program, kind) => {
      const w = wf(file);
      expect(Object.keys(w.on)).toContain('pull_request');
      expect(w.permissions).toEqual({ contents: 'read' });
      // The comment is written by a workflow_run workflow; here every token is read-only (a fork's always is).
      for (const job of Object.values(w.jobs)) {
        expect(Object.values(job.permissions ?? {})).not.toContain('write');
        for (const step of job.steps) expect(step.run ?? '').not.toContain('pr-comment');
      }
      const job = w.jobs[checkJob];
      const list = job?.steps ?? [];
      const at = (find: (s: Step) => boolean) => list.findIndex(find);
      const meta = at((s) => s.run?.includes('/pr-number') === true);
      const check = at((s) => s.id === stepId);
      const upload = at((s) => s.uses === 'actions/upload-artifact@v4' && s.with?.name === `${kind}-result`);
      expect([meta < check, check < upload, meta >= 0]).toEqual([true, true, true]);
      expect(list[meta]?.env).toEqual({
        PR_NUMBER: expr('github.event.pull_request.number'),
        HEAD_SHA: expr('github.event.pull_request.head.sha'),
      });
      expect(list[meta]?.run).toBe(
        [
          'mkdir -p "$RUNNER_TEMP/check-result"',
          `printf '%s\\n' "$PR_NUMBER" > "$RUNNER_TEMP/check-result/pr-number"`,
          `printf '%s\\n' "$HEAD_SHA" > "$RUNNER_TEMP/check-result/head-sha"`,
          '',
        ].join('\n'),
      );
      // The check's own exit code still fails the job: nothing softens it.
      expect(list[check]).toEqual({
        name: list[check]?.name,
        id: stepId,
        run: `npm run --silent ${program} -- check --format github --json-out "$RUNNER_TEMP/check-result/${kind}.json"`,
      });
      // Uploaded after a failed check as well (`!cancelled()` is GitHub's advice over `always()`, which also runs on
      // cancel), but not when the check never ran.
      const pullRequestOnly = file === 'site.yml' ? "github.event_name == 'pull_request' && " : '';
      expect(list[upload]?.if).toBe(expr(`!cancelled() && ${pullRequestOnly}steps.${stepId}.outcome != 'skipped'`));
      expect(list[upload]?.with).toEqual({
        name: `${kind}-result`,
        path: `${expr('runner.temp')}/check-result/`,
        'retention-days': 3,
      });
      if (pullRequestOnly) expect(list[meta]?.if).toBe("github.event_name == 'pull_request'");
      else expect(list[meta]?.if).toBeUndefined();
    },
  );

  it.each(COMMENTED_CHECKS)(
    '%s: the comment comes from main’s code in a workflow_run workflow, for forks too, with the least permissions',
    (file, _checkJob, _stepId, program, kind, commenter, jobName) => {
      const w = wf(commenter);
      expect(w.on).toEqual({ workflow_run: { workflows: [wf(file).name], types: ['completed'] } });
      expect(w.permissions).toEqual({ contents: 'read' });
      const job = w.jobs[jobName];
      expect(job?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
      // Pull requests only; not when the run was cancelled or skipped (no check ran). No fork condition.
      expect(job?.if).toBe(
        "github.event.workflow_run.event == 'pull_request' && " +
          `contains(fromJSON('["success", "failure"]'), github.event.workflow_run.conclusion)`,
      );
      expect(job?.steps.map((s) => s.uses ?? s.run?.split(' ')[0])).toEqual([
        'actions/checkout@v4',
        'actions/setup-node@v4',
        'npm',
        'actions/download-artifact@v4',
        'pr=$(head',
      ]);
      const [checkout, , install, download, post] = job?.steps ?? [];
      // The default branch, never the pull request's commit or branch; no credentials left in .git.
      expect(checkout?.with).toEqual({
        ref: expr('github.event.repository.default_branch'),
        'persist-credentials': false,
      });
      expect(install?.run).toBe('npm ci --no-audit --no-fund');
      // The artifact of the run that triggered this one, outside the workspace (it cannot replace main's files).
      expect(download?.with).toEqual({
        name: `${kind}-result`,
        path: `${expr('runner.temp')}/check-result`,
        'run-id': expr('github.event.workflow_run.id'),
        'github-token': expr('github.token'),
      });
      // The PR number from the artifact (digits only) is checked against the run's head commit and repository by
      // pr-comment; those two come from GitHub's event, through env.
      expect(post?.env).toEqual({
        GITHUB_TOKEN: expr('github.token'),
        HEAD_SHA: expr('github.event.workflow_run.head_sha'),
        HEAD_REPO: expr('github.event.workflow_run.head_repository.full_name'),
      });
      expect(post?.run).toBe(
        [
          `pr=$(head -c 20 "$RUNNER_TEMP/check-result/pr-number" | tr -cd '0-9')`,
          `npm run --silent ${program} -- pr-comment --pr "$pr" --head-sha "$HEAD_SHA" --head-repo "$HEAD_REPO" ` +
            `--problems "$RUNNER_TEMP/check-result/${kind}.json"`,
          '',
        ].join('\n'),
      );
      // The artifact is the one the PR workflow uploads.
      const uploads = steps(wf(file))
        .filter((s) => s.uses === 'actions/upload-artifact@v4')
        .map((s) => s.with?.name);
      expect(uploads).toContain(download?.with?.name);
    },
  );

  it.each(['registry-plan.yml', 'content-comment.yml'])(
    '%s: nothing but the comment step’s env refers to the pull request’s head, and only main is checked out',
    (file) => {
      const w = wf(file);
      const checkouts = steps(w).filter((s) => s.uses?.startsWith('actions/checkout'));
      expect(checkouts.map((s) => s.with)).toEqual(
        Object.keys(w.jobs).map(() => ({
          ref: expr('github.event.repository.default_branch'),
          'persist-credentials': false,
        })),
      );
      const heads = steps(w).flatMap((s) =>
        Object.entries({ ...s.with, ...s.env, if: s.if, run: s.run })
          .filter(([, v]) => /head_sha|head_branch|head_repository|pull_request\.head/.test(String(v)))
          .map(([k]) => `${s.name}: ${k}`),
      );
      // Each comment step (registry-plan.yml has two: the plan and the check) compares the PR's head with the run's.
      const commentSteps = file === 'registry-plan.yml' ? 2 : 1;
      expect(heads).toEqual(
        Array.from({ length: commentSteps }).flatMap(() => [
          "Skriv eller ret kommentaren på PR'en: HEAD_SHA",
          "Skriv eller ret kommentaren på PR'en: HEAD_REPO",
        ]),
      );
      const jobIfs = Object.values(w.jobs).map((j) => j.if ?? '');
      expect(jobIfs.filter((c) => /head/.test(c))).toEqual([]);
    },
  );

  it('registry-plan computes the plan from the PR’s YAML with main’s code, with its own least permissions', () => {
    const w = wf('registry-plan.yml');
    expect(Object.keys(w.jobs)).toEqual(['plan', 'check-comment']);
    const plan = w.jobs.plan;
    expect(plan?.if).toBe("github.event.workflow_run.event == 'pull_request'");
    expect(plan?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const download = plan?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(download?.with?.name).toBe('registry-plan-input');
    expect(download?.with?.['run-id']).toBe(expr('github.event.workflow_run.id'));
    const text = readFileSync(join(dir, 'registry-plan.yml'), 'utf8');
    expect(text).toContain('<!-- sikkerhedsnet-sync-plan -->');
    expect(text).toContain('PATCH');
    // The artifact's PR number is the PR's data: the plan is posted only on the PR whose head this run planned.
    const post = plan?.steps.find((s) => s.run?.includes('sikkerhedsnet-sync-plan'));
    expect(post?.env).toMatchObject({
      HEAD_SHA: expr('github.event.workflow_run.head_sha'),
      HEAD_REPO: expr('github.event.workflow_run.head_repository.full_name'),
    });
    expect(post?.run).toContain(`gh api "repos/$REPO/pulls/$pr" --jq '.head.sha + " " + .head.repo.full_name'`);
    expect(post?.run).toContain('if [ "$head" != "$HEAD_SHA $HEAD_REPO" ]; then');
  });
  it('registry-sync applies in a protected environment, one run at a time, on merge and daily', () => {
    const w = wf('registry-sync.yml');
    expect(Object.keys(w.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect((w.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(w.concurrency).toEqual({ group: 'registry-sync', 'cancel-in-progress': false });
    expect(w.jobs.sync?.environment).toBe('github-sync');
    expect(steps(w).some((s) => s.run?.includes('registry -- sync --apply'))).toBe(true);
  });

  it('reconfirm runs weekly with issue and pull-request rights only where needed', () => {
    const w = wf('reconfirm.yml');
    expect((w.on.schedule as { cron: string }[])[0]?.cron).toBe('0 6 * * 1');
    expect(w.jobs.remind?.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(w.jobs.expire?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(readFileSync(join(dir, 'reconfirm.yml'), 'utf8')).toContain('--label automatisk-fjernelse');
  });

  it('site builds with full history, runs the content check and the tests, and uploads the deploy artifact', () => {
    const w = wf('site.yml');
    const checkout = steps(w).find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const runs = steps(w).map((s) => s.run ?? '');
    expect(runs).toEqual(
      expect.arrayContaining([
        'npm run --silent content -- check --format github --json-out "$RUNNER_TEMP/check-result/content-check.json"',
        'npm test',
        'npm run build',
      ]),
    );
    const upload = steps(w).find((s) => s.with?.name === 'sikkerhedsnet-deploy');
    expect(String(upload?.with?.path)).toContain('dist/access-list.json');
    // The Word cache is restored right before the build, from the folder npm run build keeps it in, keyed by the
    // Word export's code.
    const build = steps(w).findIndex((s) => s.run === 'npm run build');
    const cache = steps(w)[build - 1];
    expect(cache?.uses).toBe('actions/cache@v4');
    expect(cache?.with?.path).toBe('.cache/word');
    expect(String(cache?.with?.key)).toMatch(
      /^word-\$\{\{ hashFiles\('scripts\/build\/docx\/\*\.ts', 'package-lock\.json'\) \}\}-/,
    );
    expect(String(cache?.with?.['restore-keys'])).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template literal
      "word-${{ hashFiles('scripts/build/docx/*.ts', 'package-lock.json') }}-",
    );
  });

  it('access-request only acts on labelled issues and passes the body through a file', () => {
    const w = wf('access-request.yml');
    expect(w.jobs.request?.if).toBe("contains(github.event.issue.labels.*.name, 'adgangsanmodning')");
    const apply = steps(w).find((s) => s.run?.includes('access-request'));
    expect(apply?.env?.ISSUE_BODY).toBe(expr('github.event.issue.body'));
    expect(apply?.run).toContain('--body issue-body.md --actor "$ACTOR"');
    expect(accessForm.name).toBe('Anmod om adgang');
    expect(accessForm.labels).toEqual(['adgangsanmodning']);
    expect(accessForm.body.map((b) => b.id).filter(Boolean)).toEqual([
      'kommunekode',
      'navn',
      'email',
      'titel',
      'niveau',
      'github',
    ]);
  });

  it('access-request form: the municipality is a required dropdown of the 98 municipalities and KL', () => {
    const field = accessForm.body.find((b) => b.id === 'kommunekode');
    expect(field?.type).toBe('dropdown');
    expect(field?.validations?.required).toBe(true);
    const options = field?.attributes.options ?? [];
    // GitHub rejects a dropdown whose options repeat, are not strings, or include the reserved "None".
    expect(options.every((o) => typeof o === 'string' && o.trim() !== '' && o.toLowerCase() !== 'none')).toBe(true);
    expect(new Set(options.map((o) => String(o).toLowerCase())).size).toBe(99);
    expect(options.filter((o) => /^\d{3} \S/.test(String(o)))).toHaveLength(98);
    expect([options[0], options.at(-1)]).toEqual(['101 København', 'KL']);
  });

  it('experience-request: on labelled issues, with the least permissions per job, and npm only where nothing can write', () => {
    const w = wf('experience-request.yml');
    expect(w.on).toEqual({ issues: { types: ['opened', 'edited'] } });
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.concurrency).toEqual({
      group: `experience-request-${expr('github.event.issue.number')}`,
      'cancel-in-progress': false,
    });
    const labelled = `contains(github.event.issue.labels.*.name, '${EXPERIENCE_ISSUE_LABEL}')`;
    const { prepare, publish, answer } = w.jobs;
    expect(Object.keys(w.jobs)).toEqual(['prepare', 'publish', 'answer']);
    expect([prepare?.if, prepare?.permissions]).toEqual([labelled, { contents: 'read' }]);
    expect([publish?.needs, publish?.if, publish?.permissions]).toEqual([
      'prepare',
      "needs.prepare.outputs.ok == 'true'",
      { contents: 'write', 'pull-requests': 'write' },
    ]);
    // Answered either way (also when prepare failed), but only for the form's issues.
    expect([answer?.needs, answer?.if, answer?.permissions]).toEqual([
      ['prepare', 'publish'],
      `always() && ${labelled}`,
      { issues: 'write' },
    ]);
    // Third-party install scripts run only in the read-only job, without credentials left in .git.
    for (const [name, job] of Object.entries(w.jobs)) {
      const npm = job.steps.some((s) => /\bnpm\b/.test(s.run ?? '') || s.uses?.startsWith('actions/setup-node'));
      expect([name, npm]).toEqual([name, name === 'prepare']);
    }
    expect(prepare?.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } });
  });

  it('experience-request: the issue text reaches the CLI only through env and a file', () => {
    const w = wf('experience-request.yml');
    const request = steps(w).find((s) => s.id === 'request');
    expect(request?.env).toEqual({
      ISSUE_BODY: expr('github.event.issue.body'),
      AUTHOR: expr('github.event.issue.user.login'),
    });
    expect(request?.run).toContain(`printf '%s' "$ISSUE_BODY" > "$RUNNER_TEMP/issue-body.md"`);
    expect(request?.run).toContain(
      'npm run --silent content -- experience-request --issue-body "$RUNNER_TEMP/issue-body.md" --author "$AUTHOR"',
    );
    // The file name comes from our code; it is checked again before it is used as a path.
    const pattern = '[[ "$FILE" =~ ^templates-library/erfaringer/[a-z0-9-]+\\.mdx$ ]]';
    const pr = steps(w).find((s) => s.id === 'pr');
    expect(pr?.run?.split('\n')[0]).toBe(pattern);
    expect(pr?.env?.FILE).toBe(expr('needs.prepare.outputs.file'));
    expect(pr?.run).toContain('branch="erfaring/issue-$NUMBER"');
    expect(pr?.run).toContain('[ ! -e "$FILE" ]');
    const reply = steps(w).find((s) => s.run?.includes('gh issue comment'));
    expect(reply?.run).toContain('gh issue comment "$NUMBER" --body-file "$answer"');
  });

  it('template-request: on the label’s own event or an edit, with the least permissions per job, npm only where nothing can write', () => {
    const w = wf('template-request.yml');
    // Not `opened`: GitHub also sends `labeled` for the form's label when the issue is created (one run, not two).
    expect(w.on).toEqual({ issues: { types: ['edited', 'labeled'] } });
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.concurrency).toEqual({
      group: `template-request-${expr('github.event.issue.number')}`,
      'cancel-in-progress': false,
    });
    const labelled =
      "contains(github.event.issue.labels.*.name, 'skabelon') && " +
      "(github.event.action == 'edited' || github.event.label.name == 'skabelon')";
    const { prepare, publish, answer } = w.jobs;
    expect(Object.keys(w.jobs)).toEqual(['prepare', 'publish', 'answer']);
    expect([prepare?.if, prepare?.permissions]).toEqual([labelled, { contents: 'read' }]);
    expect([publish?.needs, publish?.if, publish?.permissions]).toEqual([
      'prepare',
      "needs.prepare.outputs.ok == 'true'",
      { contents: 'write', 'pull-requests': 'write' },
    ]);
    expect([answer?.needs, answer?.if, answer?.permissions]).toEqual([
      ['prepare', 'publish'],
      `always() && ${labelled}`,
      { issues: 'write' },
    ]);
    for (const [name, job] of Object.entries(w.jobs)) {
      const npm = job.steps.some((s) => /\bnpm\b/.test(s.run ?? '') || s.uses?.startsWith('actions/setup-node'));
      expect([name, npm]).toEqual([name, name === 'prepare']);
    }
    expect(prepare?.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } });
  });

  it('template-request: the issue text reaches the CLI only through env and a file; paths are checked again', () => {
    const w = wf('template-request.yml');
    const request = steps(w).find((s) => s.id === 'request');
    expect(request?.env).toEqual({
      ISSUE_BODY: expr('github.event.issue.body'),
      AUTHOR: expr('github.event.issue.user.login'),
      GITHUB_TOKEN: expr('github.token'),
    });
    expect(request?.run).toContain(`printf '%s' "$ISSUE_BODY" > "$RUNNER_TEMP/issue-body.md"`);
    expect(request?.run).toContain(
      'npm run --silent content -- template-request --issue-body "$RUNNER_TEMP/issue-body.md" --author "$AUTHOR"',
    );
    const pr = steps(w).find((s) => s.id === 'pr');
    expect(pr?.run?.split('\n')[0]).toBe('[[ "$FILE" =~ ^templates-library/[a-z0-9-]+/[a-z0-9-]+\\.mdx$ ]]');
    expect(pr?.env?.FILE).toBe(expr('needs.prepare.outputs.file'));
    expect(pr?.run).toContain('branch="skabelon/issue-$NUMBER"');
    expect(pr?.run).toContain('[ ! -e "$f" ]');
    const reply = steps(w).find((s) => s.run?.includes('gh issue comment'));
    expect(reply?.run).toContain('gh issue comment "$NUMBER" --body-file "$answer"');
  });

  it('experience form: the fields the parser reads, required as the parser expects, labelled for the workflow', () => {
    expect(experienceForm.name).toBe('Del en erfaring');
    expect(experienceForm.labels).toEqual([EXPERIENCE_ISSUE_LABEL]);
    const fields = experienceForm.body.filter((b) => b.type !== 'markdown');
    expect(fields.map((b) => [b.id, b.attributes.label])).toEqual(Object.entries(EXPERIENCE_FORM_FIELDS));
    const required = fields.filter((b) => b.validations?.required === true).map((b) => b.id);
    const ids = Object.keys(EXPERIENCE_FORM_FIELDS) as (keyof typeof EXPERIENCE_FORM_FIELDS)[];
    expect(required).toEqual(ids.filter((id) => !OPTIONAL_EXPERIENCE_FIELDS.has(id)));
    // A textarea with `render:` would wrap the answer in a code block, which the parser would copy into the page.
    expect(fields.filter((b) => b.attributes.render !== undefined)).toEqual([]);
  });

  it('experience form: the municipality dropdown has the 98 municipalities and no KL; the others come from the model', () => {
    const options = (id: string) => experienceForm.body.find((b) => b.id === id && b.type === 'dropdown')?.attributes;
    const municipalities = options('kommune')?.options ?? [];
    expect(municipalities.filter((o) => /^\d{3} \S/.test(String(o)))).toHaveLength(98);
    expect(new Set(municipalities).size).toBe(98);
    expect(options('omraade')?.options).toEqual(AREA_OPTIONS.map(([, text]) => text));
    expect(options('vurdering')?.options).toEqual(VERDICT_OPTIONS.map(([, text]) => text));
    expect(options('maalgruppe')).toMatchObject({
      options: ['Kun kernenetværket', 'Også for Databeskyttelse og Sikkerhed'],
      default: 0,
    });
    expect(AUDIENCE_OPTIONS[0]?.[0]).toBe('kerne');
  });
});
