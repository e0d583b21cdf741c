/**
 * What the sync costs on GitHub: in steady state no write and no request per member, only list pages. People are
 * matched by the ids in the member lists the read already fetched; a login is looked up only for someone found
 * there by neither id nor login.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSync } from './sync.ts';
import { type FakeGitHub, type RequestRecord, startFakeGitHub } from './testing/fake-github.ts';
import { connect, TOKEN } from './testing/sync-fixtures.ts';
import { syntheticOrg } from './testing/synthetic-org.ts';
import type { DesiredState } from './types.ts';

let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function sync(want: DesiredState, apply: boolean) {
  if (!fake) throw new Error('start the fake first');
  const before = fake.requests.length;
  const { octokit, self } = await connect(fake.url);
  const outcome = await runSync(octokit, want, { apply, ...(self ? { self } : {}) });
  return { outcome, requests: fake.requests.slice(before) };
}

/** Requests per endpoint, with ids and logins in paths replaced by placeholders. */
function perEndpoint(requests: RequestRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of requests) {
    const key = `${r.method} ${r.path
      .replace(/\/teams\/[^/]+/, '/teams/{team}')
      .replace(/\/users\/[^/]+$/, '/users/{login}')
      .replace(/\/user\/\d+$/, '/user/{id}')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('sync request count', () => {
  it('costs 400 members 23 list requests and no write in steady state, none of them per member', async () => {
    const { desired, state } = syntheticOrg(400);
    fake = await startFakeGitHub(state, TOKEN);
    const first = await sync(desired, true);
    expect(first.outcome.result?.failed).toEqual([]);
    // The 20 newcomers (no github_id, not in the org) are the only people looked up, once each.
    expect(perEndpoint(first.requests)['GET /users/{login}']).toBe(20);

    const dry = await sync(desired, false);
    expect(dry.outcome.plan.actions).toEqual([]);
    expect(perEndpoint(dry.requests)).toEqual({
      'GET /user': 1,
      'GET /orgs/kl-sikkerhedsnet/members': 4,
      'GET /orgs/kl-sikkerhedsnet/invitations': 1,
      'GET /orgs/kl-sikkerhedsnet/failed_invitations': 1,
      'GET /orgs/kl-sikkerhedsnet/teams': 1,
      'GET /orgs/kl-sikkerhedsnet': 1,
      'GET /orgs/kl-sikkerhedsnet/teams/{team}/members': 6,
      'GET /orgs/kl-sikkerhedsnet/teams/{team}/invitations': 4,
      'GET /orgs/kl-sikkerhedsnet/teams/{team}/repos': 4,
    });
    expect(dry.requests.length).toBe(23);

    const writes = fake.writes().length;
    const apply = await sync(desired, true);
    expect(apply.outcome.result).toBeUndefined();
    expect(apply.requests.length).toBe(23);
    expect(fake.writes().length).toBe(writes);
  });

  it('looks up only the one new member, and finds a renamed member by id without asking', async () => {
    const { desired, state } = syntheticOrg(100, 0);
    fake = await startFakeGitHub(state, TOKEN);
    await sync(desired, true);
    fake.state.users.push({ id: 555_555, login: 'ny-kollega' });
    const renamed = fake.state.users.find((u) => u.login === 'medlem-1');
    if (renamed) renamed.login = 'medlem-1-nyt-navn';
    desired.teams[0]?.members.push({ login: 'ny-kollega', name: 'Ny Kollega' });
    const { outcome, requests } = await sync(desired, false);
    expect(
      requests.filter((r) => r.path.startsWith('/users/') || r.path.startsWith('/user/')).map((r) => r.path),
    ).toEqual(['/users/ny-kollega']);
    expect(outcome.plan.actions).toEqual([
      { kind: 'add-member', team: 'sikkerhedsnet-kerne', login: 'ny-kollega', id: 555_555, reinvite: false },
    ]);
    expect(outcome.plan.renames.map((r) => [r.registryLogin, r.currentLogin])).toEqual([
      ['medlem-1', 'medlem-1-nyt-navn'],
    ]);
  });
});
