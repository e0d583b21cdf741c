import type { OverdueTemplate } from './review-deadline.ts';

export type ReportFormat = 'md' | 'json' | 'csv';

interface ReportRow {
  slug: string;
  title: string;
  owner: string;
  ownerName: string;
  maintainers: string[];
  reviewed: string;
  due: string;
  daysOverdue: number;
  file: string;
}

/** Rows of the review report; the owner's name comes from registry/kommuner.yaml (`KL` stays `KL`). */
export function reportRows(
  overdue: readonly OverdueTemplate[],
  municipalities: ReadonlyMap<string, string>,
): ReportRow[] {
  return overdue.map((o) => ({
    slug: o.entry.slug,
    title: o.title,
    owner: o.owner,
    ownerName: o.owner === 'KL' ? 'KL' : (municipalities.get(o.owner) ?? o.owner),
    maintainers: o.maintainers,
    reviewed: o.reviewed,
    due: o.due,
    daysOverdue: o.daysOverdue,
    file: o.entry.file,
  }));
}

/** The report of overdue templates as Markdown (Danish headings), JSON or CSV (RFC 4180). */
export function formatReviewReport(rows: readonly ReportRow[], format: ReportFormat, today: string): string {
  if (format === 'json') return JSON.stringify({ today, overdue: rows }, null, 2);
  const header = ['Skabelon', 'Titel', 'Ejer', 'Ansvarlige', 'Gennemgået', 'Frist', 'Dage over tid', 'Fil'];
  const cells = rows.map((r) => [
    r.slug,
    r.title,
    r.owner === r.ownerName ? r.owner : `${r.ownerName} (${r.owner})`,
    r.maintainers.join(', '),
    r.reviewed,
    r.due,
    String(r.daysOverdue),
    r.file,
  ]);
  if (format === 'csv') return [header, ...cells].map((row) => row.map(csvCell).join(',')).join('\n');
  const lines = [
    `# Skabeloner der skal gennemgås (${today})`,
    '',
    rows.length === 0
      ? 'Ingen skabeloner er over tid.'
      : `${rows.length} ${rows.length === 1 ? 'skabelon er' : 'skabeloner er'} over tid.`,
  ];
  if (rows.length > 0) {
    lines.push('', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const row of cells) lines.push(`| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
