/**
 * A sandbox for running an issue workflow's own shell steps (experience-request.yml, template-request.yml): a temp
 * directory with RUNNER_TEMP, a `gh` stub on PATH that logs its arguments (`pr create` prints `prUrl`, `issue
 * comment` keeps the comment), the runner's environment for a step, and a `prepare` workspace with our code and
 * packages plus the fixture registry and library. Call `useWorkflowSandbox` at the top of a test file: it creates
 * the sandbox before each test and removes it after.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** The registry and library the issue workflows' tests share. */
export const ISSUE_FIXTURES = path.join(ROOT, 'scripts/content/experience-request/fixtures');

export interface WorkflowSandbox {
  temp: string;
  runnerTemp: string;
  /** On PATH first: the `gh` stub, and room for other stubs a test puts there. */
  bin: string;
  /** The environment every step gets from the runner, plus the stub's log; outputs go to `<temp>/<name>.output`. */
  runner: (name: string) => Record<string, string>;
  /** A checkout of main for `prepare`: our code and packages, the fixture registry and a copy of the library. */
  prepareWorkspace: () => Promise<string>;
}

export const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

export function useWorkflowSandbox(prefix: string, prUrl: string): () => WorkflowSandbox {
  let sandbox: WorkflowSandbox | undefined;
  beforeEach(async () => {
    const temp = await mkdtemp(path.join(tmpdir(), `sikkerhedsnet-${prefix}-`));
    const runnerTemp = path.join(temp, 'runner');
    const bin = path.join(temp, 'bin');
    await mkdir(runnerTemp);
    await mkdir(bin);
    await writeFile(
      path.join(bin, 'gh'),
      `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$GH_LOG"
case "$1 $2" in
  "pr create") echo "${prUrl}" ;;
  "issue comment") cp "$5" "$GH_LOG.comment" ;;
esac
`,
    );
    await chmod(path.join(bin, 'gh'), 0o755);
    sandbox = {
      temp,
      runnerTemp,
      bin,
      runner: (name) => ({
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: path.join(temp, `${name}.output`),
        GH_LOG: path.join(temp, 'gh.log'),
        PATH: `${bin}:${process.env.PATH}`,
        GIT_CONFIG_GLOBAL: '/dev/null',
      }),
      prepareWorkspace: async () => {
        const work = path.join(temp, 'prepare');
        await mkdir(work);
        for (const name of ['package.json', 'node_modules', 'scripts']) {
          await symlink(path.join(ROOT, name), path.join(work, name));
        }
        await cp(path.join(ISSUE_FIXTURES, 'registry'), path.join(work, 'registry'), { recursive: true });
        await cp(path.join(ISSUE_FIXTURES, 'templates-library'), path.join(work, 'templates-library'), {
          recursive: true,
        });
        return work;
      },
    };
  });
  afterEach(async () => {
    if (sandbox) await rm(sandbox.temp, { recursive: true, force: true });
    sandbox = undefined;
  });
  return () => {
    if (!sandbox) throw new Error('the workflow sandbox exists only inside a test');
    return sandbox;
  };
}
