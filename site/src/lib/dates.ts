// Formatters are created once: constructing an Intl.DateTimeFormat costs about a millisecond, and a build
// of a thousand templates formats several dates per page (it was the largest single cost of page rendering).
const LONG_DATE = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
const ISO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
const longDates = new Map<string, string>();

/** Danish long date, e.g. "1. november 2026", from `YYYY-MM-DD` or an ISO timestamp. */
export function formatDate(value: string): string {
  let text = longDates.get(value);
  if (text === undefined) {
    text = LONG_DATE.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
    longDates.set(value, text);
  }
  return text;
}

/** `YYYY-MM-DD` of a date or ISO timestamp (Copenhagen time), for `<time datetime>` and sorting. */
export function isoDay(value: string): string {
  if (value.length === 10) return value;
  return ISO_DAY.format(new Date(value));
}

/** The date `months` after `day` (`YYYY-MM-DD`), clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * True when a template is past its review interval on `today` (`YYYY-MM-DD`). Computed at build time, so
 * the badge reflects the day of the last deploy.
 */
export function isReviewOverdue(reviewed: string, intervalMonths: number, today: string): boolean {
  return addMonths(reviewed, intervalMonths) < today;
}

/** Today's date for build-time checks; SIKKERHEDSNET_TODAY pins it in tests. */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  return env.SIKKERHEDSNET_TODAY ?? isoDay(new Date().toISOString());
}
