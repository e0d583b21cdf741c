/**
 * activity-report.yml (issue 16): KL's monthly activity report as an issue. Structure: the triggers, least
 * permissions, the self-hosted runner on the gate host that holds the logs, no event data or secret in a shell step,
 * the aggregate report only (never --municipality), and retention applied by exactly one of the two runs.
 */
import { describe, expect, it } from 'vitest';
import { allSteps, expr, readWorkflow, workflowText } from './testing/workflow-yaml.ts';

const workflow = readWorkflow('activity-report.yml');
const job = workflow.jobs.report;
const steps = allSteps(workflow);
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));

describe('activity-report.yml', () => {
  it('runs monthly and by hand, one run at a time, with issues: write as its only write', () => {
    expect(workflow.on).toEqual({ schedule: [{ cron: '0 6 1 * *' }], workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency).toEqual({ group: 'activity-report', 'cancel-in-progress': false });
    expect(Object.keys(workflow.jobs)).toEqual(['report']);
    expect(job?.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('runs on the gate host’s runner, where the activity directory is, and names it only through env', () => {
    expect(job?.['runs-on']).toEqual(['self-hosted', 'sikkerhedsnet-gate']);
    const make = steps.find((s) => s.name === 'Lav rapporten for sidste måned');
    expect(make?.env).toEqual({
      SIKKERHEDSNET_ACTIVITY: expr("vars.SIKKERHEDSNET_ACTIVITY || '/var/lib/sikkerhedsnet/activity'"),
    });
  });

  it('the steps: checkout without credentials, node, the report, the artifact, the issue', () => {
    expect(steps.map((s) => s.uses ?? s.name ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci --no-audit --no-fund',
      'Lav rapporten for sidste måned',
      'actions/upload-artifact@v4',
      'Opret en sag til KL med rapporten',
    ]);
    expect(steps[0]?.with).toEqual({ 'persist-credentials': false });
  });

  it('posts the aggregate report only: no --municipality; retention runs once (the CSV keeps, the Markdown deletes)', () => {
    const reports = runs.join('\n').match(/npm run --silent activity -- report [^\n]*/g);
    expect(reports).toEqual([
      'npm run --silent activity -- report --format csv --from "$from" --to "$to" --keep > rapport/aktivitet.csv',
      'npm run --silent activity -- report --format md --from "$from" --to "$to" > rapport/aktivitet.md',
    ]);
    expect(workflowText('activity-report.yml')).not.toContain('--municipality ');
    expect(runs.join('\n')).toContain('--label rapport');
  });

  it('no expression in a shell step, and no secret anywhere', () => {
    for (const run of runs) expect(run).not.toContain('${{');
    expect(workflowText('activity-report.yml')).not.toContain('secrets.');
  });
});
