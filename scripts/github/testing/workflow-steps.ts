/**
 * Test helper: a workflow's own shell steps, run as GitHub runs them. A step is found by a text in its `run:`, its
 * `env:` expressions are replaced by values the test gives (every one must be known, so a new expression in a
 * workflow fails the test instead of reaching the shell empty), and the script runs in `bash -e`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');

export interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
type Workflow = { jobs: Record<string, { steps: Step[] }> };

/** A step of a workflow, found by a text in its `run:`. */
export function step(file: string, runIncludes: string): Step & { run: string } {
  const workflow = parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
  const found = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.run?.includes(runIncludes));
  if (!found?.run) throw new Error(`${file}: no step runs ${runIncludes}`);
  return found as Step & { run: string };
}

/** The step's `env:` with each `${{ expression }}` replaced by its value in `context` (all must be known). */
export function resolveEnv(env: Record<string, string>, context: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => {
      const expression = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(value)?.[1] ?? '';
      const resolved = context[expression];
      if (resolved === undefined) throw new Error(`unknown expression in ${name}: ${value}`);
      return [name, resolved];
    }),
  );
}

/** Run a step's script as GitHub's default shell does (`bash -e`), in `cwd` (default: the repository root). */
export async function runStep(script: string, env: Record<string, string | undefined>, cwd = ROOT) {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['--noprofile', '--norc', '-e', '-c', script], {
      cwd,
      env: { ...process.env, GITHUB_ACTIONS: undefined, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
