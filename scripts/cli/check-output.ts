/**
 * What `registry check` and `content check` print for CI: problems as GitHub workflow commands whose paths are
 * relative to the repository (so the annotations land on the pull request's lines), and the result as JSON in a
 * file for the pull-request comment (`pr-comment`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemsGithub } from '../problems/github-annotations.ts';
import { formatProblemsJson, type Problem } from '../problems/problem.ts';

/**
 * The path GitHub knows for a problem's file. Problems name files relative to the parent of the checked directory
 * (`registry/…`, `templates-library/…`); the file's first segment says which checked directory it is in. The result
 * is relative to the repository root: GITHUB_WORKSPACE in Actions, otherwise the working directory.
 */
export function workspacePath(
  file: string,
  checkedDirs: readonly string[],
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): string {
  const dirs = checkedDirs.map((dir) => path.resolve(dir));
  const first = file.split('/')[0];
  const dir = dirs.find((d) => path.basename(d) === first) ?? dirs[0] ?? workspace;
  const absolute = path.resolve(path.dirname(dir), ...file.split('/'));
  return path.relative(path.resolve(workspace), absolute).split(path.sep).join('/');
}

/** `--format github`: one workflow command per problem, paths relative to the repository. */
export function githubAnnotations(problems: readonly Problem[], checkedDirs: readonly string[]): string {
  return formatProblemsGithub(problems, (file) => workspacePath(file, checkedDirs));
}

/** `--json-out FIL`: the result as `registry check --format json` prints it, in a file (folders created). */
export async function writeProblemsJson(file: string, problems: readonly Problem[]): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${formatProblemsJson(problems)}\n`);
}
