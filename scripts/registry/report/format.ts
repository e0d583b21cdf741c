import { toCsv } from '#model/csv.ts';
import type { CoverageReport } from './coverage.ts';

const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** The coverage report as Markdown with Danish headings (for KL's moderators and PR comments). */
export function coverageMarkdown(report: CoverageReport): string {
  const t = report.totals;
  const parts = [
    `# Dækning af Sikkerhedsnet pr. ${report.today}`,
    '## Totaler',
    table(
      ['Opgørelse', 'Antal'],
      [
        ['Kommuner i alt', t.municipalities],
        ['Kommuner med medlemmer', t.withMembers],
        ['Kommuner uden medlemmer', t.withoutMembers],
        ['Kommuner uden kontaktperson', t.withoutContact],
        ['Medlemmer i alt', t.members],
        ['Medlemmer i kernen', t.kerne],
        ['Medlemmer i den brede gruppe', t.bred],
        ['Kontaktpersoner', t.contacts],
        ['Administratorer (KL)', t.admins],
        ['Bekræftelser udløbet', t.expired],
        ['Bekræftelser, der snart udløber', t.expiring],
      ],
    ),
    '## Bekræftelser, der er udløbet eller snart udløber',
    report.due.length === 0
      ? 'Ingen.'
      : table(
          ['Kommune', 'Navn', 'E-mail', 'Bekræftet', 'Udløber', 'Status'],
          report.due.map((d) => [
            `${d.code} ${d.municipality}`,
            d.name,
            d.email,
            d.confirmed,
            d.expires,
            d.state === 'expired' ? 'udløbet' : `om ${d.daysLeft} dage`,
          ]),
        ),
    `## Kommuner uden medlemmer (${report.nobody.length})`,
    report.nobody.length === 0 ? 'Ingen.' : report.nobody.map((n) => `${n.code} ${n.name}`).join(', '),
    '## Alle kommuner',
    table(
      ['Kode', 'Kommune', 'Region', 'Kontaktpersoner', 'Kerne', 'Bred', 'Udløbet', 'Udløber snart'],
      report.municipalities.map((r) => [r.code, r.name, r.region, r.contacts, r.kerne, r.bred, r.expired, r.expiring]),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** One CSV row per municipality for Danish Excel (see csv.ts); ASCII headers so spreadsheets and scripts agree. */
export function coverageCsv(report: CoverageReport, separator: ';' | ',' = ';'): string {
  return toCsv(
    ['kode', 'kommune', 'region', 'kontaktpersoner', 'kerne', 'bred', 'udloebet', 'udloeber_snart'],
    report.municipalities.map((r) => [r.code, r.name, r.region, r.contacts, r.kerne, r.bred, r.expired, r.expiring]),
    separator,
  );
}
