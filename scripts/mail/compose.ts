/**
 * Compose mailings: one newsletter issue per tier for a period, one alert per tier for each news item with
 * `varsel: true` that is recent enough. Pure apart from the dates callback: the same library and period give the
 * same mailings, digest included, so a preview and a later send of the same period agree.
 */
import { createHash } from 'node:crypto';
import { addMonths, daysBetween } from '#model/dates.ts';
import { TIERS, type Tier, visibleInTier } from '#model/tiers.ts';
import type { LibraryEntry, NewsEntry } from '../library/types.ts';
import { type FileDates, newsletterSections } from './newsletter-content.ts';
import { renderAlert } from './render-alert.ts';
import { type RenderedMail, renderNewsletter } from './render-newsletter.ts';
import type { Mailing, MailingKind, MailingSection } from './types.ts';

export interface ComposeContext {
  entries: readonly LibraryEntry[];
  /** The site's public address (links). */
  siteUrl: string;
  /** KL's secretariat address (kommuner.yaml `kl.email`). */
  klEmail: string;
  municipalityName(code: string): string;
  datesOf(entry: LibraryEntry): FileDates | undefined;
}

/** sha256 of what the reader gets. */
export function mailingDigest(mail: RenderedMail): string {
  return createHash('sha256')
    .update(JSON.stringify([mail.subject, mail.html, mail.text]))
    .digest('hex');
}

function mailing(
  id: string,
  kind: MailingKind,
  tier: Tier,
  mail: RenderedMail,
  period: Mailing['period'],
  sections: MailingSection[],
): Mailing {
  return { id, kind, tier, ...mail, period, sections, digest: mailingDigest(mail) };
}

/**
 * The period of the next issue: from the last issue's end (or `since`, or one month back for the first issue) up to
 * `today`, which is not included (it belongs to the next issue). Undefined when the last issue was made today.
 */
export function nextPeriod(lastEnd: string | undefined, today: string, since?: string): Mailing['period'] | undefined {
  const from = since ?? lastEnd ?? addMonths(today, -1);
  return from < today ? { from, to: today } : undefined;
}

/** One tier's newsletter issue for `period`, or undefined when nothing is new for that tier. */
export function composeNewsletter(context: ComposeContext, tier: Tier, period: Mailing['period']): Mailing | undefined {
  const sections = newsletterSections({ ...context, tier, period });
  if (sections.length === 0) return undefined;
  const mail = renderNewsletter({ tier, period, sections, siteUrl: context.siteUrl, klEmail: context.klEmail });
  const listed = sections.map((s) => ({ heading: s.heading, items: s.items.map((i) => i.title) }));
  return mailing(`nyhedsbrev-${period.to}-${tier}`, 'nyhedsbrev', tier, mail, period, listed);
}

/** News items with `varsel: true` dated at most `maxAgeDays` before `today` and not after it. */
export function dueAlerts(entries: readonly LibraryEntry[], today: string, maxAgeDays: number): NewsEntry[] {
  return entries.filter(
    (e): e is NewsEntry =>
      e.kind === 'news' && e.data.varsel && e.data.date <= today && daysBetween(e.data.date, today) <= maxAgeDays,
  );
}

/** The alert of one news item for each tier that may see it. */
export function composeAlert(context: ComposeContext, entry: NewsEntry): Mailing[] {
  return TIERS.filter((tier) => visibleInTier(entry.data.audience, tier)).map((tier) => {
    const mail = renderAlert({ entry, tier, siteUrl: context.siteUrl, klEmail: context.klEmail });
    const period = { from: entry.data.date, to: entry.data.date };
    return mailing(`varsel-${entry.slug}-${tier}`, 'varsel', tier, mail, period, [
      { heading: 'Varsel', items: [entry.data.title] },
    ]);
  });
}
