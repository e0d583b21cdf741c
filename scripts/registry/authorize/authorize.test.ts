import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorizeChange } from './authorize.ts';
import { formatChanges, formatDecisions } from './format.ts';
import { createTestRepo, memberYaml, type TestRepo } from './test-repo.ts';

const ROSTER = 'kommuner/101-koebenhavn.yaml';
const HANS = memberYaml({
  name: 'Hans Demo',
  email: 'hans.demo@kk.dk',
  title: 'Sikkerhedskonsulent',
  tier: 'bred',
  added: '"2026-11-28"',
  confirmed: '"2026-11-28"',
  approved_by: 'anne.demo@kk.dk',
});
const COPENHAGEN_APPROVERS =
  'Kan godkendes af: Anne Demo (@anne-demo), Bo Eksempel (@bo-eksempel), Dorthe Demo (@kl-admin-demo), Erik Eksempel (@kl-moderator-demo)';
const ADMIN_APPROVERS = 'Kan godkendes af: Dorthe Demo (@kl-admin-demo), Erik Eksempel (@kl-moderator-demo)';

let repo: TestRepo;
beforeEach(async () => {
  repo = await createTestRepo();
});
afterEach(async () => {
  await repo.remove();
});

async function verdict(actor: string) {
  const outcome = await authorizeChange({ dir: repo.dir, base: 'main', actor });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { ...outcome, text: formatDecisions(outcome.decisions, actor) };
}

async function addHans() {
  await repo.write(ROSTER, (await repo.read(ROSTER)) + HANS);
}

