/**
 * KL's report (report.ts) as Danish Markdown with tables (the monthly issue), as CSV with one row per question for
 * Danish Excel (the one writer, #model/csv.ts), or as JSON. No person is named anywhere: figures, municipalities and
 * the questions' titles only.
 */
import { toCsv } from '#model/csv.ts';
import { formatDate, formatMonth } from '#model/dates.ts';
import { TIER_NAMES, TIERS, type Tier } from '#model/tiers.ts';
import type { DiscussionsReport, QuestionFacts, Stats } from './report.ts';
import { UNANSWERED_AFTER_DAYS } from './report.ts';
import { linkText } from './similar-answer.ts';

export type ReportFormat = 'md' | 'csv' | 'json';

/** "januar 2026" from `2026-01`. */
export function monthName(month: string): string {
  return formatMonth(month.slice(0, 7));
}

/** A number with a Danish decimal comma and at most one decimal. */
const decimal = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/** Hours as Danish text: "6 timer", "1 time" under a day, else "1,5 dage", "1 dag"; "–" for none. */
export function duration(hours: number | null): string {
  if (hours === null) return '–';
  if (hours < 24) return `${decimal(hours)} ${decimal(hours) === '1' ? 'time' : 'timer'}`;
  const days = decimal(hours / 24);
  return `${days} ${days === '1' ? 'dag' : 'dage'}`;
}

/** "4 (44 %)"; "0" when there is nothing to share. */
const share = (part: number, whole: number) => (whole === 0 ? '0' : `${part} (${Math.round((part / whole) * 100)} %)`);

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const TIER_HEADERS = TIERS.map((tier) => upperFirst(TIER_NAMES[tier]));

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function overview(report: DiscussionsReport): string {
  const columns: (Tier | 'alle')[] = [...TIERS, 'alle'];
  const row = (label: string, cell: (s: Stats) => string | number) => [
    label,
    ...columns.map((c) => cell(report.totals[c])),
  ];
  return table(
    ['', ...TIER_HEADERS, 'I alt'],
    [
      row('Spørgsmål', (s) => s.questions),
      row('Besvaret (accepteret svar)', (s) => share(s.accepted, s.questions)),
      row('Med svar fra en anden end spørgeren', (s) => share(s.answeredByOthers, s.questions)),
      row('Mediantid til første svar', (s) => duration(s.medianHoursToFirstAnswer)),
      row('Mediantid til accepteret svar', (s) => duration(s.medianHoursToAcceptedAnswer)),
    ],
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const ageText = (days: number) => count(days, 'dag', 'dage');
const municipalityText = (q: QuestionFacts) => q.municipality?.name ?? 'ukendt';

/** The report as Markdown for KL's issue. */
export function reportMarkdown(report: DiscussionsReport, categoryName: string): string {
  const period =
    report.from === report.to ? monthName(report.from) : `${monthName(report.from)} – ${monthName(report.to)}`;
  const source = TIERS.map(
    (tier) => `${report.repositories[tier]} (eksporteret ${formatDate(report.exportedAt[tier])})`,
  ).join(' og ');
  const parts = [
    `# Spørgsmål og svar i netværket, ${period}`,
    `Opgjort ${formatDate(report.today)} ud fra GitHub Discussions i ${source}. Kun spørgsmål i kategorien "${categoryName}" tælles med; i samme periode kom der desuden ${count(report.others.experiences, 'tråd', 'tråde')} med erfaringer og ${count(report.others.polls, 'afstemning', 'afstemninger')} fra KL.`,
    '## Overblik',
    overview(report),
    '## Spørgsmål pr. måned',
    table(
      ['Måned', ...TIER_HEADERS, 'I alt', 'Heraf besvaret'],
      report.months.map((m) => [monthName(m.month), m.kerne, m.bred, m.total, m.accepted]),
    ),
    `## Ubesvarede spørgsmål over ${UNANSWERED_AFTER_DAYS} dage (${report.unanswered.length})`,
    report.unanswered.length === 0
      ? `Ingen: alle åbne spørgsmål over ${UNANSWERED_AFTER_DAYS} dage har et accepteret svar.`
      : table(
          ['Spørgsmål', 'Netværk', 'Kommune', 'Alder', 'Svar fra andre'],
          report.unanswered.map((q) => [
            `[${linkText(q.title)}](${q.url})`,
            upperFirst(TIER_NAMES[q.tier]),
            municipalityText(q),
            ageText(q.ageDays),
            q.answersByOthers,
          ]),
        ),
    '## Spørgsmål pr. kommune',
    table(
      ['Kommune', ...TIER_HEADERS, 'I alt'],
      report.municipalities.map((m) => [m.code ? `${m.code} ${m.name}` : m.name, m.kerne, m.bred, m.total]),
    ),
    '## Sådan er tallene opgjort',
    [
      '- Et spørgsmål tælles i den måned, det blev stillet (dansk tid). Lukkede spørgsmål tælles med.',
      '- **Besvaret**: spørgeren (eller en moderator) har markeret et svar som accepteret.',
      '- **Svar fra en anden end spørgeren**: mindst ét svar (ikke en kommentar til et svar) fra en anden GitHub-konto end spørgerens. Sikkerhedsnets automatiske henvisninger til lignende tråde tæller ikke som svar.',
      '- **Tid til første svar** måles fra spørgsmålet til det første svar fra en anden; **tid til accepteret svar** fra spørgsmålet til det svar, der blev accepteret, blev skrevet. Medianen er den midterste værdi blandt de spørgsmål, der har et sådant svar.',
      `- **Ubesvarede** er åbne spørgsmål uden accepteret svar, stillet for mere end ${UNANSWERED_AFTER_DAYS} dage siden.`,
      '- **Kommune** er spørgerens kommune i medlemsregistret (KL for KL\'s administratorer); en GitHub-konto, der ikke står i registret, tælles som "ukendt". Rapporten nævner ingen personer.',
    ].join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nej');
const wholeHours = (hours: number | null) => (hours === null ? '' : Math.round(hours));

/** One row per question, for Danish Excel; ASCII headers so spreadsheets and scripts agree. */
export function reportCsv(report: DiscussionsReport, separator: ';' | ','): string {
  return toCsv(
    [
      'niveau',
      'nummer',
      'titel',
      'adresse',
      'maaned',
      'stillet',
      'kommunekode',
      'kommune',
      'lukket',
      'accepteret_svar',
      'svar_fra_andre',
      'timer_til_foerste_svar',
      'timer_til_accepteret_svar',
      'alder_dage',
      'ubesvaret_over_7_dage',
    ],
    report.questions.map((q) => [
      q.tier,
      q.number,
      q.title,
      q.url,
      q.month,
      q.askedAt,
      q.municipality?.code ?? '',
      municipalityText(q),
      yesNo(q.closed),
      yesNo(q.accepted),
      q.answersByOthers,
      wholeHours(q.hoursToFirstAnswer),
      wholeHours(q.hoursToAcceptedAnswer),
      q.ageDays,
      yesNo(q.unanswered),
    ]),
    separator,
  );
}

export function formatReport(
  report: DiscussionsReport,
  format: ReportFormat,
  options: { separator: ';' | ','; categoryName: string },
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return reportCsv(report, options.separator);
  return reportMarkdown(report, options.categoryName);
}
