/**
 * The sync converges on GitHub as GitHub behaves: slugs derived from team names, repository roles reported in
 * another vocabulary than the PUT takes, org invitations that outlive their last team. Each case applies twice and
 * requires the second apply to write nothing.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegistry } from '../registry/load.ts';
import { desiredStateFromRegistry } from './desired.ts';
import { formatApplyText, formatPlanText } from './format-plan.ts';
import { repoPermission } from './read.ts';
import { runSync } from './sync.ts';
import { type FakeGitHub, startFakeGitHub } from './testing/fake-github.ts';
import { baseState, connect, desired, managedTeam, ORG, TOKEN, users } from './testing/sync-fixtures.ts';
import type { DesiredState } from './types.ts';

let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function sync(want: DesiredState, options: { apply: boolean; allowLargeRemoval?: string }) {
  if (!fake) throw new Error('start the fake first');
  const { octokit, self } = await connect(fake.url);
  return runSync(octokit, want, { ...options, ...(self ? { self } : {}) });
}

describe('team slugs', () => {
  it('converges on the demo registry: every team found again by the slug GitHub derived from its name', async () => {
    const { registry } = await loadRegistry(path.join(import.meta.dirname, '../../registry'));
    const want = registry && desiredStateFromRegistry(registry);
    if (!want) throw new Error('the demo registry must load and have a github section');
    const logins = [...new Set(want.teams.flatMap((t) => t.members.map((m) => m.login)))];
    const people = logins.map((login, i) => ({ id: 700_000 + i, login }));
    fake = await startFakeGitHub(
      baseState({ users: [{ id: 1, login: 'sync-bot' }, ...people], orgMembers: [1, ...people.map((p) => p.id)] }),
      TOKEN,
    );
    const first = await sync(want, { apply: true });
    expect(first.result?.failed).toEqual([]);
    expect(fake.state.teams.map((t) => t.slug).sort()).toEqual(want.teams.map((t) => t.slug).sort());
    const writes = fake.writes().length;
    const second = await sync(want, { apply: true });
    expect(second.plan.actions).toEqual([]);
    expect(fake.writes().length).toBe(writes);
  });

  it('addresses a team by the slug GitHub returns when it differs from the planned one, and reports it', async () => {
    fake = await startFakeGitHub(baseState(), TOKEN);
    const want = desired(['demo-1000']);
    want.teams = [
      {
        ...(want.teams[0] as DesiredState['teams'][0]),
        slug: 'sikkerhedsnet-admins',
        name: 'Sikkerhedsnet – administratorer',
      },
    ];
    const first = await sync(want, { apply: true });
    expect(first.result?.failed).toEqual([]);
    expect(first.result?.slugMismatches).toEqual([
      { team: 'sikkerhedsnet-admins', githubSlug: 'sikkerhedsnet-administratorer' },
    ]);
    expect(formatApplyText(first.result ?? { applied: [], failed: [], skipped: [], slugMismatches: [] })).toContain(
      'Teamet sikkerhedsnet-admins har slug sikkerhedsnet-administratorer på GitHub (GitHub danner slug af navnet); ret slug i policy.yaml til sikkerhedsnet-administratorer.',
    );
    expect(fake.state.teams.map((t) => [t.slug, t.members])).toEqual([['sikkerhedsnet-administratorer', [1000]]]);
    const writes = fake.writes().length;
    const second = await sync(want, { apply: true });
    expect(second.plan.actions).toEqual([]);
    expect(second.plan.slugMismatches).toEqual([
      { team: 'sikkerhedsnet-admins', githubSlug: 'sikkerhedsnet-administratorer' },
    ]);
    expect(fake.writes().length).toBe(writes);
  });
});

describe('repository permissions', () => {
  it('reads GitHub’s role names (read, write) in the PUT’s vocabulary (pull, push): a second apply writes nothing', async () => {
    fake = await startFakeGitHub(baseState(), TOKEN);
    const want = desired(['demo-1000']);
    want.teams = [
      {
        ...(want.teams[0] as DesiredState['teams'][0]),
        repos: { a: 'pull', b: 'triage', c: 'push', d: 'maintain', e: 'admin' },
      },
    ];
    const first = await sync(want, { apply: true });
    expect(first.plan.actions.filter((a) => a.kind === 'set-repo').length).toBe(5);
    const writes = fake.writes().length;
    const second = await sync(want, { apply: true });
    expect(second.plan.actions).toEqual([]);
    expect(fake.writes().length).toBe(writes);
  });

  it('maps role names and falls back to the permission flags; a custom role keeps its name', () => {
    expect(['read', 'triage', 'write', 'maintain', 'admin'].map((r) => repoPermission({ role_name: r }))).toEqual([
      'pull',
      'triage',
      'push',
      'maintain',
      'admin',
    ]);
    expect(repoPermission({ role_name: 'sikkerhedsgranskning' })).toBe('sikkerhedsgranskning');
    expect(repoPermission({ permissions: { pull: true, triage: true, push: true } })).toBe('push');
    expect(repoPermission({ permissions: { pull: true } })).toBe('pull');
  });
});

describe('pending invitations', () => {
  const kerne = users(6).map((u) => u.login);

  it('cancels the org invitation of someone removed before accepting, so they cannot join any more', async () => {
    fake = await startFakeGitHub(baseState({ orgMembers: [1, 2, 1000, 1001, 1003, 1004, 1005] }), TOKEN);
    const want = desired(kerne, ['demo-1002']);
    await sync(want, { apply: true });
    expect(fake.state.invitations.map((i) => [i.inviteeId, i.teamIds.length])).toEqual([[1002, 2]]);

    const without = desired(
      kerne.filter((l) => l !== 'demo-1002'),
      [],
    );
    const outcome = await sync(without, { apply: true, allowLargeRemoval: 'test' });
    expect(outcome.plan.actions.map((a) => a.kind)).toEqual(['remove-member', 'remove-member', 'cancel-invitation']);
    expect(formatPlanText(outcome.plan)).toContain(
      '− annullér @demo-1002s invitation til organisationen (er ikke længere i noget team)',
    );
    expect(outcome.result?.failed).toEqual([]);
    expect(fake.state.invitations).toEqual([]);
    const writes = fake.writes().length;
    expect((await sync(without, { apply: true })).plan.actions).toEqual([]);
    expect(fake.writes().length).toBe(writes);
  });

  it('leaves an invitation that also names a team the registry does not manage', async () => {
    const state = baseState({
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [1000], { sikkerhedsnet: 'pull' }),
        managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
        { ...managedTeam(12, 'haandlavet', []), description: 'oprettet i hånden' },
      ],
      invitations: [{ id: 80, inviteeId: 1002, teamIds: [10, 12], failed: false }],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const outcome = await sync(desired(['demo-1000']), { apply: true, allowLargeRemoval: 'test' });
    expect(outcome.plan.actions).toEqual([
      { kind: 'remove-member', team: 'sikkerhedsnet-kerne', login: 'demo-1002', pending: true },
    ]);
    expect(fake.state.invitations).toEqual([{ id: 80, inviteeId: 1002, teamIds: [12], failed: false }]);
  });

  it('cancels a team-less invitation the sync itself left behind, never one somebody else sent', async () => {
    const state = baseState({
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [1000], { sikkerhedsnet: 'pull' }),
        managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
      ],
      invitations: [
        { id: 81, inviteeId: 1002, teamIds: [], failed: false, inviter: 'sync-bot' },
        { id: 82, inviteeId: 1003, teamIds: [], failed: false, inviter: 'kl-admin-demo' },
      ],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const outcome = await sync(desired(['demo-1000']), { apply: true });
    expect(outcome.plan.actions).toEqual([{ kind: 'cancel-invitation', login: 'demo-1002', invitation: 81 }]);
    expect(fake.state.invitations.map((i) => i.id)).toEqual([82]);
  });
});

describe('org settings', () => {
  it('warns when the org’s base permission lets every member read every repository', async () => {
    fake = await startFakeGitHub(baseState({ defaultRepositoryPermission: 'read' }), TOKEN);
    const outcome = await sync(desired(['demo-1000']), { apply: false });
    expect(outcome.plan.orgWarnings).toEqual([
      `Organisationens basisrettighed er «read»: alle medlemmer af ${ORG} kan læse alle repositorier, også kerne-repositorierne, uanset team. Sæt «Base permissions» til «No permission» under organisationens indstillinger.`,
    ]);
    expect(formatPlanText(outcome.plan)).toContain('Advarsel: Organisationens basisrettighed er «read»');
  });
});
