import { addMonths, daysBetween } from '#model/dates.ts';
import { EXPERIENCE_REVIEW_MONTHS } from '#model/library/experience.ts';
import type { ExperienceEntry, Finding, Library, LibraryEntry, TemplateEntry } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import { selectedEntries } from './check-context.ts';

/** A template whose review date has passed. */
export interface OverdueTemplate {
  entry: TemplateEntry;
  title: string;
  owner: string;
  maintainers: string[];
  reviewed: string;
  /** `YYYY-MM-DD`: reviewed + interval. */
  due: string;
  daysOverdue: number;
}

/**
 * The overdue details of one template, or undefined when it is current or obsolete. The interval is the
 * validated one, so the schema's default (12 months) applies without being repeated here.
 */
export function overdue(entry: TemplateEntry, today: string): OverdueTemplate | undefined {
  const { data } = entry;
  if (data.status === 'forældet') return undefined;
  const due = addMonths(data.reviewed, data.review_interval_months);
  const daysOverdue = daysBetween(due, today);
  if (daysOverdue <= 0) return undefined;
  return {
    entry,
    title: data.title,
    owner: data.owner,
    maintainers: data.maintainers,
    reviewed: data.reviewed,
    due,
    daysOverdue,
  };
}

/**
 * Every overdue template, most overdue first (ties by slug), for `content report`. Only valid templates count:
 * one whose frontmatter fails its schema is reported by the check, not listed here.
 */
export function overdueTemplates(library: Library, today: string): OverdueTemplate[] {
  return library.templates
    .map((e) => overdue(e, today))
    .filter((o): o is OverdueTemplate => o !== undefined)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.entry.slug.localeCompare(b.entry.slug, 'en'));
}

/** An experience's due date and days past it on `today`, or undefined when it is not due yet. */
export function experienceOverdue(entry: ExperienceEntry, today: string): { due: string; days: number } | undefined {
  const due = addMonths(entry.data.reviewed, EXPERIENCE_REVIEW_MONTHS);
  const days = daysBetween(due, today);
  return days > 0 ? { due, days } : undefined;
}

/** The Danish warning for an overdue entry, or undefined when it is current (or an obsolete template). */
function overdueMessage(entry: LibraryEntry, today: string): string | undefined {
  if (entry.kind === 'template') {
    const o = overdue(entry, today);
    return o
      ? `Skabelonen skulle have været gennemgået senest ${o.due} (${o.daysOverdue} dage over tid). Gennemgå indholdet, og opdater reviewed til datoen for gennemgangen.`
      : undefined;
  }
  if (entry.kind === 'experience') {
    const o = experienceOverdue(entry, today);
    return o
      ? `Erfaringen skulle have været gennemgået senest ${o.due} (${o.days} dage over tid; erfaringer gennemgås hver ${EXPERIENCE_REVIEW_MONTHS}. måned). Spørg ${entry.data.contact}, om den stadig gælder, ret teksten, og opdater reviewed til datoen for gennemgangen.`
      : undefined;
  }
  return undefined;
}

/**
 * Ensure current templates are reviewed on time (past reviewed + interval), and experiences within
 * EXPERIENCE_REVIEW_MONTHS of `reviewed`: a warning at `reviewed` with the days overdue.
 */
export function checkReviewDeadlines(ctx: CheckContext): Finding[] {
  return selectedEntries(ctx).flatMap((entry) => {
    const message = overdueMessage(entry, ctx.today);
    if (!message) return [];
    return [
      {
        file: entry.file,
        ...entry.position(entry.offsetOf(['reviewed'])),
        severity: 'warning' as const,
        message,
      },
    ];
  });
}
