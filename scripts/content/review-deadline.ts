import { addMonths, daysBetween } from '#model/dates.ts';
import type { Problem } from '../problems/problem.ts';
import type { CheckContext } from './check-context.ts';
import { selectedEntries } from './check-context.ts';
import type { Library, LibraryEntry } from './library-types.ts';

/** Default months between reviews when a template does not say (docs/interfaces.md §3). */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** A template whose review date has passed. */
export interface OverdueTemplate {
  entry: LibraryEntry;
  title: string;
  owner: string;
  maintainers: string[];
  reviewed: string;
  /** `YYYY-MM-DD`: reviewed + interval. */
  due: string;
  daysOverdue: number;
}

// Calendar arithmetic is the registry's (UTC, clamped to the month's last day); re-exported for the report.
export { addMonths, daysBetween } from '#model/dates.ts';

/** The overdue details of one template, or undefined when it is current, obsolete or has no valid date. */
export function overdue(entry: LibraryEntry, today: string): OverdueTemplate | undefined {
  const data = entry.data;
  if (entry.kind !== 'template' || !data || data.status === 'forældet') return undefined;
  const reviewed = data.reviewed;
  if (typeof reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) return undefined;
  const interval =
    typeof data.review_interval_months === 'number' ? data.review_interval_months : DEFAULT_REVIEW_INTERVAL_MONTHS;
  const due = addMonths(reviewed, interval);
  const daysOverdue = daysBetween(due, today);
  if (daysOverdue <= 0) return undefined;
  return {
    entry,
    title: typeof data.title === 'string' ? data.title : entry.slug,
    owner: typeof data.owner === 'string' ? data.owner : '',
    maintainers: Array.isArray(data.maintainers) ? data.maintainers.map(String) : [],
    reviewed,
    due,
    daysOverdue,
  };
}

/** Every overdue template, most overdue first (ties by slug), for `content report`. */
export function overdueTemplates(library: Library, today: string): OverdueTemplate[] {
  return library.entries
    .map((e) => overdue(e, today))
    .filter((o): o is OverdueTemplate => o !== undefined)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.entry.slug.localeCompare(b.entry.slug, 'en'));
}

/** Ensure current templates are reviewed on time: past reviewed + interval is a warning with days overdue. */
export function checkReviewDeadlines(ctx: CheckContext): Problem[] {
  return selectedEntries(ctx).flatMap((entry) => {
    const o = overdue(entry, ctx.today);
    if (!o) return [];
    return [
      {
        file: entry.file,
        ...entry.position(entry.offsetOf(['reviewed'])),
        rule: 'review-deadline',
        severity: 'warning' as const,
        message: `Skabelonen skulle have været gennemgået senest ${o.due} (${o.daysOverdue} dage over tid). Gennemgå indholdet, og opdater reviewed til datoen for gennemgangen.`,
      },
    ];
  });
}
