/** Shared set-up for the sync tests and the sync benchmark: a fast client for the fake GitHub and sample states. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Bottleneck from 'bottleneck';
import { type ClientOptions, connectGitHub, type GitHubConnection } from '../client.ts';
import type { GitHubCredentials } from '../credentials.ts';
import { type DesiredState, MANAGED_MARKER } from '../types.ts';
import type { FakeState, FakeTeam } from './fake-github.ts';

export const TOKEN = 'test-token-not-secret';
export const ORG = 'kl-sikkerhedsnet';

/** Keep GitHub's semantics but not its pacing: no 1 s between writes, retry-after counted in ms. */
export function fastClientOptions(url: string, log: (line: string) => void = () => {}): ClientOptions {
  return {
    baseUrl: url,
    throttle: { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }), retryAfterBaseValue: 5 },
    retry: { retryAfterBaseValue: 5 },
    log,
  };
}

/** Connect to the fake with the user token (or other credentials). */
export function connect(
  url: string,
  log?: (line: string) => void,
  credentials: GitHubCredentials = { kind: 'token', token: TOKEN },
): Promise<GitHubConnection> {
  return connectGitHub(credentials, ORG, fastClientOptions(url, log));
}

/** `n` users with consecutive ids from `from`, logins `demo-<id>`. */
export function users(n: number, from = 1000) {
  return Array.from({ length: n }, (_, i) => ({ id: from + i, login: `demo-${from + i}` }));
}

/** An org with the sync's own account, one admin and six demo users (two of them org members). */
export function baseState(overrides: Partial<FakeState> = {}): FakeState {
  return {
    org: ORG,
    self: { id: 1, login: 'sync-bot' },
    users: [{ id: 1, login: 'sync-bot' }, { id: 2, login: 'kl-admin-demo' }, ...users(6)],
    orgMembers: [1, 2, 1000, 1001],
    teams: [],
    invitations: [],
    nextId: 5000,
    ...overrides,
  };
}

/** Two teams, kerne and bred, with the given logins. */
export function desired(kerne: string[], bred: string[] = []): DesiredState {
  const member = (login: string) => ({ login, name: `Demo ${login}` });
  return {
    org: ORG,
    requiredAdmins: ['kl-admin-demo'],
    maxRemovalFraction: 0.25,
    teams: [
      {
        slug: 'sikkerhedsnet-kerne',
        name: 'Sikkerhedsnet – kerne',
        select: 'kerne',
        repos: { sikkerhedsnet: 'pull' },
        members: kerne.map(member),
      },
      {
        slug: 'sikkerhedsnet-bred',
        name: 'Sikkerhedsnet – bred',
        select: 'bred',
        repos: { 'sikkerhedsnet-bred': 'pull' },
        members: bred.map(member),
      },
    ],
  };
}

/** A team that carries the managed marker. */
export function managedTeam(id: number, slug: string, members: number[], repos: Record<string, string> = {}): FakeTeam {
  return { id, slug, name: slug, description: `x ${MANAGED_MARKER}`, privacy: 'closed', members, repos };
}

/** `npm run registry -- sync ARGS` as a process with only `env` (and PATH): exit code and output. */
export async function runSyncCli(args: string[], env: Record<string, string>) {
  const root = path.join(import.meta.dirname, '../../..');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/cli/registry.ts', 'sync', ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
