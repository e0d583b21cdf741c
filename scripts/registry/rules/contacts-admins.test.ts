import { afterAll, describe, expect, it } from 'vitest';
import { problem } from '../testing/problem.ts';
import { editLine, fixtureText, removeTempRegistries, ruleProblems } from '../testing/temp-registry.ts';

afterAll(removeTempRegistries);

const R751 = 'kommuner/751-aarhus.yaml';
const A = 'admins.yaml';
const P = 'policy.yaml';
const [aarhus, admins, policy] = (await Promise.all([R751, A, P].map((f) => fixtureText(f)))) as [
  string,
  string,
  string,
];

describe('registry rules: contact persons, admins and policy', () => {
  it('contact-missing: a roster without a contact person is a warning', async () => {
    const problems = await ruleProblems({ [R751]: editLine(aarhus, 8, '') });
    expect(problems).toEqual([
      problem(
        'contact-missing',
        R751,
        2,
        15,
        '751 Aarhus har ingen kontaktperson; sæt contact: true på et kerne-medlem (kræver godkendelse fra en administrator)',
        'warning',
      ),
    ]);
  });

  it('contact-tier: a contact person must be kerne', async () => {
    const problems = await ruleProblems({ [R751]: editLine(aarhus, 7, '    tier: bred') });
    expect(problems).toEqual([
      problem(
        'contact-tier',
        R751,
        8,
        14,
        'Karin Demo er kontaktperson men har tier: bred; en kontaktperson skal have tier: kerne',
      ),
    ]);
  });

  it('min-admins: fewer admins than the policy requires', async () => {
    const onlyDorthe = admins.split('\n').slice(0, 8).join('\n');
    const approvedByDorthe = editLine(aarhus, 11, '    approved_by: dorthe.demo@kl.dk');
    const problems = await ruleProblems({ [A]: onlyDorthe, [R751]: approvedByDorthe });
    expect(problems).toEqual([
      problem(
        'min-admins',
        A,
        3,
        3,
        'der er 1 administrator, men policy.yaml kræver mindst 2; tilføj en administrator',
      ),
    ]);
  });

  it('min-admins: the policy minimum can be raised', async () => {
    const problems = await ruleProblems({ [P]: editLine(policy, 4, 'min_admins: 3') });
    expect(problems).toEqual([
      problem(
        'min-admins',
        A,
        3,
        3,
        'der er 2 administratorer, men policy.yaml kræver mindst 3; tilføj en administrator',
      ),
    ]);
  });

  it('policy-github: required admins must be admins’ GitHub logins, team slugs unique', async () => {
    const changed = editLine(policy, 9, '  required_admins: [kl-admin-demo, anne-demo]').concat(
      '    - slug: sikkerhedsnet-kerne\n      name: Sikkerhedsnet kerne\n      select: bred\n',
    );
    const problems = await ruleProblems({ [P]: changed });
    expect(problems).toEqual([
      problem(
        'policy-github',
        P,
        8,
        3,
        'required_admins nævner anne-demo, som ikke er GitHub-brugernavn for en administrator i admins.yaml; ret navnet eller tilføj det i admins.yaml',
      ),
      problem('policy-github', P, 8, 3, 'teamet sikkerhedsnet-kerne står to gange under github.teams; slet det ene'),
    ]);
  });
});
