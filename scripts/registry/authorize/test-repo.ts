import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'registry');

/** A throw-away git repository whose first commit holds the fixture registry under `registry/`. */
export interface TestRepo {
  root: string;
  dir: string;
  /** Replace `from` (which must occur exactly once) by `to` in a file of the registry. */
  edit(rel: string, from: string, to: string): Promise<void>;
  write(rel: string, text: string): Promise<void>;
  read(rel: string): Promise<string>;
  /** Commit everything in the working tree on the current branch. */
  commit(message: string): void;
  remove(): Promise<void>;
}

/** Create the repository (real `git init` and `git commit`, author and date pinned). */
export async function createTestRepo(): Promise<TestRepo> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-authorize-'));
  const dir = path.join(root, 'registry');
  await cp(FIXTURE, dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-28T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-28T10:00:00Z' },
      stdio: 'pipe',
    });
  git('init', '-q', '-b', 'main');
  const commit = (message: string) => {
    git('add', '-A');
    git(
      '-c',
      'user.name=Test Demo',
      '-c',
      'user.email=test.demo@kl.dk',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '-q',
      '-m',
      message,
    );
  };
  commit('base');
  return {
    commit,
    root,
    dir,
    async edit(rel, from, to) {
      const file = path.join(dir, rel);
      const text = await readFile(file, 'utf8');
      if (text.split(from).length !== 2) throw new Error(`"${from}" forekommer ikke præcis én gang i ${rel}`);
      await writeFile(file, text.replace(from, to));
    },
    read: (rel) => readFile(path.join(dir, rel), 'utf8'),
    async write(rel, text) {
      await writeFile(path.join(dir, rel), text);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A roster entry as the fixture writes them. */
export function memberYaml(fields: Record<string, string | boolean>): string {
  const lines = Object.entries(fields).map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`);
  return `${lines.join('\n')}\n`;
}
