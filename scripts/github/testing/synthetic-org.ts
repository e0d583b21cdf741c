/**
 * A generated registry-shaped desired state and a matching fake GitHub org, for request-count tests and
 * `npm run bench:sync`. Three in four people are core members, one in twenty a contact person, and KL has two
 * admins. `newcomers` people have no `github_id` yet and are not in the org (a first sync invites them).
 */
import type { DesiredMember, DesiredState } from '../types.ts';
import type { FakeState } from './fake-github.ts';
import { ORG } from './sync-fixtures.ts';

export interface SyntheticOrg {
  desired: DesiredState;
  /** The org before the first sync: everyone but the newcomers is an org member, no team exists. */
  state: FakeState;
}

/** `members` people in the registry, `newcomers` of them new to GitHub's org. */
export function syntheticOrg(members: number, newcomers = Math.ceil(members / 20)): SyntheticOrg {
  const people = Array.from({ length: members }, (_, i) => ({ id: 100_000 + i, login: `medlem-${i + 1}` }));
  const admins = [
    { id: 90_001, login: 'kl-admin-1' },
    { id: 90_002, login: 'kl-admin-2' },
  ];
  const isNew = (i: number) => i >= members - newcomers;
  const member = (p: { id: number; login: string }, i: number): DesiredMember => ({
    login: p.login,
    name: `Medlem ${i + 1}`,
    ...(isNew(i) ? {} : { githubId: p.id }),
  });
  const all = people.map(member);
  const adminMembers = admins.map((a, i) => ({ login: a.login, name: `Admin ${i + 1}`, githubId: a.id }));
  const kerne = all.filter((_, i) => i % 4 !== 3);
  const team = (
    slug: string,
    name: string,
    select: DesiredState['teams'][0]['select'],
    list: DesiredMember[],
    repos = {},
  ) => ({
    slug,
    name,
    select,
    repos,
    members: list,
  });
  const desired: DesiredState = {
    org: ORG,
    requiredAdmins: ['kl-admin-1'],
    maxRemovalFraction: 0.25,
    teams: [
      team('sikkerhedsnet-kerne', 'Sikkerhedsnet – kerne', 'kerne', [...kerne, ...adminMembers], {
        sikkerhedsnet: 'pull',
      }),
      team(
        'sikkerhedsnet-bred',
        'Sikkerhedsnet – bred',
        'bred',
        all.filter((_, i) => i % 4 === 3),
        {
          'sikkerhedsnet-bred': 'pull',
        },
      ),
      team(
        'sikkerhedsnet-kontaktpersoner',
        'Sikkerhedsnet – kontaktpersoner',
        'kontaktpersoner',
        kerne.filter((_, i) => i % 15 === 0),
      ),
      team('sikkerhedsnet-administratorer', 'Sikkerhedsnet – administratorer', 'admins', adminMembers, {
        sikkerhedsnet: 'maintain',
        'sikkerhedsnet-bred': 'maintain',
      }),
    ],
  };
  const self = { id: 1, login: 'sync-bot' };
  const state: FakeState = {
    org: ORG,
    self,
    users: [self, ...admins, ...people],
    orgMembers: [self.id, ...admins.map((a) => a.id), ...people.filter((_, i) => !isNew(i)).map((p) => p.id)],
    teams: [],
    invitations: [],
    nextId: 1_000_000,
  };
  return { desired, state };
}
