/**
 * Dates of the domain: calendar arithmetic on `YYYY-MM-DD` strings (in UTC, so time zones and DST never shift a
 * day), "today" in Danish time, and Danish display formats. The registry, the content checks and the site all use
 * these; there is no other date code.
 */

// Pure integer arithmetic: `registry check` does this for every member, and Date objects are slow.

function parts(date: string): [number, number, number] | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return undefined;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) ? [y, m, d] : undefined;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const realDates = new Map<string, boolean>();

/** True when `date` is `YYYY-MM-DD` and names a day that exists (no 2026-02-30). Memoised: dates repeat. */
export function isRealDate(date: string): boolean {
  let known = realDates.get(date);
  if (known === undefined) {
    known = computeIsRealDate(date);
    if (realDates.size < 100_000) realDates.set(date, known);
  }
  return known;
}

function computeIsRealDate(date: string): boolean {
  const p = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parts(date) : undefined;
  if (!p) return false;
  const [y, m, d] = p;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `date` plus `months`, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date) ?? [1970, 1, 1];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(Math.min(d, daysInMonth(ny, nm)), 2)}`;
}

/** `date` plus `days` (negative for earlier), e.g. the last day of a period that ends before `to`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date) ?? [1970, 1, 1];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from) ?? [1970, 1, 1];
  const [ty, tm, td] = parts(to) ?? [1970, 1, 1];
  return dayNumber(ty, tm, td) - dayNumber(fy, fm, fd);
}

// Formatters are created once, on first use: constructing an Intl.DateTimeFormat costs about a millisecond (more
// for the first, which loads the time-zone data), a build of a thousand templates formats several dates per page,
// and a command that never formats a date should not pay for it at start-up.
let isoDayFormat: Intl.DateTimeFormat | undefined;
let longDateFormat: Intl.DateTimeFormat | undefined;
const longDates = new Map<string, string>();

function isoDayFormatter(): Intl.DateTimeFormat {
  isoDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' });
  return isoDayFormat;
}

/** Today's date in Denmark as `YYYY-MM-DD`: every "today" of the product, whatever the machine's time zone. */
export function todayInDenmark(now = new Date()): string {
  return isoDayFormatter().format(now);
}

/** `YYYY-MM-DD` of a date or ISO timestamp (Danish time), for `<time datetime>` and sorting. */
export function isoDay(value: string): string {
  if (value.length === 10) return value;
  return isoDayFormatter().format(new Date(value));
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** A month as people read it: "2022-03" → "marts 2022". */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

/** Danish long date, e.g. "1. november 2026", from `YYYY-MM-DD` or an ISO timestamp. */
export function formatDate(value: string): string {
  let text = longDates.get(value);
  if (text === undefined) {
    longDateFormat ??= new Intl.DateTimeFormat('da-DK', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Copenhagen',
    });
    text = longDateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
    longDates.set(value, text);
  }
  return text;
}

/** True when something reviewed on `reviewed` is past its interval of `intervalMonths` on `today`. */
export function isReviewOverdue(reviewed: string, intervalMonths: number, today: string): boolean {
  return addMonths(reviewed, intervalMonths) < today;
}

/** Status of a member's confirmation on `today`. */
export interface ConfirmationStatus {
  /** Last valid day. */
  expires: string;
  /** Days from today until `expires` (negative once expired). */
  daysLeft: number;
  state: 'valid' | 'expiring' | 'expired';
}

const statuses = new Map<string, ConfirmationStatus>();

/** When a confirmation expires and whether it is inside the warning window. Memoised: dates repeat. */
export function confirmationStatus(
  confirmed: string,
  policy: { reconfirm_months: number; warning_days: number },
  today: string,
): ConfirmationStatus {
  const key = `${confirmed}|${policy.reconfirm_months}|${policy.warning_days}|${today}`;
  let status = statuses.get(key);
  if (!status) {
    status = computeStatus(confirmed, policy, today);
    if (statuses.size < 100_000) statuses.set(key, status);
  }
  return status;
}

function computeStatus(
  confirmed: string,
  policy: { reconfirm_months: number; warning_days: number },
  today: string,
): ConfirmationStatus {
  const expires = addMonths(confirmed, policy.reconfirm_months);
  const daysLeft = daysBetween(today, expires);
  const state = daysLeft < 0 ? 'expired' : daysLeft <= policy.warning_days ? 'expiring' : 'valid';
  return { expires, daysLeft, state };
}
