/**
 * The activity report (report.ts) as Danish Markdown (the monthly issue), as CSV with one row per municipality for
 * Danish Excel (the one writer, #model/csv.ts), or as JSON. No person is named: members are counted per municipality.
 */
import { ACTIVITY_RETENTION_MONTHS } from '#model/activity.ts';
import { toCsv } from '#model/csv.ts';
import { formatDate } from '#model/dates.ts';
import type { ActivityReport, TemplateReads } from './report.ts';

export type ReportFormat = 'md' | 'csv' | 'json';

/** Rows of the long lists in Markdown; CSV and JSON have them all. */
export const TOP_TEMPLATES = 20;
export const TOP_QUERIES = 30;

export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "12 (40 %)"; just the number without a whole. */
const share = (part: number, whole: number) =>
  whole === 0 ? String(part) : `${part} (${Math.round((part / whole) * 100)} %)`;
const percentText = (value: number | null) => (value === null ? '–' : `${value} %`);

/**
 * A member's query as inert Markdown: in a code span (no formatting, no @-mention, no link), with backticks
 * replaced and pipes escaped so it stays in its table cell.
 */
export const codeCell = (text: string) => `\`${text.replaceAll('`', "'").replaceAll('|', '\\|')}\``;

/** Views against the previous period: "+40 %", "−20 %", "±0 %", or "ny" without views before. */
export function trend(t: Pick<TemplateReads, 'views' | 'previousViews'>): string {
  if (t.previousViews === 0) return 'ny';
  const change = Math.round(((t.views - t.previousViews) / t.previousViews) * 100);
  return change === 0 ? '±0 %' : change > 0 ? `+${change} %` : `−${-change} %`;
}

const periodText = (p: { from: string; to: string }) => `${formatDate(p.from)} – ${formatDate(p.to)}`;

export function reportMarkdown(report: ActivityReport): string {
  const { totals, quality } = report;
  const municipalities = report.municipalities.filter((m) => m.code !== 'KL').length;
  const parts = [
    `# Aktivitet i netværket, ${periodText(report.period)}`,
    `Opgjort ${formatDate(report.today)} ud fra portens aktivitetslog og medlemsregistret. Rapporten nævner ingen personer: medlemmer tælles kun pr. kommune.`,
    '## Overblik',
    table(
      ['', 'Antal'],
      [
        ['Medlemmer i registret', totals.members],
        ['Aktive de seneste 30 dage', share(totals.active30, totals.members)],
        ['Aktive de seneste 90 dage', share(totals.active90, totals.members)],
        ['Kommuner uden aktive medlemmer (90 dage)', `${report.withoutActive.length} af ${municipalities}`],
      ],
    ),
    `## Kommuner uden aktive medlemmer de seneste 90 dage (${report.withoutActive.length})`,
    report.withoutActive.length === 0
      ? 'Ingen: alle kommuner har mindst ét medlem, der har været på siden de seneste 90 dage.'
      : table(
          ['Kommune', 'Medlemmer'],
          report.withoutActive.map((m) => [`${m.code} ${m.name}`, m.members]),
        ),
    '## Aktivitet pr. kommune',
    table(
      ['Kommune', 'Medlemmer', 'Aktive 30 dage', 'Aktive 90 dage', 'Andel aktive (90 dage)'],
      report.municipalities.map((m) => [
        m.code === 'KL' ? `${m.name} (administratorer)` : `${m.code} ${m.name}`,
        m.members,
        m.active30,
        m.active90,
        percentText(m.share90),
      ]),
    ),
    `## Mest læste skabeloner (${Math.min(report.templates.length, TOP_TEMPLATES)} af ${report.templates.length})`,
    report.templates.length === 0
      ? 'Ingen skabeloner blev læst i perioden.'
      : table(
          ['Skabelon', 'Læsere', 'Visninger', `Visninger ${periodText(report.previous)}`, 'Udvikling'],
          report.templates
            .slice(0, TOP_TEMPLATES)
            .map((t) => [`/skabeloner/${t.slug}/`, t.readers, t.views, t.previousViews, trend(t)]),
        ),
    `## Det, medlemmerne søger efter uden at finde (${Math.min(report.queries.length, TOP_QUERIES)} af ${report.queries.length})`,
    report.queries.length === 0
      ? 'Ingen søgninger uden eller med få resultater i perioden.'
      : `Søgninger med ingen eller få resultater, de hyppigste først: forslag til, hvad KL kan skrive om.\n\n${table(
          ['Søgning', 'Antal', 'Heraf uden resultater', 'Kommuner', 'Senest'],
          report.queries
            .slice(0, TOP_QUERIES)
            .map((q) => [codeCell(q.query), q.count, q.zeroResults, q.municipalities, formatDate(q.lastSeen)]),
        )}`,
    '## Datagrundlag',
    [
      `- ${quality.files.pages} logfiler med sidevisninger og ${quality.files.queries} med søgninger er læst (perioden, perioden før og de seneste 90 dage).`,
      `- Beskadigede linjer sprunget over: ${quality.damaged.pages} sidevisninger og ${quality.damaged.queries} søgninger.`,
      `- Sidevisninger de seneste 90 dage fra personer, der ikke længere står i registret: ${quality.unknownMembers}; uden kvartalsnøgle: ${quality.withoutKey}.`,
      ...(quality.badKeys.length > 0
        ? [`- Ugyldige nøglefiler (ikke 64 hextegn): ${quality.badKeys.join(', ')}.`]
        : []),
    ].join('\n'),
    '## Sådan er tallene opgjort',
    [
      '- **Medlemmer** er medlemmerne i kommunens liste i medlemsregistret i dag; for KL administratorerne.',
      '- **Aktiv** er et medlem, der har åbnet mindst én side på Sikkerhedsnet i de seneste 30 eller 90 dage til og med periodens sidste dag. Hvert medlem tælles én gang, i den kommune, registret siger.',
      '- **Læsere** af en skabelon er forskellige pseudonymer, der har åbnet den i perioden; pseudonymerne skifter hvert kvartal, så en læser i to kvartaler tælles to gange. **Udvikling** sammenligner visningerne med perioden af samme længde lige før.',
      '- **Søgninger** er søgninger med 0–2 resultater, som søgesiden har meldt til porten, med CPR-numre, e-mailadresser og lange tal maskeret. De tælles med små bogstaver og uden ekstra mellemrum; kun kommunen gemmes om den, der søgte.',
      `- Aktivitet gemmes i ${ACTIVITY_RETENTION_MONTHS} måneder og slettes derefter.`,
    ].join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** One row per municipality, for Danish Excel; ASCII headers. */
export function reportCsv(report: ActivityReport, separator: ';' | ','): string {
  return toCsv(
    ['kommunekode', 'kommune', 'medlemmer', 'aktive_30_dage', 'aktive_90_dage', 'andel_aktive_90_dage_pct'],
    report.municipalities.map((m) => [m.code, m.name, m.members, m.active30, m.active90, m.share90 ?? '']),
    separator,
  );
}

export function formatReport(report: ActivityReport, format: ReportFormat, separator: ';' | ','): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return reportCsv(report, separator);
  return reportMarkdown(report);
}