describe('authorize', () => {
  it('lets a contact person add and remove members of their own municipality', async () => {
    await addHans();
    await repo.edit(ROSTER, 'Systemejer\n', 'Systemejer, drift\n');
    await repo.edit(
      ROSTER,
      '  - name: Carla Prøve\n    email: carla.proeve@kk.dk\n    title: Databeskyttelsesrådgiver\n    tier: bred\n    added: "2025-06-02"\n    confirmed: "2026-09-15" # bekræftet på netværksmødet\n    approved_by: anne.demo@kk.dk\n',
      '',
    );
    const result = await verdict('anne-demo');
    expect(formatChanges(result.changes, 'main')).toBe(
      [
        'Ændringer i registret i forhold til main:',
        '+ 1 medlem, − 1 medlem, ~ 1 medlem ændret i 101 København',
        '    − Carla Prøve <carla.proeve@kk.dk> (bred) i 101 København',
        '    ~ Dan Test <dan.test@kk.dk> i 101 København: title Systemejer → Systemejer, drift',
        '    + Hans Demo <hans.demo@kk.dk> (bred) i 101 København',
      ].join('\n'),
    );
    expect(result.text).toBe('Godkendt: @anne-demo må foretage alle ændringerne.');
    expect(result.allowed).toBe(true);
  });

  it('matches the GitHub login case-insensitively', async () => {
    await addHans();
    expect((await verdict('ANNE-DEMO')).allowed).toBe(true);
  });

  it('lets an admin add a contact person and change kommuner.yaml', async () => {
    await repo.edit('kommuner/316-holbaek.yaml', '    tier: bred\n', '    tier: kerne\n    contact: true\n');
    await repo.edit('kommuner.yaml', '# Testregister med tre kommuner.', '# Testregister.');
    const result = await verdict('kl-admin-demo');
    expect(formatChanges(result.changes, 'main')).toBe(
      [
        'Ændringer i registret i forhold til main:',
        '~ 1 medlem ændret i 316 Holbæk',
        '    ~ Gustav Prøve <gustav.proeve@holbaek.dk> i 316 Holbæk: contact false → true, tier bred → kerne',
        '1 ændring i fælles filer',
        '    ~ registry/kommuner.yaml ændret',
      ].join('\n'),
    );
    expect(result.text).toBe('Godkendt: @kl-admin-demo må foretage alle ændringerne.');
  });

  it('refuses a stranger and names who could approve', async () => {
    await addHans();
    const result = await verdict('stranger-demo');
    expect(result.allowed).toBe(false);
    expect(result.text).toBe(
      [
        'Afvist: @stranger-demo må ikke foretage 1 af 1 ændring:',
        '  ✗ + Hans Demo <hans.demo@kk.dk> (bred) i 101 København',
        '      kræver en kontaktperson for 101 København eller en administrator.',
        `      ${COPENHAGEN_APPROVERS}`,
      ].join('\n'),
    );
  });

  it("refuses a contact person of another municipality and a contact person's change to policy.yaml", async () => {
    await addHans();
    await repo.edit('policy.yaml', 'warning_days: 30', 'warning_days: 60');
    const result = await verdict('frida-fiktiv');
    expect(result.text).toBe(
      [
        'Afvist: @frida-fiktiv må ikke foretage 2 af 2 ændringer:',
        '  ✗ + Hans Demo <hans.demo@kk.dk> (bred) i 101 København',
        '      kræver en kontaktperson for 101 København eller en administrator.',
        `      ${COPENHAGEN_APPROVERS}`,
        '  ✗ ~ registry/policy.yaml ændret',
        '      kræver en administrator.',
        `      ${ADMIN_APPROVERS}`,
      ].join('\n'),
    );
  });

  it('refuses self-approval: a contact person changing their own record needs another contact person or an admin', async () => {
    await repo.edit(ROSTER, 'title: Informationssikkerhedskoordinator', 'title: Sikkerhedschef');
    const result = await verdict('anne-demo');
    expect(result.text).toBe(
      [
        'Afvist: @anne-demo må ikke foretage 1 af 1 ændring:',
        '  ✗ ~ Anne Demo <anne.demo@kk.dk> i 101 København: title Informationssikkerhedskoordinator → Sikkerhedschef',
        '      kræver en anden kontaktperson for 101 København eller en administrator (det er @anne-demos egen post; ingen godkender sin egen post alene).',
        '      Kan godkendes af: Bo Eksempel (@bo-eksempel), Dorthe Demo (@kl-admin-demo), Erik Eksempel (@kl-moderator-demo)',
      ].join('\n'),
    );
    expect((await verdict('bo-eksempel')).allowed).toBe(true);
  });

  it('refuses a member changing their own record (login matched case-insensitively)', async () => {
    await repo.edit(ROSTER, 'Systemejer\n', 'Systemejer, drift\n');
    const result = await verdict('dan-test');
    expect(result.decisions.map((d) => [d.ownRecord, d.allowed])).toEqual([[true, false]]);
  });

  it("refuses an admin's change to their own record and names only the other admin", async () => {
    await repo.edit('admins.yaml', 'title: Netværkskoordinator, KL', 'title: Chef, KL');
    const result = await verdict('kl-admin-demo');
    expect(result.text).toBe(
      [
        'Afvist: @kl-admin-demo må ikke foretage 1 af 1 ændring:',
        '  ✗ ~ administrator Dorthe Demo <dorthe.demo@kl.dk>: title Netværkskoordinator, KL → Chef, KL',
        '      kræver en anden administrator (det er @kl-admin-demos egen post; ingen godkender sin egen post alene).',
        '      Kan godkendes af: Erik Eksempel (@kl-moderator-demo)',
      ].join('\n'),
    );
    expect((await verdict('kl-moderator-demo')).allowed).toBe(true);
  });

  it('refuses a contact person who promotes a member to contact person', async () => {
    await repo.edit(ROSTER, '    github: Dan-Test\n', '    contact: true\n    github: Dan-Test\n');
    const result = await verdict('anne-demo');
    expect(result.text).toBe(
      [
        'Afvist: @anne-demo må ikke foretage 1 af 1 ændring:',
        '  ✗ ~ Dan Test <dan.test@kk.dk> i 101 København: contact false → true',
        '      kræver en administrator.',
        `      ${ADMIN_APPROVERS}`,
      ].join('\n'),
    );
  });

  it('judges rights on the base: a pull request cannot make its author a contact person and use it', async () => {
    await repo.write(
      ROSTER,
      (await repo.read(ROSTER)) +
        memberYaml({
          name: 'Ida Ukendt',
          email: 'ida.ukendt@kk.dk',
          title: 'Konsulent',
          tier: 'kerne',
          contact: true,
          github: 'ida-ukendt',
          added: '"2026-11-28"',
          confirmed: '"2026-11-28"',
          approved_by: 'ida.ukendt@kk.dk',
        }) +
        HANS,
    );
    const result = await verdict('ida-ukendt');
    expect(result.decisions.map((d) => [d.requirement, d.ownRecord, d.allowed])).toEqual([
      ['admin', true, false],
      ['kontaktperson-eller-admin', false, false],
    ]);
  });

  it('treats a comment-only roster edit as a change the contact persons may make', async () => {
    await repo.edit(ROSTER, '  # Øvrige medlemmer\n', '  # Øvrige medlemmer (opdateret)\n');
    const result = await verdict('bo-eksempel');
    expect(formatChanges(result.changes, 'main')).toBe(
      [
        'Ændringer i registret i forhold til main:',
        '~ filen redigeret i 101 København',
        '    ~ registry/kommuner/101-koebenhavn.yaml redigeret uden ændring af medlemmer (101 København)',
      ].join('\n'),
    );
    expect(result.allowed).toBe(true);
    expect((await verdict('frida-fiktiv')).allowed).toBe(false);
  });

  it('reports no changes for an untouched working tree', async () => {
    const result = await verdict('stranger-demo');
    expect(formatChanges(result.changes, 'main')).toBe('Ingen ændringer i registret i forhold til main.');
    expect(result.allowed).toBe(true);
  });

  it('reads the base from git objects: it needs no temp directory', async () => {
    await addHans();
    // Any temp folder (the old way: check the base out into one) would fail with ENOENT here.
    const parent = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-no-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(parent, 'findes-ikke');
    try {
      expect((await verdict('anne-demo')).allowed).toBe(true);
    } finally {
      process.env.TMPDIR = saved;
      if (saved === undefined) delete process.env.TMPDIR;
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('refuses to judge when the base does not load, naming its first error as the working tree would', async () => {
    const policy = await repo.read('policy.yaml');
    await repo.write('policy.yaml', 'reconfirm_months: [\n');
    repo.commit('broken policy');
    await repo.write('policy.yaml', policy);
    const outcome = await authorizeChange({ dir: repo.dir, base: 'main', actor: 'kl-admin-demo' });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          file: 'registry',
          line: 1,
          column: 1,
          rule: 'authorize',
          severity: 'error',
          message: expect.stringMatching(
            /^Registret i main kan ikke indlæses, så rettighederne kan ikke afgøres\. Første fejl: registry\/policy\.yaml:\d+: /,
          ),
        },
      ],
    });
  });

  it('fails with a Danish message for an unknown ref', async () => {
    await expect(authorizeChange({ dir: repo.dir, base: 'no-such-branch', actor: 'anne-demo' })).rejects.toThrow(
      'Git kender ikke referencen «no-such-branch». Hent den først (fx `git fetch origin main`).',
    );
  });
});
