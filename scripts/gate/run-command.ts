/**
 * Run a project command as a child process (used by `npm start` for the registry compile and the site build),
 * so each part is called through its documented CLI and its own output stays visible.
 */
import { spawn } from 'node:child_process';

/** Run `node <script> ...args` in `cwd`, inheriting stdio; resolves with the exit code. */
export function runNodeScript(script: string, args: readonly string[], cwd: string, quiet = false): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
    child.on('error', () => done(2));
    child.on('exit', (code, signal) => done(code ?? (signal ? 130 : 2)));
  });
}
