import { afterAll, describe, expect, it } from 'vitest';
import { problem } from '../testing/problem.ts';
import { editLine, fixtureText, removeTempRegistries, ruleProblems } from '../testing/temp-registry.ts';

afterAll(removeTempRegistries);

const R101 = 'kommuner/101-koebenhavn.yaml';
const R751 = 'kommuner/751-aarhus.yaml';
const A = 'admins.yaml';
const [kk, aarhus, admins] = (await Promise.all([R101, R751, A].map((f) => fixtureText(f)))) as [
  string,
  string,
  string,
];

/** Append a member to the Aarhus roster. */
const aarhusPlus = (lines: string[]) => `${aarhus}${lines.join('\n')}\n`;
const member = (name: string, email: string, extra: string[] = []) => [
  `  - name: ${name}`,
  `    email: ${email}`,
  '    title: Konsulent',
  '    tier: bred',
  ...extra,
  '    added: "2026-01-05"',
  '    confirmed: "2026-11-01"',
  '    approved_by: karin.demo@aarhus.dk',
];

describe('registry rules: people', () => {
  it('unique-email: the same e-mail in two rosters', async () => {
    const problems = await ruleProblems({ [R751]: aarhusPlus(member('Bo Eksempel', 'bo.eksempel@kk.dk')) });
    expect(problems).toEqual([
      problem(
        'email-domain',
        R751,
        13,
        12,
        'Bo Eksempel: e-mailen bo.eksempel@kk.dk er ikke på et af domænerne for 751 Aarhus (aarhus.dk); brug personens arbejdsadresse i kommunen',
      ),
      problem(
        'unique-email',
        R751,
        13,
        12,
        'e-mailen bo.eksempel@kk.dk står allerede ved Bo Eksempel (bo.eksempel@kk.dk) i 101 København (registry/kommuner/101-koebenhavn.yaml:14); en person må kun stå én gang — slet den ene',
      ),
    ]);
  });

  it('unique-github: a login (any case) or id used twice', async () => {
    const extra = ['    github: Anne-Demo', '    github_id: 1000101'];
    const problems = await ruleProblems({ [R751]: aarhusPlus(member('Ole Prøve', 'ole.proeve@aarhus.dk', extra)) });
    expect(problems).toEqual([
      problem(
        'unique-github',
        R751,
        16,
        13,
        'GitHub-brugernavnet Anne-Demo bruges også af Anne Demo (anne.demo@kk.dk) i 101 København (registry/kommuner/101-koebenhavn.yaml:4); ret eller slet det ene',
      ),
      problem(
        'unique-github',
        R751,
        17,
        16,
        'GitHub-id 1000101 bruges også af Anne Demo (anne.demo@kk.dk) i 101 København (registry/kommuner/101-koebenhavn.yaml:4); ret eller slet det ene',
      ),
    ]);
  });

  it('duplicate-person: an admin who is also a member', async () => {
    const changed = `${admins}  - name: Anne Demo\n    email: anne.demo@kk.dk\n    title: Udlånt til KL\n    added: "2025-06-01"\n`;
    const problems = await ruleProblems({ [A]: changed });
    expect(problems).toEqual([
      problem(
        'duplicate-person',
        A,
        13,
        5,
        'administrator Anne Demo (anne.demo@kk.dk) står også som Anne Demo (anne.demo@kk.dk) i 101 København (registry/kommuner/101-koebenhavn.yaml:4); en person må kun stå ét sted — slet den ene',
      ),
      problem(
        'email-domain',
        A,
        14,
        12,
        'administrator Anne Demo: e-mailen anne.demo@kk.dk er ikke på et af domænerne for KL (kl.dk); brug arbejdsadressen',
      ),
    ]);
  });

  it('duplicate-person: the same name twice in one roster is a warning', async () => {
    const problems = await ruleProblems({ [R751]: aarhusPlus(member('Karin Demo', 'karin.demo2@aarhus.dk')) });
    expect(problems).toEqual([
      problem(
        'duplicate-person',
        R751,
        12,
        5,
        'Karin Demo står to gange i samme fil (også karin.demo@aarhus.dk, registry/kommuner/751-aarhus.yaml:4); slet den ene, hvis det er samme person',
        'warning',
      ),
    ]);
  });

  it('email-domain: a web domain listed for the municipality is accepted', async () => {
    const problems = await ruleProblems({ [R751]: aarhusPlus(member('Ole Prøve', 'ole.proeve@aarhus.dk')) });
    expect(problems).toEqual([]);
  });

  it('approved-by: an approver who is neither contact person nor admin', async () => {
    const problems = await ruleProblems({ [R101]: editLine(kk, 20, '    approved_by: karin.demo@aarhus.dk') });
    expect(problems).toEqual([
      problem(
        'approved-by',
        R101,
        20,
        18,
        'Bo Eksempel: approved_by karin.demo@aarhus.dk er hverken kontaktperson i 101 København eller administrator; skriv e-mailen på den, der godkendte',
      ),
    ]);
  });

  it('approved-by: nobody approves themself', async () => {
    const problems = await ruleProblems({ [R101]: editLine(kk, 13, '    approved_by: anne.demo@kk.dk') });
    expect(problems).toEqual([
      problem(
        'approved-by',
        R101,
        13,
        18,
        'Anne Demo kan ikke godkende sig selv; skriv e-mailen på en anden kontaktperson i 101 København eller en administrator',
      ),
    ]);
  });
});
