/**
 * Structure of the GitHub workflows: triggers, jobs, minimal permissions, and the security properties that keep
 * secrets away from pull-request code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  environment?: string;
  if?: string;
  steps: Step[];
}
interface IssueForm {
  name: string;
  labels: string[];
  body: { id?: string; type: string; attributes: { options?: unknown[] }; validations?: { required?: boolean } }[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const dir = join(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const workflows = Object.fromEntries(
  files.map((f) => [f, parse(readFileSync(join(dir, f), 'utf8'), { uniqueKeys: true }) as Workflow]),
);
const wf = (name: string): Workflow => {
  const w = workflows[name];
  if (!w) throw new Error(`missing workflow ${name}`);
  return w;
};
/** A GitHub expression as written in a workflow (kept out of template-literal syntax). */
const expr = (inner: string) => `$${'{{'} ${inner} }}`;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
// GitHub reads issue forms as YAML 1.1 (where e.g. `yes` is a boolean), so the test does too.
const accessForm = parse(readFileSync(join(dir, '../ISSUE_TEMPLATE/anmod-om-adgang.yml'), 'utf8'), {
  version: '1.1',
  uniqueKeys: true,
}) as IssueForm;

describe('GitHub workflows', () => {
  it('are the expected set', () => {
    expect(files.sort()).toEqual([
      'access-request.yml',
      'reconfirm.yml',
      'registry-plan.yml',
      'registry-pr.yml',
      'registry-sync.yml',
      'site.yml',
    ]);
  });

  it.each(files)('%s: top-level permissions are read-only; writes are granted per job', (file) => {
    const w = wf(file);
    expect(w.permissions).toBeDefined();
    const topWrites = Object.entries(w.permissions).filter(([, v]) => v === 'write');
    // Only the plan job's workflow needs a write at top level (it has a single job).
    if (file === 'registry-plan.yml') expect(topWrites).toEqual([['pull-requests', 'write']]);
    else expect(topWrites).toEqual([]);
    for (const job of Object.values(w.jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        expect(['read', 'write', 'none']).toContain(level);
        expect(['contents', 'issues', 'pull-requests', 'actions']).toContain(scope);
      }
    }
  });

  it.each(files)('%s: never interpolates event data into a shell command (script injection)', (file) => {
    for (const step of steps(wf(file))) {
      expect(step.run ?? '').not.toMatch(/\$\{\{\s*(github\.event|inputs)\./);
    }
  });

  it('registry-pr runs check, authorize as the PR author, and freshness checks, without secrets', () => {
    const w = wf('registry-pr.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect((w.on.pull_request as { paths: string[] }).paths).toContain('registry/**');
    expect(w.permissions).toEqual({ contents: 'read' });
    const runs = steps(w).map((s) => s.run ?? '');
    expect(runs).toContain('npm run --silent registry -- check');
    expect(runs).toContain('npm run --silent registry -- authorize --base "$BASE_REF" --actor "$ACTOR"');
    expect(runs).toContain('npm run --silent registry -- codeowners --check');
    expect(runs).toContain('npm run --silent registry -- schema --check');
    expect(runs).toContain('npm run --silent registry -- issue-form --check');
    expect((w.on.pull_request as { paths: string[] }).paths).toContain('.github/ISSUE_TEMPLATE/anmod-om-adgang.yml');
    const authorize = steps(w).find((s) => s.run?.includes('authorize'));
    expect(authorize?.env?.ACTOR).toBe(expr('github.event.pull_request.user.login'));
    expect(readFileSync(join(dir, 'registry-pr.yml'), 'utf8')).not.toContain('secrets.');
    expect(w.jobs['min-age']?.if).toContain("'automatisk-fjernelse'");
  });

  it('registry-plan holds the token but never checks out pull-request code (workflow_run pattern)', () => {
    const w = wf('registry-plan.yml');
    expect(Object.keys(w.on)).toEqual(['workflow_run']);
    expect((w.on.workflow_run as { workflows: string[] }).workflows).toEqual([wf('registry-pr.yml').name]);
    const checkout = steps(w).filter((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout).toHaveLength(1);
    expect(checkout[0]?.with?.ref).toBe(expr('github.event.repository.default_branch'));
    const text = readFileSync(join(dir, 'registry-plan.yml'), 'utf8');
    expect(text).not.toMatch(/head_sha|head_branch|pull_request\.head/);
    expect(text).toContain('<!-- sikkerhedsnet-sync-plan -->');
    expect(text).toContain('PATCH');
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
    expect(runs).toEqual(expect.arrayContaining(['npm run --silent content -- check', 'npm test', 'npm run build']));
    const upload = steps(w).find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.path)).toContain('dist/access-list.json');
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
});
