import { afterAll, describe, expect, it } from 'vitest';
import { compileAccessList, compileBlockers } from './compile.ts';
import { loadRegistry } from './load.ts';
import { editLine, fixtureText, removeTempRegistries, tempRegistry } from './testing/temp-registry.ts';

afterAll(removeTempRegistries);

const now = new Date('2026-11-28T10:00:00.000Z');

async function registryWith(changes: Record<string, string> = {}) {
  const { registry } = await loadRegistry(await tempRegistry(changes));
  if (!registry) throw new Error('fixture did not load');
  return registry;
}

describe('compileAccessList', () => {
  it('lists members and admins by lower-case e-mail, with tenant ids and contacts per domain', async () => {
    const list = compileAccessList(await registryWith(), now);
    expect(list.version).toBe(1);
    expect(list.generated).toBe('2026-11-28T10:00:00.000Z');
    expect(Object.keys(list.members)).toEqual([
      'anne.demo@kk.dk',
      'bo.eksempel@kk.dk',
      'dorthe.demo@kl.dk',
      'erik.eksempel@kl.dk',
      'karin.demo@aarhus.dk',
    ]);
    expect(list.members['anne.demo@kk.dk']).toEqual({
      name: 'Anne Demo',
      tier: 'kerne',
      municipality: '101',
      municipalityName: 'København',
      tenantIds: ['00000000-0000-4000-8000-000000000101'],
      contact: true,
      admin: false,
    });
    expect(list.members['bo.eksempel@kk.dk']?.tier).toBe('bred');
    expect(list.members['dorthe.demo@kl.dk']).toEqual({
      name: 'Dorthe Demo',
      tier: 'kerne',
      municipality: 'KL',
      municipalityName: 'KL',
      tenantIds: [],
      contact: false,
      admin: true,
    });
    expect(list.domains).toEqual({
      'aarhus.dk': {
        municipality: '751',
        municipalityName: 'Aarhus',
        contacts: [{ name: 'Karin Demo', email: 'karin.demo@aarhus.dk' }],
      },
      'frederiksberg.dk': { municipality: '147', municipalityName: 'Frederiksberg', contacts: [] },
      'kk.dk': {
        municipality: '101',
        municipalityName: 'København',
        contacts: [{ name: 'Anne Demo', email: 'anne.demo@kk.dk' }],
      },
      'kl.dk': {
        municipality: 'KL',
        municipalityName: 'KL',
        contacts: [
          { name: 'Dorthe Demo', email: 'dorthe.demo@kl.dk' },
          { name: 'Erik Eksempel', email: 'erik.eksempel@kl.dk' },
        ],
      },
    });
  });

  it("carries KL's secretariat address when kommuner.yaml gives one, and no key when it does not", async () => {
    expect('secretariat' in compileAccessList(await registryWith(), now)).toBe(false);
    const kommuner = await fixtureText('kommuner.yaml');
    const withEmail = await registryWith({
      'kommuner.yaml': kommuner.replace('  domains: [kl.dk]\n', '  domains: [kl.dk]\n  email: sikkerhedsnet@kl.dk\n'),
    });
    expect(compileAccessList(withEmail, now).secretariat).toBe('sikkerhedsnet@kl.dk');
  });

  it('is deterministic', async () => {
    const registry = await registryWith();
    expect(JSON.stringify(compileAccessList(registry, now))).toBe(JSON.stringify(compileAccessList(registry, now)));
  });
});

describe('compileBlockers', () => {
  it('lets an expired confirmation through (access ends by removal PR) but not a wrong domain', async () => {
    expect(compileBlockers(await registryWith(), '2028-01-01')).toEqual([]);
    const roster = await fixtureText('kommuner/101-koebenhavn.yaml');
    const wrong = await registryWith({
      'kommuner/101-koebenhavn.yaml': editLine(roster, 15, '    email: bo@gmail.com'),
    });
    expect(compileBlockers(wrong, '2026-11-28').map((p) => [p.rule, p.line])).toEqual([['email-domain', 15]]);
  });
});
