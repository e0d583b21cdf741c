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
      '    - slug: sikkerhedsnet-bred\n      name: Sikkerhedsnet bred\n      select: bred\n      repos: { sikkerhedsnet-bred: pull }\n';
    expect(await ruleProblems({ [P]: policy.concat(extra) })).toEqual([]);
  });

  it('refuses a bred or alle team that can read a kerne repository', async () => {
    const extra =
      '    - slug: sikkerhedsnet-bred\n      name: Sikkerhedsnet bred\n      select: bred\n      repos: { sikkerhedsnet: pull }\n' +
      '    - slug: sikkerhedsnet-alle\n      name: Sikkerhedsnet alle\n      select: alle\n      repos: { sikkerhedsnet: triage }\n';
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

describe('registry rule team-slug', () => {
  const team = (slug: string, name: string) => `    - slug: ${slug}\n      name: ${name}\n      select: admins\n`;

  it('passes when the slug is what GitHub derives from the name', async () => {
    expect(
      await ruleProblems({
        [P]: policy.concat(team('sikkerhedsnet-administratorer', 'Sikkerhedsnet – administratorer')),
      }),
    ).toEqual([]);
  });

  it('refuses a slug that GitHub would not give the team, at the slug', async () => {
    expect(
      await ruleProblems({ [P]: policy.concat(team('sikkerhedsnet-admins', 'Sikkerhedsnet – administratorer')) }),
    ).toEqual([
      problem(
        'team-slug',
        P,
        16,
        13,
        'slug «sikkerhedsnet-admins» passer ikke til navnet «Sikkerhedsnet – administratorer»: GitHub giver teamet slug «sikkerhedsnet-administratorer»; skriv slug: sikkerhedsnet-administratorer, eller ret navnet',
      ),
    ]);
  });

  it('refuses a name with letters whose slug GitHub does not document, at the name', async () => {
    expect(
      await ruleProblems({ [P]: policy.concat(team('sikkerhedsnet-fagfaeller', "Sikkerhedsnet – fagfæller's_ø")) }),
    ).toEqual([
      problem(
        'team-slug',
        P,
        17,
        13,
        "teamnavnet «Sikkerhedsnet – fagfæller's_ø» indeholder «æ», «'», «_», «ø»; GitHub danner teamets slug af navnet, og det er kun sikkert for bogstaverne a–z, tal, mellemrum og bindestreger: skriv fx «ae», «oe», «aa» i stedet for «æ», «ø», «å»",
      ),
    ]);
  });
});
