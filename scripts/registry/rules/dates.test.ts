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

describe('registry rules: dates and confirmations', () => {
  it('date-real: a day that does not exist', async () => {
    const problems = await ruleProblems({ [R101]: editLine(kk, 18, '    added: "2026-02-29"') });
    expect(problems).toEqual([
      problem('date-real', R101, 18, 12, 'Bo Eksempel: added "2026-02-29" er ikke en rigtig dato; ret dag eller måned'),
    ]);
  });

  it('date-real: an admin’s date is checked too', async () => {
    const problems = await ruleProblems({ [A]: editLine(admins, 12, '    added: "2025-13-01"') });
    expect(problems).toEqual([
      problem('date-real', A, 12, 12, 'Erik Eksempel: added "2025-13-01" er ikke en rigtig dato; ret dag eller måned'),
    ]);
  });

  it('date-future: a confirmation after today', async () => {
    const problems = await ruleProblems({ [R751]: editLine(aarhus, 10, '    confirmed: "2026-12-01"') });
    expect(problems).toEqual([
      problem(
        'date-future',
        R751,
        10,
        16,
        'Karin Demo: confirmed "2026-12-01" ligger i fremtiden (i dag er 2026-11-28); skriv den dato, det skete',
      ),
    ]);
  });

  it('date-future: today itself is fine', async () => {
    expect(await ruleProblems({ [R751]: editLine(aarhus, 10, '    confirmed: "2026-11-28"') })).toEqual([]);
  });

  it('date-order: confirmed before added', async () => {
    const problems = await ruleProblems({ [R751]: editLine(aarhus, 9, '    added: "2026-11-10"') });
    expect(problems).toEqual([
      problem(
        'date-order',
        R751,
        10,
        16,
        'Karin Demo: confirmed "2026-11-02" ligger før added "2026-11-10"; confirmed skal være samme dag eller senere',
      ),
    ]);
  });

  it('confirmation-expired: older than reconfirm_months is an error', async () => {
    const problems = await ruleProblems({}, '2027-09-16');
    expect(problems).toEqual([
      problem(
        'confirmation-expired',
        R101,
        12,
        16,
        'Anne Demo: bekræftelsen fra 2026-09-15 udløb 2027-09-15 (gælder 12 måneder); kontaktpersonen skal genbekræfte (ret confirmed til dags dato) eller fjerne medlemmet',
      ),
      problem(
        'confirmation-expired',
        R101,
        19,
        16,
        'Bo Eksempel: bekræftelsen fra 2026-09-15 udløb 2027-09-15 (gælder 12 måneder); kontaktpersonen skal genbekræfte (ret confirmed til dags dato) eller fjerne medlemmet',
      ),
    ]);
  });

  it('confirmation-expired: the last valid day is not yet expired', async () => {
    const problems = await ruleProblems({}, '2027-09-15');
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([
      ['confirmation-expiring', 'warning'],
      ['confirmation-expiring', 'warning'],
    ]);
  });

  it('confirmation-expiring: inside the warning window is a warning', async () => {
    const problems = await ruleProblems({}, '2027-10-10');
    expect(problems.filter((p) => p.file.endsWith('751-aarhus.yaml'))).toEqual([
      problem(
        'confirmation-expiring',
        R751,
        10,
        16,
        'Karin Demo: bekræftelsen udløber 2027-11-02 (om 23 dage); kontaktpersonen bør genbekræfte (ret confirmed til dags dato)',
        'warning',
      ),
    ]);
  });

  it('confirmation-expiring: outside the warning window nothing is said', async () => {
    expect(await ruleProblems({}, '2027-08-15')).toEqual([]);
  });
});
