import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmMembers } from './confirm.ts';
import { copyFixture, type RegistryCopy } from './test-copy.ts';

const ROSTER = 'kommuner/101-koebenhavn.yaml';
const HOLBAEK = 'kommuner/316-holbaek.yaml';

let reg: RegistryCopy;
beforeEach(async () => {
  reg = await copyFixture();
});
afterEach(async () => {
  await reg.remove();
});

describe('confirm', () => {
  it("sets one member's date and keeps the comment on the same line", async () => {
    const result = await confirmMembers(reg.dir, {
      email: 'carla.proeve@kk.dk',
      by: 'bo.eksempel@kk.dk',
      today: '2026-11-28',
    });
    expect(result).toEqual({ written: 'registry/kommuner/101-koebenhavn.yaml', problems: [] });
    expect(await reg.read(ROSTER)).toBe(
      (await reg.original(ROSTER)).replace(
        'confirmed: "2026-09-15" # bekræftet på netværksmødet',
        'confirmed: "2026-11-28" # bekræftet på netværksmødet',
      ),
    );
  });

  it('confirms every member of a municipality', async () => {
    const result = await confirmMembers(reg.dir, { allIn: '316', by: 'frida.fiktiv@holb.dk', today: '2026-11-28' });
    expect(result.written).toBe('registry/kommuner/316-holbaek.yaml');
    expect(await reg.read(HOLBAEK)).toBe((await reg.original(HOLBAEK)).replaceAll('"2026-08-20"', '"2026-11-28"'));
  });

  it('refuses a confirmer who is not a contact person there, leaving the file byte-identical', async () => {
    const result = await confirmMembers(reg.dir, { allIn: '316', by: 'anne.demo@kk.dk', today: '2026-11-28' });
    expect(result.problems).toEqual([
      {
        file: 'registry/kommuner/316-holbaek.yaml',
        line: 3,
        column: 15,
        rule: 'confirm-by',
        severity: 'error',
        message:
          'anne.demo@kk.dk er hverken kontaktperson for 316 Holbæk eller administrator; kun de kan bekræfte kommunens medlemmer. Angiv en kontaktpersons e-mail med --by.',
      },
    ]);
    expect(await reg.read(HOLBAEK)).toBe(await reg.original(HOLBAEK));
  });

  it('refuses a date in the future (the rules judge the edit on the given day)', async () => {
    const result = await confirmMembers(reg.dir, {
      email: 'gustav.proeve@holbaek.dk',
      by: 'dorthe.demo@kl.dk',
      today: '2026-13-01',
    });
    expect(result.problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['registry/kommuner/316-holbaek.yaml', 19, 'date-real'],
    ]);
    expect(await reg.read(HOLBAEK)).toBe(await reg.original(HOLBAEK));
  });
});
