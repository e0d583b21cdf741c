/**
 * `npm run serve` as a real child process for tests: exit codes and messages of the CLI, and several gate
 * replicas side by side (each its own process, sharing only files), as in production.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SERVE = resolve(import.meta.dirname, '..', '..', 'cli', 'serve.ts');

export interface ServeOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ServeProcess {
  child: ChildProcess;
  /** Resolves when the process exits, with everything it wrote. */
  output: Promise<ServeOutput>;
}

/**
 * Start `scripts/cli/serve.ts` with exactly `env` (plus PATH); `script` starts another copy of it (a release's),
 * from `cwd`.
 */
export function spawnServe(env: Record<string, string>, script = SERVE, cwd?: string): ServeProcess {
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c) => (stdout += c));
  child.stderr?.on('data', (c) => (stderr += c));
  const output = new Promise<ServeOutput>((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
  return { child, output };
}

/** The process's output once it exits, or after `ms` with the process killed (code null): a hung start fails. */
export async function exitWithin(serve: ServeProcess, ms: number): Promise<ServeOutput> {
  const timer = setTimeout(() => serve.child.kill('SIGKILL'), ms);
  try {
    return await serve.output;
  } finally {
    clearTimeout(timer);
  }
}

/** Poll `/healthz` on 127.0.0.1:`port` until it answers 200; false after `ms`. */
export async function becomesHealthy(port: number, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    if (response?.status === 200) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
