import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../load.ts';
import { removeTempRegistries, tempRegistry } from '../testing/temp-registry.ts';
import { contactList, contactsCsv } from './contacts.ts';
import { coverageReport } from './coverage.ts';
import { coverageCsv, coverageMarkdown } from './format.ts';

afterAll(removeTempRegistries);

const { registry } = await loadRegistry(await tempRegistry());
if (!registry) throw new Error('fixture did not load');

describe('coverageReport', () => {
  it('counts members, tiers and contacts per municipality and in total', () => {
    const report = coverageReport(registry, '2026-11-28');
    expect(report.totals).toEqual({
      municipalities: 3,
      withMembers: 2,
      withoutMembers: 1,
      withoutContact: 1,
      members: 3,
      kerne: 2,
      bred: 1,
      contacts: 2,
      admins: 2,
      expired: 0,
      expiring: 0,
    });
    expect(report.nobody).toEqual([{ code: '147', name: 'Frederiksberg' }]);
    expect(report.municipalities[0]).toEqual({
      code: '101',
      name: 'København',
      region: 'Region Hovedstaden',
      contacts: 1,
      kerne: 1,
      bred: 1,
      expired: 0,
      expiring: 0,
    });
  });

  it('lists expired confirmations before expiring ones', () => {
    const report = coverageReport(registry, '2027-10-10');
    expect(report.due.map((d) => [d.email, d.state, d.expires, d.daysLeft])).toEqual([
      ['anne.demo@kk.dk', 'expired', '2027-09-15', -25],
      ['bo.eksempel@kk.dk', 'expired', '2027-09-15', -25],
      ['karin.demo@aarhus.dk', 'expiring', '2027-11-02', 23],
    ]);
    expect(report.totals.expired).toBe(2);
    expect(report.totals.expiring).toBe(1);
  });

  it('formats Markdown with Danish headings and CSV per municipality', () => {
    const report = coverageReport(registry, '2027-10-10');
    const md = coverageMarkdown(report);
    expect(md.startsWith('# Dækning af Sikkerhedsnet pr. 2027-10-10\n\n## Totaler\n')).toBe(true);
    expect(md).toContain('| Kommuner uden kontaktperson | 1 |');
    expect(md).toContain('| 751 Aarhus | Karin Demo | karin.demo@aarhus.dk | 2026-11-02 | 2027-11-02 | om 23 dage |');
    expect(md).toContain('## Kommuner uden medlemmer (1)\n\n147 Frederiksberg\n');
    // Danish Excel: UTF-8 byte-order mark, `;` between fields.
    expect(Buffer.from(coverageCsv(report))).toEqual(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          [
            'kode;kommune;region;kontaktpersoner;kerne;bred;udloebet;udloeber_snart',
            '101;København;Region Hovedstaden;1;1;1;2;0',
            '147;Frederiksberg;Region Hovedstaden;0;0;0;0;0',
            '751;Aarhus;Region Midtjylland;1;1;0;0;1',
            '',
          ].join('\n'),
        ),
      ]),
    );
    expect(coverageCsv(report, ',').split('\n').slice(0, 2)).toEqual([
      '\uFEFFkode,kommune,region,kontaktpersoner,kerne,bred,udloebet,udloeber_snart',
      '101,København,Region Hovedstaden,1,1,1,2,0',
    ]);
  });
});

describe('contactList', () => {
  it('lists contact persons as CSV for meeting invitations', () => {
    expect(contactsCsv(contactList(registry))).toBe(
      [
        '\uFEFFkode;kommune;region;navn;email;stilling',
        '101;København;Region Hovedstaden;Anne Demo;anne.demo@kk.dk;Informationssikkerhedskoordinator',
        '751;Aarhus;Region Midtjylland;Karin Demo;karin.demo@aarhus.dk;Informationssikkerhedskoordinator',
        '',
      ].join('\n'),
    );
    expect(contactsCsv(contactList(registry), ',')).toBe(
      [
        '\uFEFFkode,kommune,region,navn,email,stilling',
        '101,København,Region Hovedstaden,Anne Demo,anne.demo@kk.dk,Informationssikkerhedskoordinator',
        '751,Aarhus,Region Midtjylland,Karin Demo,karin.demo@aarhus.dk,Informationssikkerhedskoordinator',
        '',
      ].join('\n'),
    );
  });
});
