/**
 * `content report`: which templates are past their review date, which fall due in the next 60 days, and how big
 * the library is by category and status. Pure: the command loads the library and prints what this returns.
 */

import { CATEGORIES, CATEGORY_LABELS, type Category } from '#model/categories.ts';
import { toCsv } from '#model/csv.ts';
import { addMonths, daysBetween } from '#model/dates.ts';
import { STATUSES, type Status } from '#model/library/template.ts';
import type { Library } from '../library/types.ts';
import { overdueTemplates } from './review-deadline.ts';

export type ReportFormat = 'md' | 'json' | 'csv';

/** How far ahead the report looks for review dates. */
export const DUE_SOON_DAYS = 60;

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

interface DueSoonRow {
  slug: string;
  title: string;
  owner: string;
  ownerName: string;
  due: string;
  /** 0 when the review is due today. */
  daysLeft: number;
  file: string;
}

export interface LibrarySize {
  /** Valid templates per category and status, every category and status present. */
  templates: Record<Category, Record<Status, number>>;
  news: number;
  meetings: number;
  /** Pages left out because they failed validation (`content check` names them). */
  invalid: number;
}

export interface ReviewReport {
  today: string;
  /** Most overdue first. */
  overdue: ReportRow[];
  /** Due within {@link DUE_SOON_DAYS} days and not yet overdue, soonest first. */
  dueSoon: DueSoonRow[];
  size: LibrarySize;
}

/** `date` plus `days` days. */
function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The report of `library` on `today`; owner names come from registry/kommuner.yaml (`KL` stays `KL`). */
export function reviewReport(
  library: Library,
  municipalities: ReadonlyMap<string, string>,
  today: string,
): ReviewReport {
  const ownerName = (owner: string) => (owner === 'KL' ? 'KL' : (municipalities.get(owner) ?? owner));
  const overdue = overdueTemplates(library, today).map((o) => ({
    slug: o.entry.slug,
    title: o.title,
    owner: o.owner,
    ownerName: ownerName(o.owner),
    maintainers: o.maintainers,
    reviewed: o.reviewed,
    due: o.due,
    daysOverdue: o.daysOverdue,
    file: o.entry.file,
  }));
  const dueSoon: DueSoonRow[] = [];
  const templates = Object.fromEntries(
    CATEGORIES.map((c) => [c, Object.fromEntries(STATUSES.map((s) => [s, 0]))]),
  ) as LibrarySize['templates'];
  for (const { data, slug, file } of library.templates) {
    templates[data.category][data.status]++;
    if (data.status === 'forældet') continue;
    const due = addMonths(data.reviewed, data.review_interval_months);
    const daysLeft = daysBetween(today, due);
    if (daysLeft < 0 || daysLeft > DUE_SOON_DAYS) continue;
    dueSoon.push({ slug, title: data.title, owner: data.owner, ownerName: ownerName(data.owner), due, daysLeft, file });
  }
  dueSoon.sort((a, b) => a.daysLeft - b.daysLeft || a.slug.localeCompare(b.slug, 'en'));
  const size = {
    templates,
    news: library.news.length,
    meetings: library.meetings.length,
    invalid: library.invalidUrls.size,
  };
  return { today, overdue, dueSoon, size };
}

const owner = (r: { owner: string; ownerName: string }) =>
  r.owner === r.ownerName ? r.owner : `${r.ownerName} (${r.owner})`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const STATUS_HEADINGS: Record<Status, string> = { udkast: 'Udkast', gældende: 'Gældende', forældet: 'Forældet' };

function table(header: readonly string[], rows: readonly string[][], right = 0): string[] {
  const align = header.map((_, i) => (i >= header.length - right ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`].concat(
    rows.map((row) => `| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`),
  );
}

/**
 * The report as Markdown (Danish headings: over tid, frist inden for 60 dage, bibliotekets størrelse), JSON (all
 * of it) or CSV for Danish Excel (#model/csv.ts: the overdue templates only, one row each).
 */
export function formatReviewReport(report: ReviewReport, format: ReportFormat, separator: ';' | ',' = ';'): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  const header = ['Skabelon', 'Titel', 'Ejer', 'Ansvarlige', 'Gennemgået', 'Frist', 'Dage over tid', 'Fil'];
  const cells = report.overdue.map((r) => [
    r.slug,
    r.title,
    owner(r),
    r.maintainers.join(', '),
    r.reviewed,
    r.due,
    String(r.daysOverdue),
    r.file,
  ]);
  if (format === 'csv') return toCsv(header, cells, separator);

  const { overdue, dueSoon, size, today } = report;
  const lines = [`# Skabeloner der skal gennemgås (${today})`, '', '## Over tid', ''];
  if (overdue.length === 0) lines.push('Ingen skabeloner er over tid.');
  else lines.push(`${count(overdue.length, 'skabelon er', 'skabeloner er')} over tid.`, '', ...table(header, cells));

  const until = addDays(today, DUE_SOON_DAYS);
  lines.push('', `## Frist inden for ${DUE_SOON_DAYS} dage (til og med ${until})`, '');
  if (dueSoon.length === 0) lines.push(`Ingen skabeloner skal gennemgås inden for de næste ${DUE_SOON_DAYS} dage.`);
  else {
    lines.push(
      `${count(dueSoon.length, 'skabelon', 'skabeloner')} skal gennemgås inden for de næste ${DUE_SOON_DAYS} dage.`,
      '',
    );
    const soon = dueSoon.map((r) => [r.slug, r.title, owner(r), r.due, String(r.daysLeft), r.file]);
    lines.push(...table(['Skabelon', 'Titel', 'Ejer', 'Frist', 'Dage til fristen', 'Fil'], soon));
  }

  lines.push('', '## Bibliotekets størrelse', '');
  const total = (status: Status) => CATEGORIES.reduce((sum, c) => sum + size.templates[c][status], 0);
  const sum = (byStatus: Record<Status, number>) => STATUSES.reduce((n, s) => n + byStatus[s], 0);
  const rows = CATEGORIES.map((c) => [
    CATEGORY_LABELS[c],
    ...STATUSES.map((s) => String(size.templates[c][s])),
    String(sum(size.templates[c])),
  ]);
  const totals = Object.fromEntries(STATUSES.map((s) => [s, total(s)])) as Record<Status, number>;
  rows.push(['I alt', ...STATUSES.map((s) => String(totals[s])), String(sum(totals))]);
  lines.push(...table(['Kategori', ...STATUSES.map((s) => STATUS_HEADINGS[s]), 'I alt'], rows, STATUSES.length + 1));
  lines.push('', `Desuden ${count(size.news, 'nyhed', 'nyheder')} og ${count(size.meetings, 'møde', 'møder')}.`);
  if (size.invalid > 0) {
    const they = size.invalid === 1 ? 'den' : 'de';
    lines.push(
      `${count(size.invalid, 'side', 'sider')} er ikke talt med, fordi ${they} har fejl (se npm run content -- check).`,
    );
  }
  return lines.join('\n');
}
