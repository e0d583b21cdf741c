import { afterAll, describe, expect, it } from 'vitest';
import { problem } from '../testing/problem.ts';
import { editLine, fixtureText, removeTempRegistries, ruleProblems } from '../testing/temp-registry.ts';

afterAll(removeTempRegistries);

const K = 'kommuner.yaml';
const R751 = 'kommuner/751-aarhus.yaml';
const kommuner = await fixtureText(K);
const aarhus = await fixtureText(R751);

describe('registry rules: files and municipalities', () => {
  it('the valid fixture passes every rule', async () => {
    expect(await ruleProblems()).toEqual([]);
  });

  it('kommuner-unique: a code, domain or tenant id used twice', async () => {
    const changed = editLine(editLine(kommuner, 14, '  - code: "101"'), 23, '    domains: [aarhus.dk, kk.dk]');
    const tenant = editLine(changed, 24, '    tenant_ids: ["00000000-0000-4000-8000-000000000101"]');
    expect(await ruleProblems({ [K]: tenant })).toEqual([
      problem('kommuner-unique', K, 14, 11, 'kommunekoden 101 står to gange (også ved 101 København); slet den ene'),
      problem(
        'kommuner-unique',
        K,
        23,
        14,
        'domænet kk.dk hos 751 Aarhus bruges også af 101 København; et domæne hører kun til én organisation',
      ),
      problem(
        'kommuner-unique',
        K,
        24,
        17,
        'tenant-id 00000000-0000-4000-8000-000000000101 hos 751 Aarhus bruges også af 101 København; et tenant-id hører kun til én organisation',
      ),
    ]);
  });

  it('kommuner-unique: a municipality may not use KL’s domain', async () => {
    expect(await ruleProblems({ [K]: editLine(kommuner, 18, '    domains: [frederiksberg.dk, kl.dk]') })).toEqual([
      problem(
        'kommuner-unique',
        K,
        18,
        14,
        'domænet kl.dk hos 147 Frederiksberg bruges også af KL; et domæne hører kun til én organisation',
      ),
    ]);
  });

  it('municipality-exists: a roster for a code that is not a municipality', async () => {
    const problems = await ruleProblems({
      [R751]: null,
      'kommuner/999-aarhus.yaml': editLine(aarhus, 2, 'municipality: "999"'),
    });
    expect(problems).toEqual([
      problem(
        'municipality-exists',
        'kommuner/999-aarhus.yaml',
        2,
        15,
        'kommunekoden "999" findes ikke i kommuner.yaml; ret koden til kommunens officielle tre cifre',
      ),
    ]);
  });

  it('roster-file-name: the file name must match the code and name', async () => {
    const problems = await ruleProblems({ [R751]: null, 'kommuner/751-århus.yaml': aarhus });
    expect(problems).toEqual([
      problem(
        'roster-file-name',
        'kommuner/751-århus.yaml',
        1,
        1,
        'filen hører til 751 Aarhus og skal hedde 751-aarhus.yaml; omdøb filen (eller ret "municipality")',
      ),
    ]);
  });

  it('roster-unique: two files for one municipality', async () => {
    const problems = await ruleProblems({
      'kommuner/751-aarhus-2.yaml': aarhus.replaceAll('karin.demo', 'karin.anden'),
    });
    expect(problems.filter((p) => p.rule === 'roster-unique')).toEqual([
      problem(
        'roster-unique',
        'kommuner/751-aarhus.yaml',
        2,
        15,
        'kommune 751 har allerede en fil (registry/kommuner/751-aarhus-2.yaml); flyt medlemmerne dertil og slet denne fil',
      ),
    ]);
  });

  it('roster-file-name is satisfied by ASCII transliteration of æ, ø and å', async () => {
    const changed = editLine(editLine(kommuner, 19, '  - code: "751"'), 20, '    name: Århus Ø');
    const problems = await ruleProblems({ [K]: changed, [R751]: null, 'kommuner/751-aarhus-oe.yaml': aarhus });
    expect(problems).toEqual([]);
  });
});
