/**
 * runCli: a usage error is exit 2 with the message and the usage; a bug is exit 2 with a Danish header and the
 * stack. The bugs are real: a module hook (testing/break-function.ts) makes one library function throw inside an
 * unchanged command, run as a process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../github/testing/fake-github.ts';
import { describeFailure, internalErrorHeader, UsageError } from './run-cli.ts';
import { BREAK_HOOK, runEntry } from './testing/run-process.ts';

describe('describeFailure', () => {
  it('prints a usage error with the usage it carries, else the one given', () => {
    expect(describeFailure(new UsageError('angiv --out FIL', 'Brug: x --out FIL\n'), { name: 'x' })).toBe(
      'angiv --out FIL\nBrug: x --out FIL\n',
    );
    expect(describeFailure(new UsageError('angiv --out FIL'), { name: 'x', usage: 'Brug: x' })).toBe(
      'angiv --out FIL\nBrug: x\n',
    );
  });

  it('prints anything else as a bug: the Danish header, then the stack', () => {
    const bug = new TypeError('cannot read properties of undefined');
    expect(describeFailure(bug, { name: 'npm run registry', usage: 'Brug: x' })).toBe(
      `Intern fejl i npm run registry: en fejl i programmet, ikke i dine data. Meld den med teksten herunder.\n${bug.stack}\n`,
    );
    expect(describeFailure('en streng', { name: 'npm run build' })).toBe(
      `${internalErrorHeader('npm run build')}\nen streng\n`,
    );
  });
});

/** The first two lines of a bug report and whether a stack frame of `fn` follows. */
function bugReport(stderr: string, fn: string) {
  const [header, error] = stderr.split('\n');
  return { header, error, frame: new RegExp(`^ {4}at ${fn} \\(`, 'm').test(stderr) };
}

describe('a bug inside a command (process)', () => {
  it('registry report: exit 2, the header and the stack', async () => {
    const run = await runEntry('registry.ts', ['report', '--today', '2026-11-28'], {
      NODE_OPTIONS: BREAK_HOOK,
      SIKKERHEDSNET_TEST_BREAK: 'scripts/registry/report/coverage.ts#coverageReport',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(bugReport(run.stderr, 'coverageReport')).toEqual({
      header: internalErrorHeader('npm run registry'),
      error: 'TypeError: coverageReport: en fejl, testen har sat ind',
      frame: true,
    });
  });

  it('content check: exit 2, the header and the stack', async () => {
    const run = await runEntry('content.ts', ['check', '--today', '2026-11-28'], {
      NODE_OPTIONS: BREAK_HOOK,
      SIKKERHEDSNET_TEST_BREAK: 'scripts/problems/problem.ts#summarizeProblems',
    });
    expect(run.code).toBe(2);
    expect(bugReport(run.stderr, 'summarizeProblems')).toEqual({
      header: internalErrorHeader('npm run content'),
      error: 'TypeError: summarizeProblems: en fejl, testen har sat ind',
      frame: true,
    });
  });

  describe('registry sync', () => {
    let fake: FakeGitHub | undefined;
    afterEach(async () => {
      await fake?.close();
      fake = undefined;
    });

    it('a bug in the plan is not reported as "GitHub kunne ikke læses"', async () => {
      const token = 'ghp_fake_token_for_tests_only';
      const self = { id: 1, login: 'sync-bot' };
      fake = await startFakeGitHub(
        { org: 'kl-sikkerhedsnet', self, users: [self], orgMembers: [1], teams: [], invitations: [], nextId: 10_000 },
        token,
      );
      const run = await runEntry('registry.ts', ['sync'], {
        GITHUB_TOKEN: token,
        GITHUB_API_URL: fake.url,
        NODE_OPTIONS: BREAK_HOOK,
        SIKKERHEDSNET_TEST_BREAK: 'scripts/github/plan.ts#computePlan',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain('GitHub kunne ikke læses');
      expect(bugReport(run.stderr, 'computePlan')).toEqual({
        header: internalErrorHeader('npm run registry'),
        error: 'TypeError: computePlan: en fejl, testen har sat ind',
        frame: true,
      });
      expect(fake.writes()).toEqual([]);
    });
  });
});
