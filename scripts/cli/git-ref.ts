/**
 * Does git know a ref? Checked by the commands that take one (`registry authorize --base`, `content check
 * --changed-since`) before they call the library, so that an unknown ref is a Danish message while anything the
 * library throws afterwards is treated as the bug it is.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const git = promisify(execFile);

/** Why `ref` names no commit in the repository around `dir`: git's own first line; undefined when it does. */
export async function gitRefProblem(
  dir: string,
  ref: string,
): Promise<{ kind: 'not-a-repository' | 'unknown-ref'; detail: string } | undefined> {
  const firstLine = (error: unknown) =>
    String((error as { stderr?: string }).stderr ?? error)
      .trim()
      .split('\n')[0] ?? '';
  try {
    await git('git', ['-C', dir, 'rev-parse', '--show-toplevel']);
  } catch (error) {
    return { kind: 'not-a-repository', detail: firstLine(error) };
  }
  try {
    await git('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return undefined;
  } catch {
    // --quiet says nothing about an unknown ref; ask once more for git's wording, which names the ref.
    const detail = await git('git', ['-C', dir, 'rev-parse', `${ref}^{commit}`, '--']).then(
      () => `fatal: bad revision '${ref}'`,
      firstLine,
    );
    return { kind: 'unknown-ref', detail };
  }
}
