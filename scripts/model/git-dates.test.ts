import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitDatesFor, gitDatesUnder } from './git-dates.ts';

let repo: string;

function commit(message: string, date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '.'], { cwd: repo, env });
  execFileSync(
    'git',
    ['-c', 'user.name=Anne Demo', '-c', 'user.email=anne.demo@example.test', 'commit', '-qm', message],
    {
      cwd: repo,
      env,
    },
  );
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-git-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  await writeFile(join(repo, 'a.mdx'), 'one');
  await writeFile(join(repo, 'b.mdx'), 'one');
  commit('first', '2026-01-05T10:00:00+01:00');
  await writeFile(join(repo, 'a.mdx'), 'two');
  commit('second', '2026-03-07T09:30:00+01:00');
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('gitDatesUnder', () => {
  it('gives each file its first and latest commit date from one git log pass', () => {
    expect(gitDatesFor(repo, 'a.mdx')).toEqual({
      created: '2026-01-05T10:00:00+01:00',
      updated: '2026-03-07T09:30:00+01:00',
    });
    expect(gitDatesFor(repo, join(repo, 'b.mdx'))).toEqual({
      created: '2026-01-05T10:00:00+01:00',
      updated: '2026-01-05T10:00:00+01:00',
    });
    expect(gitDatesFor(repo, 'c.mdx')).toBeUndefined();
  });

  it('returns an empty map outside a git work tree', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-nogit-'));
    try {
      expect(gitDatesUnder(plain).size).toBe(0);
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
