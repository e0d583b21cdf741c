/** Test helper: an entry point of scripts/cli as a real process, with its exit code and output. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The module hook that breaks one function (see break-function.ts), for NODE_OPTIONS. */
export const BREAK_HOOK = `--import=${path.join(ROOT, 'scripts/cli/testing/break-function.ts')}`;

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `node scripts/cli/<script> ...args` in the repository root. `env` is added to this process's environment
 * (a value of undefined removes a variable); never throws on a non-zero exit.
 */
export async function runEntry(
  script: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<ProcessResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'scripts/cli', script), ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
