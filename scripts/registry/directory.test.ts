/**
 * The member directory per tier: who each tier's pages may name, with what, and the counts per municipality. The
 * fixture registry gets a core-only member, a member and a contact person who opted out of the list, and topics.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { memberDirectorySchema } from '#model/registry/directory.ts';
import { memberDirectory } from './directory.ts';
import { editLine, fixtureText, loadOrThrow, removeTempRegistries, tempRegistry } from './testing/temp-registry.ts';

afterAll(removeTempRegistries);

const R101 = 'kommuner/101-koebenhavn.yaml';
const R751 = 'kommuner/751-aarhus.yaml';
const [koebenhavn, aarhus] = (await Promise.all([R101, R751].map((f) => fixtureText(f)))) as [string, string];

const extra101 = `
  - name: Maren Hemmelig
    email: maren.hemmelig@kk.dk
    title: SOC-analytiker
    emner: [logning, beredskab]
    tier: kerne
    added: "2025-04-10"
    confirmed: "2026-09-15"
    approved_by: anne.demo@kk.dk
  - name: Ole Fravalgt
    email: ole.fravalgt@kk.dk
    title: Sikkerhedsanalytiker
    emner: [logning]
    vis_i_medlemsliste: false
    tier: bred
    added: "2025-04-10"
    confirmed: "2026-09-15"
    approved_by: anne.demo@kk.dk
`;

const registry = await loadOrThrow(
  await tempRegistry({
    // Anne Demo works with risk and NIS2; Bo Eksempel (bred) with logging.
    [R101]: `${editLine(editLine(koebenhavn, 16, '    title: IT-sikkerhedsarkitekt\n    emner: [logning]'), 6, '    title: Informationssikkerhedskoordinator\n    emner: [risiko, nis2]')}${extra101}`,
    // Karin Demo, Aarhus' contact person, opted out: shown only as contact person, without her topics.
    [R751]: editLine(
      aarhus,
      6,
      '    title: Informationssikkerhedskoordinator\n    emner: [mfa]\n    vis_i_medlemsliste: false',
    ),
  }),
);

const anne = {
  name: 'Anne Demo',
  title: 'Informationssikkerhedskoordinator',
  email: 'anne.demo@kk.dk',
  organisation: '101',
  contact: true,
  listed: true,
  topics: ['risiko', 'nis2'],
};
const bo = {
  name: 'Bo Eksempel',
  title: 'IT-sikkerhedsarkitekt',
  email: 'bo.eksempel@kk.dk',
  organisation: '101',
  contact: false,
  listed: true,
  topics: ['logning'],
};
const dorthe = {
  name: 'Dorthe Demo',
  title: 'Netværkskoordinator',
  email: 'dorthe.demo@kl.dk',
  organisation: 'KL',
  contact: true,
  listed: true,
  topics: [],
};
const erik = { ...dorthe, name: 'Erik Eksempel', title: 'Chefkonsulent', email: 'erik.eksempel@kl.dk' };
const karin = {
  name: 'Karin Demo',
  title: 'Informationssikkerhedskoordinator',
  email: 'karin.demo@aarhus.dk',
  organisation: '751',
  contact: true,
  listed: false,
  topics: [],
};
const maren = {
  name: 'Maren Hemmelig',
  title: 'SOC-analytiker',
  email: 'maren.hemmelig@kk.dk',
  organisation: '101',
  contact: false,
  listed: true,
  topics: ['logning', 'beredskab'],
};

const organisations = (counts: Record<string, [number, number]>) => [
  {
    code: '101',
    name: 'København',
    fullName: 'Københavns Kommune',
    region: 'Region Hovedstaden',
    members: counts['101']?.[0],
    contacts: counts['101']?.[1],
  },
  {
    code: '147',
    name: 'Frederiksberg',
    fullName: 'Frederiksberg Kommune',
    region: 'Region Hovedstaden',
    members: 0,
    contacts: 0,
  },
  {
    code: '751',
    name: 'Aarhus',
    fullName: 'Aarhus Kommune',
    region: 'Region Midtjylland',
    members: 0,
    contacts: 1,
  },
  { code: 'KL', name: 'KL', fullName: 'KL – Kommunernes Landsforening', region: null, members: 2, contacts: 2 },
];

describe('memberDirectory', () => {
  it('core tier: every listed member, contact persons who opted out only as contact, KL’s moderators', () => {
    expect(memberDirectory(registry, 'kerne')).toEqual({
      tier: 'kerne',
      organisations: organisations({ '101': [3, 1] }),
      people: [anne, bo, dorthe, erik, karin, maren],
    });
  });

  it('broad tier: broad members and contact persons only; a core-only member is not even counted', () => {
    const bred = memberDirectory(registry, 'bred');
    expect(bred).toEqual({
      tier: 'bred',
      organisations: organisations({ '101': [2, 1] }),
      people: [anne, bo, dorthe, erik, karin],
    });
    expect(JSON.stringify(bred)).not.toMatch(/Maren|maren\.hemmelig|SOC-analytiker/);
  });

  it('never names a member who opted out of the list and is not a contact person, in either tier', () => {
    for (const tier of ['kerne', 'bred'] as const) {
      expect(JSON.stringify(memberDirectory(registry, tier))).not.toMatch(/Ole Fravalgt|ole\.fravalgt/);
    }
  });

  it('is the shape the site reads back (the model’s schema), as plain JSON', () => {
    for (const tier of ['kerne', 'bred'] as const) {
      const json = JSON.parse(JSON.stringify(memberDirectory(registry, tier)));
      expect(memberDirectorySchema.parse(json)).toEqual(json);
    }
  });
});
