/**
 * `npm run registry -- sync` as a whole process: the demo registry, the real octokit client and the local
 * GitHub server. Dry runs only (apply is covered in sync.test.ts without GitHub's 1 s pacing of writes).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegistry } from '../registry/load.ts';
import { desiredStateFromRegistry } from './desired.ts';
import { type FakeGitHub, type FakeState, startFakeGitHub } from './testing/fake-github.ts';
import { runSyncCli } from './testing/sync-fixtures.ts';

const root = path.join(import.meta.dirname, '../..');
const TOKEN = 'ghp_fake_token_for_tests_only';
let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function demoState(): Promise<{ state: FakeState; logins: string[] }> {
  const { registry } = await loadRegistry(path.join(root, 'registry'));
  const desired = registry && desiredStateFromRegistry(registry);
  if (!desired) throw new Error('the demo registry must load and have a github section');
  const logins = [...new Set(desired.teams.flatMap((t) => t.members.map((m) => m.login)))];
  const users = logins.map((login, i) => {
    const known = desired.teams.flatMap((t) => t.members).find((m) => m.login === login)?.githubId;
    return { id: known ?? 900_000 + i, login };
  });
  return {
    logins,
    state: {
      org: desired.org,
      self: { id: 1, login: 'sync-bot' },
      users: [{ id: 1, login: 'sync-bot' }, ...users],
      orgMembers: [1, ...users.map((u) => u.id)],
      teams: [],
      invitations: [],
      nextId: 10_000,
    },
  };
}

const cli = runSyncCli;

describe('registry sync command', () => {
  it('prints a Danish dry-run plan for the demo registry and writes nothing', async () => {
    const { state, logins } = await demoState();
    fake = await startFakeGitHub(state, TOKEN);
    const result = await cli([], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Synkroniseringsplan for GitHub-organisationen ${state.org}`);
    expect(result.stdout).toContain('+ opret team sikkerhedsnet-kerne («Sikkerhedsnet – kerne»)');
    expect(result.stdout).toContain(`+ tilføj @${logins[0]} til`);
    expect(result.stdout).toContain('Tør kørsel: intet er ændret. Brug --apply for at udføre planen.');
    expect(fake.writes()).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('emits the plan as JSON', async () => {
    const { state } = await demoState();
    fake = await startFakeGitHub(state, TOKEN);
    const result = await cli(['--format', 'json'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url });
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { apply: boolean; plan: { org: string; actions: { kind: string }[] } };
    expect(parsed.apply).toBe(false);
    expect(parsed.plan.org).toBe(state.org);
    expect(parsed.plan.actions.filter((a) => a.kind === 'create-team').length).toBe(4);
  });

  it('needs a token (exit 2) and reports bad credentials without printing the token', async () => {
    const missing = await cli([], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Mangler GITHUB_TOKEN');
    const { state } = await demoState();
    fake = await startFakeGitHub(state, 'another-token');
    const wrong = await cli([], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout + wrong.stderr).not.toContain(TOKEN);
  });
});
