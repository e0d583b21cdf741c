import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AddMemberInput, addMember } from './add-member.ts';
import { copyFixture, type RegistryCopy } from './test-copy.ts';

const ROSTER = 'kommuner/101-koebenhavn.yaml';
const HANS: AddMemberInput = {
  municipality: '101',
  name: 'Hans Demo',
  email: 'Hans.Demo@kk.dk',
  title: 'Sikkerhedskonsulent',
  tier: 'bred',
  approvedBy: 'anne.demo@kk.dk',
  today: '2026-11-28',
};

let reg: RegistryCopy;
beforeEach(async () => {
  reg = await copyFixture();
});
afterEach(async () => {
  await reg.remove();
});

describe('add-member', () => {
  it('appends the member and keeps every comment, the order and the schema line', async () => {
    const result = await addMember(reg.dir, { ...HANS, github: 'hans-demo', githubId: 1000109 });
    expect(result).toEqual({ written: 'registry/kommuner/101-koebenhavn.yaml', created: false, problems: [] });
    expect(await reg.read(ROSTER)).toBe(
      `${await reg.original(ROSTER)}  - name: Hans Demo
    email: hans.demo@kk.dk
    title: Sikkerhedskonsulent
    tier: bred
    github: hans-demo
    github_id: 1000109
    added: "2026-11-28"
    confirmed: "2026-11-28"
    approved_by: anne.demo@kk.dk
`,
    );
  });

  it('creates the roster file with its schema line when the municipality has none', async () => {
    const result = await addMember(reg.dir, {
      ...HANS,
      municipality: '147',
      name: 'Jens Fiktiv',
      email: 'jens.fiktiv@frederiksberg.dk',
      tier: 'kerne',
      contact: true,
      approvedBy: 'dorthe.demo@kl.dk',
    });
    expect(result).toEqual({ written: 'registry/kommuner/147-frederiksberg.yaml', created: true, problems: [] });
    expect(
      await reg.read('kommuner/147-frederiksberg.yaml'),
    ).toBe(`# yaml-language-server: $schema=../schema/roster.schema.json
# Frederiksberg Kommunes medlemmer af Sikkerhedsnet. Vejledning: registry/README.md
municipality: "147"
members:
  - name: Jens Fiktiv
    email: jens.fiktiv@frederiksberg.dk
    title: Sikkerhedskonsulent
    tier: kerne
    contact: true
    added: "2026-11-28"
    confirmed: "2026-11-28"
    approved_by: dorthe.demo@kl.dk
`);
  });

  it('refuses an e-mail outside the municipality and leaves the file byte-identical', async () => {
    const before = await reg.read(ROSTER);
    const result = await addMember(reg.dir, { ...HANS, email: 'hans.demo@gmail.com' });
    expect(result.written).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.rule, p.severity])).toEqual([
      ['registry/kommuner/101-koebenhavn.yaml', 43, 12, 'email-domain', 'error'],
    ]);
    expect(result.problems[0]?.message).toContain('hans.demo@gmail.com');
    expect(await reg.read(ROSTER)).toBe(before);
  });

  it('refuses an approver who is not a contact person of the municipality', async () => {
    const result = await addMember(reg.dir, { ...HANS, approvedBy: 'frida.fiktiv@holb.dk' });
    expect(result.problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['registry/kommuner/101-koebenhavn.yaml', 48, 'approved-by'],
    ]);
    expect(await reg.read(ROSTER)).toBe(await reg.original(ROSTER));
  });

  it('refuses a second record for an existing e-mail', async () => {
    const result = await addMember(reg.dir, { ...HANS, email: 'carla.proeve@kk.dk' });
    expect(result.problems.map((p) => p.rule)).toContain('unique-email');
    expect(await reg.read(ROSTER)).toBe(await reg.original(ROSTER));
  });

  it('does not create a roster file when the new member is refused', async () => {
    const result = await addMember(reg.dir, { ...HANS, municipality: '147', approvedBy: 'anne.demo@kk.dk' });
    expect(result.written).toBeUndefined();
    expect(result.problems.map((p) => p.rule)).toEqual(['email-domain', 'approved-by']);
    expect(existsSync(path.join(reg.dir, 'kommuner/147-frederiksberg.yaml'))).toBe(false);
  });

  it('refuses an unknown municipality code with a located Danish message', async () => {
    const result = await addMember(reg.dir, { ...HANS, municipality: '999' });
    expect(result.problems).toEqual([
      {
        file: 'registry/kommuner.yaml',
        line: 1,
        column: 1,
        rule: 'municipality-exists',
        severity: 'error',
        message: 'Kommunekoden "999" findes ikke i kommuner.yaml; brug en af de tre-cifrede koder derfra, fx "101".',
      },
    ]);
  });
});
