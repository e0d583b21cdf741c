import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCheck, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const load = (registryDir = path.join(fixtures, 'experiences-registry')) =>
  loadContentContext({ dir: path.join(fixtures, 'experiences'), registryDir, today: '2026-11-28' });
const where = (p: { file: string; line: number; column: number; severity: string; message: string }) =>
  `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`;

describe('experience-contact', () => {
  it('reads the members from the rosters the content check already loads', async () => {
    const { registry } = await load();
    expect([...registry.members.byMunicipality.keys()]).toEqual(['101', '751']);
    expect(registry.members.byEmail.get('ole.fravalgt@kk.dk')).toEqual({
      email: 'ole.fravalgt@kk.dk',
      name: 'Ole Fravalgt',
      title: 'Sikkerhedsanalytiker',
      tier: 'kerne',
      contact: false,
      listed: false,
      municipality: '101',
    });
  });

  it('reports a contact who is not a member of the owner, a core-only contact of a shared experience, and one who opted out, at the contact', async () => {
    const problems = runCheck(contentCheck('experience-contact'), await load());
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['experience-contact']));
    expect(problems.map(where)).toEqual([
      'experiences/erfaringer/aarhus-forkert-kommune.mdx:8:10 error Kontakten anne.demo@kk.dk er medlem af København (101), ikke af Aarhus (751). Skriv owner: "101", hvis erfaringen kommer derfra, eller skriv e-mailen på et medlem af Aarhus (751).',
      'experiences/erfaringer/koebenhavn-fravalgt.mdx:8:10 warning Kontakten ole.fravalgt@kk.dk har fravalgt medlemslisten (vis_i_medlemsliste: false), så siden viser i stedet kontaktpersonerne for København (101). Vælg en kontakt, der står på medlemslisten, hvis læserne skal kunne spørge den, der har erfaringen.',
      'experiences/erfaringer/koebenhavn-gammel.mdx:8:10 error Kontakten ukendt.person@kk.dk er ikke medlem af København (101) i registret. Skriv e-mailen på et medlem fra kommunens liste i registry/kommuner/, eller bed kommunens kontaktperson om at optage personen først.',
      'experiences/erfaringer/koebenhavn-logvogter.mdx:8:10 error Erfaringen er for alle (audience: alle), men kontakten bo.eksempel@kk.dk er kun med i kernenetværket, så adressen må ikke vises for Databeskyttelse og Sikkerhed. Vælg en kontakt med tier: bred eller en kontaktperson i København (101), eller skriv audience: kerne.',
    ]);
  });

  it('accepts a contact person of a shared experience, and a broad member of one', async () => {
    const problems = runCheck(contentCheck('experience-contact'), await load());
    const files = problems.map((p) => p.file);
    // aarhus-logvogter names Aarhus' contact person, koebenhavn-persondata a broad member; both are shared.
    expect(files).not.toContain('experiences/erfaringer/aarhus-logvogter.mdx');
    expect(files).not.toContain('experiences/erfaringer/koebenhavn-persondata.mdx');
  });

  it('checks every experience, also under --changed-since, since a roster change can leave one without its contact', async () => {
    const ctx = { ...(await load()), selected: new Set<string>() };
    expect(runCheck(contentCheck('experience-contact'), ctx)).toHaveLength(4);
  });

  it('stays silent when kommuner.yaml cannot be read: registry-unreadable reports that once', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'content-experiences-'));
    try {
      const registry = path.join(tmp, 'registry');
      await cp(path.join(fixtures, 'experiences-registry', 'kommuner'), path.join(registry, 'kommuner'), {
        recursive: true,
      });
      const ctx = await load(registry);
      expect(ctx.registry.problems.map((p) => p.message)).toEqual([
        "Kommunelisten mangler. Den skal liste kommunernes koder og domæner og KL's domæner: ejerkoder og arbejdsadresser kontrolleres mod den.",
      ]);
      expect(runCheck(contentCheck('experience-contact'), ctx)).toEqual([]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
