import { afterAll, describe, expect, it } from 'vitest';
import { problem } from '../testing/problem.ts';
import { fixtureText, removeTempRegistries, ruleProblems } from '../testing/temp-registry.ts';

afterAll(removeTempRegistries);

const P = 'policy.yaml';
// The fixture policy names no kerne repositories; these tests declare one.
const policy = (await fixtureText(P)).replace(
  '  required_admins: [kl-admin-demo]\n',
  '  required_admins: [kl-admin-demo]\n  kerne_repos: [sikkerhedsnet]\n',
);

describe('registry rule team-tier', () => {
  it('passes when only kerne teams read a kerne repository', async () => {
    const extra =
      '    - slug: sikkerhedsnet-bred\n      name: Bred\n      select: bred\n      repos: { sikkerhedsnet-bred: pull }\n';
    expect(await ruleProblems({ [P]: policy.concat(extra) })).toEqual([]);
  });

  it('refuses a bred or alle team that can read a kerne repository', async () => {
    const extra =
      '    - slug: sikkerhedsnet-bred\n      name: Bred\n      select: bred\n      repos: { sikkerhedsnet: pull }\n' +
      '    - slug: sikkerhedsnet-alle\n      name: Alle\n      select: alle\n      repos: { sikkerhedsnet: triage }\n';
    expect(await ruleProblems({ [P]: policy.concat(extra) })).toEqual([
      problem(
        'team-tier',
        P,
        8,
        3,
        'teamet sikkerhedsnet-alle (select: alle) kan læse sikkerhedsnet, som rummer kerne-indhold; fjern sikkerhedsnet fra teamets repos eller giv kun kerne-teams adgang',
      ),
      problem(
        'team-tier',
        P,
        8,
        3,
        'teamet sikkerhedsnet-bred (select: bred) kan læse sikkerhedsnet, som rummer kerne-indhold; fjern sikkerhedsnet fra teamets repos eller giv kun kerne-teams adgang',
      ),
    ]);
  });
});
