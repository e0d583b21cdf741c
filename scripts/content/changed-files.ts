import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** git could not list the changed files: `ref` is unknown or `cwd` is not in a repository. The message is Danish. */
export class ChangedFilesError extends Error {
  override readonly name = 'ChangedFilesError';
}

/**
 * Absolute paths of files changed since `ref` (committed, staged or not) plus untracked files, read with
 * git in `cwd`. Throws a `ChangedFilesError` with git's message when `ref` is unknown or `cwd` is not in a repository.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  const git = async (...args: string[]) => {
    try {
      return (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      const detail = ((error as { stderr?: string }).stderr ?? String(error)).trim().split('\n')[0];
      throw new ChangedFilesError(`--changed-since ${ref}: git kunne ikke finde de ændrede filer (${detail}).`);
    }
  };
  const top = (await git('rev-parse', '--show-toplevel')).trim();
  const changed = await git('diff', '--name-only', '-z', ref, '--');
  const untracked = await git('ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/');
  return new Set(
    `${changed}\0${untracked}`
      .split('\0')
      .filter(Boolean)
      .map((name) => path.join(top, name)),
  );
}
