import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contactsToShow,
  isRosterPath,
  memberIndex,
  memberMayBeNamed,
  memberShownInTier,
  parseRosterMembers,
  readMemberIndex,
} from './registry-members.ts';

const ROSTER = `# yaml-language-server: $schema=../schema/roster.schema.json
municipality: "101"
members:
  - name: Anne Demo
    email: Anne.Demo@kk.dk
    title: Informationssikkerhedskoordinator
    tier: kerne
    contact: true
  - name: Bo Eksempel
    email: bo.eksempel@kk.dk
    title: IT-sikkerhedsarkitekt
    tier: kerne
  - name: Ole Fravalgt
    email: ole.fravalgt@kk.dk
    tier: bred
    vis_i_medlemsliste: false
  - name: Uden adresse
    tier: bred
  - just text
`;

describe('parseRosterMembers', () => {
  it('reads name, lower-case e-mail, title, tier, contact and the list choice; skips entries without an address', () => {
    expect(parseRosterMembers(ROSTER)).toEqual([
      {
        email: 'anne.demo@kk.dk',
        name: 'Anne Demo',
        title: 'Informationssikkerhedskoordinator',
        tier: 'kerne',
        contact: true,
        listed: true,
        municipality: '101',
      },
      {
        email: 'bo.eksempel@kk.dk',
        name: 'Bo Eksempel',
        title: 'IT-sikkerhedsarkitekt',
        tier: 'kerne',
        contact: false,
        listed: true,
        municipality: '101',
      },
      {
        email: 'ole.fravalgt@kk.dk',
        name: 'Ole Fravalgt',
        title: '',
        tier: 'bred',
        contact: false,
        listed: false,
        municipality: '101',
      },
    ]);
  });

  it('is lenient: broken YAML, a roster without a code and an unknown tier cost only what cannot be read', () => {
    expect(parseRosterMembers('members: [\n')).toEqual([]);
    expect(parseRosterMembers('members:\n  - email: a@kk.dk\n')).toEqual([]);
    expect(parseRosterMembers('municipality: 101\nmembers:\n  - email: a@kk.dk\n    tier: intern\n')).toEqual([
      { email: 'a@kk.dk', name: '', title: '', tier: undefined, contact: false, listed: true, municipality: '101' },
    ]);
  });
});

describe('memberIndex and readMemberIndex', () => {
  it('index members by municipality and by e-mail; the first roster naming an address wins', () => {
    const index = memberIndex([ROSTER, 'municipality: "751"\nmembers:\n  - email: anne.demo@kk.dk\n']);
    expect([...(index.byMunicipality.get('101')?.keys() ?? [])]).toEqual([
      'anne.demo@kk.dk',
      'bo.eksempel@kk.dk',
      'ole.fravalgt@kk.dk',
    ]);
    expect(index.byMunicipality.get('751')?.has('anne.demo@kk.dk')).toBe(true);
    expect(index.byEmail.get('anne.demo@kk.dk')?.municipality).toBe('101');
  });

  it('read every roster under kommuner/, and nothing when the folder is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'members-'));
    try {
      expect(readMemberIndex(dir).byEmail.size).toBe(0);
      await mkdir(join(dir, 'kommuner'));
      await writeFile(join(dir, 'kommuner', '101-koebenhavn.yaml'), ROSTER);
      await writeFile(join(dir, 'kommuner', 'README.md'), 'municipality: "999"');
      expect([...readMemberIndex(dir).byEmail.keys()]).toEqual([
        'anne.demo@kk.dk',
        'bo.eksempel@kk.dk',
        'ole.fravalgt@kk.dk',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('know a roster path from the other registry files', () => {
    expect(isRosterPath('registry/kommuner/101-koebenhavn.yaml')).toBe(true);
    expect(isRosterPath('kommuner\\751-aarhus.yml')).toBe(true);
    expect(isRosterPath('registry/kommuner.yaml')).toBe(false);
    expect(isRosterPath('registry/kommuner/gammel/101.yaml')).toBe(false);
  });
});

describe('who a page may name', () => {
  const [anne, bo, ole] = parseRosterMembers(ROSTER);
  it('shows everyone in the core tier, and only broad members and contact persons in the broad tier', () => {
    if (!anne || !bo || !ole) throw new Error('roster not read');
    expect([anne, bo, ole].map((m) => memberShownInTier(m, 'kerne'))).toEqual([true, true, true]);
    expect([anne, bo, ole].map((m) => memberShownInTier(m, 'bred'))).toEqual([true, false, true]);
  });

  it('never names a member who opted out of the list, unless they are a contact person', () => {
    if (!anne || !bo || !ole) throw new Error('roster not read');
    expect([anne, bo, ole].map(memberMayBeNamed)).toEqual([true, true, false]);
    expect(memberMayBeNamed({ ...anne, listed: false })).toBe(true);
  });
});

describe('contactsToShow', () => {
  const index = memberIndex([ROSTER]);
  const anne = { email: 'anne.demo@kk.dk', name: 'Anne Demo', title: 'Informationssikkerhedskoordinator' };

  it('names the contact when the tier may show them', () => {
    expect(contactsToShow(index, '101', 'bo.eksempel@kk.dk', 'kerne')).toEqual({
      contacts: [{ email: 'bo.eksempel@kk.dk', name: 'Bo Eksempel', title: 'IT-sikkerhedsarkitekt' }],
      named: true,
    });
    expect(contactsToShow(index, '101', 'anne.demo@kk.dk', 'bred')).toEqual({ contacts: [anne], named: true });
  });

  it('names the municipality’s contact persons instead of a core-only member in the broad tier', () => {
    expect(contactsToShow(index, '101', 'bo.eksempel@kk.dk', 'bred')).toEqual({ contacts: [anne], named: false });
  });

  it('names the contact persons instead of a member who opted out, in both tiers', () => {
    for (const tier of ['kerne', 'bred'] as const) {
      expect(contactsToShow(index, '101', 'ole.fravalgt@kk.dk', tier)).toEqual({ contacts: [anne], named: false });
    }
  });

  it('shows an address the registry does not know in the core tier only', () => {
    expect(contactsToShow(index, '101', 'ukendt@kk.dk', 'kerne')).toEqual({
      contacts: [{ email: 'ukendt@kk.dk', name: '', title: '' }],
      named: true,
    });
    expect(contactsToShow(index, '101', 'ukendt@kk.dk', 'bred')).toEqual({ contacts: [anne], named: false });
    expect(contactsToShow(index, '999', 'ukendt@kk.dk', 'bred')).toEqual({ contacts: [], named: false });
  });
});
