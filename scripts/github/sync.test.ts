import { afterEach, describe, expect, it } from 'vitest';
import { formatPlanText } from './format-plan.ts';
import { runSync } from './sync.ts';
import { type FakeGitHub, startFakeGitHub } from './testing/fake-github.ts';
import { baseState, connect, desired, managedTeam, TOKEN, users } from './testing/sync-fixtures.ts';
import { MANAGED_MARKER } from './types.ts';

let fake: FakeGitHub | undefined;
const logs: string[] = [];

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  logs.length = 0;
});

/** Connect as the fake's user token, then sync. */
async function sync(want: Parameters<typeof runSync>[1], options: { apply: boolean; allowLargeRemoval?: string }) {
  if (!fake) throw new Error('start the fake first');
  const { octokit, self } = await connect(fake.url, (line) => logs.push(line));
  return runSync(octokit, want, { ...options, ...(self ? { self } : {}) });
}

describe('registry sync against a local GitHub', () => {
  it('takes an empty org to the full registry, then a second apply writes nothing', async () => {
    fake = await startFakeGitHub(baseState(), TOKEN);
    const want = desired(['kl-admin-demo', 'demo-1000', 'demo-1002'], ['demo-1001', 'demo-1003']);
    const first = await sync(want, { apply: true });
    expect(first.result?.failed).toEqual([]);
    expect(first.plan.actions.map((a) => a.kind)).toEqual([
      'create-team',
      'add-member',
      'add-member',
      'add-member',
      'set-repo',
      'create-team',
      'add-member',
      'add-member',
      'set-repo',
    ]);
    const kerne = fake.state.teams.find((t) => t.slug === 'sikkerhedsnet-kerne');
    expect(kerne?.description).toContain(MANAGED_MARKER);
    expect(kerne?.members.sort((a, b) => a - b)).toEqual([2, 1000]);
    expect(kerne?.repos).toEqual({ sikkerhedsnet: 'pull' });
    // Non-members of the org are invited with the team; the invitation counts as present.
    expect(fake.state.invitations.map((i) => i.inviteeId).sort((a, b) => a - b)).toEqual([1002, 1003]);
    const writesAfterFirst = fake.writes().length;
    expect(writesAfterFirst).toBe(9);

    const second = await sync(want, { apply: true });
    expect(second.plan.actions).toEqual([]);
    expect(second.result).toBeUndefined();
    expect(fake.writes().length).toBe(writesAfterFirst);
    expect(formatPlanText(second.plan)).toContain('Ingen ændringer: GitHub svarer til registret.');
  });

  it('refuses a plan that removes more than the policy fraction, and applies it with an override', async () => {
    const state = baseState({
      orgMembers: [1, 2, 1000, 1001, 1002, 1003],
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [1000, 1001, 1002, 1003], { sikkerhedsnet: 'pull' }),
        managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
      ],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const want = desired(['demo-1000']);
    const refused = await sync(want, { apply: true });
    expect(refused.plan.removals).toBe(3);
    expect(refused.plan.currentMemberships).toBe(4);
    expect(refused.plan.refused).toBe(
      'Planen fjerner 3 af 4 medlemskaber, mere end politikkens 25 %. Kontrollér registret; er fjernelserne tilsigtede, så kør igen med --allow-large-removal "<begrundelse>".',
    );
    expect(fake.writes()).toEqual([]);

    const allowed = await sync(want, { apply: true, allowLargeRemoval: 'Årlig oprydning, sag 2026-117' });
    expect(allowed.result?.applied.length).toBe(3);
    expect(fake.state.teams[0]?.members).toEqual([1000]);
  });

  it('never removes the required admins or its own account, and leaves unmarked teams alone', async () => {
    const state = baseState({
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [1, 2, 1000, 1001], { sikkerhedsnet: 'pull' }),
        {
          id: 11,
          slug: 'sikkerhedsnet-bred',
          name: 'håndlavet',
          description: 'oprettet i hånden',
          privacy: 'closed',
          members: [1001],
          repos: {},
        },
      ],
      orgMembers: [1, 2, 1000, 1001],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const outcome = await sync(desired(['demo-1000', 'demo-1001'], ['demo-1002']), {
      apply: true,
    });
    expect(outcome.plan.actions).toEqual([]);
    expect(outcome.plan.protectedRemovals).toEqual([
      { team: 'sikkerhedsnet-kerne', login: 'sync-bot', reason: 'den konto, synkroniseringen kører som' },
      { team: 'sikkerhedsnet-kerne', login: 'kl-admin-demo', reason: 'påkrævet administrator (policy.yaml)' },
    ]);
    expect(outcome.plan.unmanaged).toEqual(['sikkerhedsnet-bred']);
    expect(formatPlanText(outcome.plan)).toContain(
      'Teamet sikkerhedsnet-bred findes, men er ikke styret af registret (mangler markøren i beskrivelsen); røres ikke.',
    );
    expect(fake.writes()).toEqual([]);
  });

  it('matches people by id and reports a renamed login', async () => {
    const state = baseState({
      users: [
        { id: 1, login: 'sync-bot' },
        { id: 1000, login: 'anne-demo-ny' },
      ],
      orgMembers: [1, 1000],
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [1000], { sikkerhedsnet: 'pull' }),
        managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
      ],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const want = desired([]);
    want.teams[0]?.members.push({
      login: 'anne-demo',
      githubId: 1000,
      name: 'Anne Demo',
      position: { file: 'registry/kommuner/101-koebenhavn.yaml', line: 7, column: 5 },
    });
    const outcome = await sync(want, { apply: true });
    expect(outcome.plan.actions).toEqual([]);
    expect(outcome.plan.renames).toEqual([
      {
        registryLogin: 'anne-demo',
        currentLogin: 'anne-demo-ny',
        id: 1000,
        position: { file: 'registry/kommuner/101-koebenhavn.yaml', line: 7, column: 5 },
      },
    ]);
    expect(formatPlanText(outcome.plan)).toContain(
      'Omdøbt konto: @anne-demo hedder nu @anne-demo-ny (id 1000); ret github i registret (registry/kommuner/101-koebenhavn.yaml:7).',
    );
  });

  it('counts pending invitations as present and re-sends failed ones', async () => {
    const state = baseState({
      teams: [
        managedTeam(10, 'sikkerhedsnet-kerne', [], { sikkerhedsnet: 'pull' }),
        managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
      ],
      invitations: [
        { id: 70, inviteeId: 1002, teamIds: [10], failed: false },
        { id: 71, inviteeId: 1003, teamIds: [10], failed: true },
      ],
    });
    fake = await startFakeGitHub(state, TOKEN);
    const outcome = await sync(desired(['demo-1002', 'demo-1003']), { apply: true });
    expect(outcome.plan.actions).toEqual([
      { kind: 'add-member', team: 'sikkerhedsnet-kerne', login: 'demo-1003', id: 1003, reinvite: true },
    ]);
    expect(formatPlanText(outcome.plan)).toContain(
      '+ inviter igen (tidligere invitation fejlede) @demo-1003 til sikkerhedsnet-kerne',
    );
    expect(
      fake.state.invitations
        .filter((i) => !i.failed)
        .map((i) => i.inviteeId)
        .sort((a, b) => a - b),
    ).toEqual([1002, 1003]);
  });

  it('continues after a failed step, reports it, and a re-run converges', async () => {
    fake = await startFakeGitHub(baseState(), TOKEN);
    fake.faults.push({ method: 'PUT', path: /memberships\/demo-1002$/, status: 404, times: 1 });
    const want = desired(['demo-1000', 'demo-1002'], ['demo-1001']);
    const first = await sync(want, { apply: true });
    expect(
      first.result?.failed.map((f) => [f.action.kind, (f.action as { login?: string }).login, f.error.slice(0, 8)]),
    ).toEqual([['add-member', 'demo-1002', 'HTTP 404']]);
    expect(first.result?.applied.length).toBe(first.plan.actions.length - 1);
    const second = await sync(want, { apply: true });
    expect(second.plan.actions).toEqual([
      { kind: 'add-member', team: 'sikkerhedsnet-kerne', login: 'demo-1002', id: 1002, reinvite: false },
    ]);
    expect(second.result?.failed).toEqual([]);
    const third = await sync(want, { apply: false });
    expect(third.plan.actions).toEqual([]);
  });

  it('waits out rate limits (429 retry-after, 403 x-ratelimit) and retries 5xx, paginating large lists', async () => {
    const many = users(230, 2000);
    const state = baseState({
      users: [{ id: 1, login: 'sync-bot' }, ...many],
      orgMembers: [1, ...many.map((u) => u.id)],
    });
    state.teams = [
      managedTeam(
        10,
        'sikkerhedsnet-kerne',
        many.map((u) => u.id),
        { sikkerhedsnet: 'pull' },
      ),
      managedTeam(11, 'sikkerhedsnet-bred', [], { 'sikkerhedsnet-bred': 'pull' }),
    ];
    fake = await startFakeGitHub(state, TOKEN);
    fake.faults.push(
      { method: 'GET', path: /^\/orgs\/[^/]+\/members$/, status: 429, headers: { 'retry-after': '1' }, times: 1 },
      {
        method: 'GET',
        path: /\/teams\/sikkerhedsnet-kerne\/members$/,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
        body: { message: 'API rate limit exceeded' },
        times: 1,
      },
      { method: 'GET', path: /\/teams\/sikkerhedsnet-kerne\/repos$/, status: 502, times: 1 },
    );
    const outcome = await sync(desired(many.map((u) => u.login)), { apply: false });
    expect(outcome.plan.actions).toEqual([]);
    expect(outcome.plan.currentMemberships).toBe(230);
    const memberPages = fake.requests.filter((r) => r.path === '/orgs/kl-sikkerhedsnet/members' && r.status === 200);
    expect(memberPages.length).toBe(3);
    expect(fake.requests.filter((r) => r.status === 429 || r.status === 403 || r.status === 502).length).toBe(3);
    expect(logs.some((l) => l.startsWith('GitHub: rate limit på GET'))).toBe(true);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
