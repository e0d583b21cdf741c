import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeMember } from './remove-member.ts';
import { copyFixture, type RegistryCopy } from './test-copy.ts';

const ROSTER = 'kommuner/101-koebenhavn.yaml';
const CARLA = `  - name: Carla Prøve
    email: carla.proeve@kk.dk
    title: Databeskyttelsesrådgiver
    tier: bred
    added: "2025-06-02"
    confirmed: "2026-09-15" # bekræftet på netværksmødet
    approved_by: anne.demo@kk.dk
`;
const DAN = `  - name: Dan Test
    email: dan.test@kk.dk
    title: Systemejer
    tier: kerne
    github: Dan-Test
    added: "2025-06-02"
    confirmed: "2026-09-15"
    approved_by: anne.demo@kk.dk
`;
const TODAY = '2026-11-28';

let reg: RegistryCopy;
beforeEach(async () => {
  reg = await copyFixture();
});
afterEach(async () => {
  await reg.remove();
});

describe('remove-member', () => {
  it('removes the entry and keeps the section comment above it (matched case-insensitively)', async () => {
    const original = await reg.original(ROSTER);
    const result = await removeMember(reg.dir, 'Carla.Proeve@KK.dk', TODAY);
    expect(result).toEqual({ written: 'registry/kommuner/101-koebenhavn.yaml', problems: [] });
    expect(original).toContain(`  # Øvrige medlemmer\n${CARLA}`);
    expect(await reg.read(ROSTER)).toBe(original.replace(CARLA, ''));
  });

  it('removes the last entry of a roster', async () => {
    const result = await removeMember(reg.dir, 'dan.test@kk.dk', TODAY);
    expect(result.problems).toEqual([]);
    expect(await reg.read(ROSTER)).toBe((await reg.original(ROSTER)).replace(DAN, ''));
  });

  it('refuses removing a contact person whose approval another member still relies on', async () => {
    const result = await removeMember(reg.dir, 'frida.fiktiv@holb.dk', TODAY);
    expect(result.written).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.rule, p.severity])).toEqual([
      ['registry/kommuner/316-holbaek.yaml', 11, 'approved-by', 'error'],
    ]);
    expect(result.problems[0]?.message).toContain('frida.fiktiv@holb.dk');
    expect(await reg.read('kommuner/316-holbaek.yaml')).toBe(await reg.original('kommuner/316-holbaek.yaml'));
  });

  it('refuses an unknown e-mail with a located Danish message', async () => {
    const result = await removeMember(reg.dir, 'nobody.demo@kk.dk', TODAY);
    expect(result.problems).toEqual([
      {
        file: 'registry',
        line: 1,
        column: 1,
        rule: 'member-not-found',
        severity: 'error',
        message:
          'Der er intet medlem med e-mailen nobody.demo@kk.dk i registret; tjek stavningen (fx med `npm run registry -- report`).',
      },
    ]);
  });

  it('points an admin e-mail at admins.yaml instead of removing anything', async () => {
    const result = await removeMember(reg.dir, 'erik.eksempel@kl.dk', TODAY);
    expect(result.problems).toEqual([
      {
        file: 'registry/admins.yaml',
        line: 9,
        column: 5,
        rule: 'member-not-found',
        severity: 'error',
        message:
          'Erik Eksempel (erik.eksempel@kl.dk) er administrator, ikke medlem af en kommune; administratorer rettes i admins.yaml, og ændringen skal godkendes af en anden administrator.',
      },
    ]);
    expect(await reg.read('admins.yaml')).toBe(await reg.original('admins.yaml'));
  });
});
