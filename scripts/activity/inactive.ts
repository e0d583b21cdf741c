/**
 * The contact persons' list (issue 16): the members of ONE municipality not seen on the site for more than N
 * months, input to reconfirmation. It names people and addresses, so it is made only for that municipality and is
 * sent only in that municipality's reminder: it must never be posted in an issue or anywhere public.
 */
import type { PageEvent } from '#model/activity.ts';
import { addMonths } from '#model/dates.ts';
import { type KnownMember, lastSeen } from './members.ts';

/** Months without a visit before a member is listed, unless --inactive-months says otherwise. */
export const DEFAULT_INACTIVE_MONTHS = 6;

export interface InactiveList {
  code: string;
  name: string;
  today: string;
  months: number;
  /** Not seen on or after this day. */
  since: string;
  /** The first day of the activity kept (retention); "never seen" means not since then. */
  keptFrom: string;
  contacts: { name: string; email: string }[];
  /** Members not seen since `since`, oldest visit first, never seen first; added on or after `since` left out. */
  inactive: { name: string; email: string; lastSeen: string | null }[];
  /** Members in the roster. */
  members: number;
}

export function inactiveMembers(
  pages: readonly PageEvent[],
  all: readonly KnownMember[],
  keys: ReadonlyMap<string, string>,
  options: { code: string; name: string; today: string; months: number; keptFrom: string },
): InactiveList {
  const members = all.filter((m) => m.code === options.code);
  const { seen } = lastSeen(pages, members, keys);
  const since = addMonths(options.today, -options.months);
  const inactive = members
    // Someone added less than N months ago has not had N months to visit.
    .filter((m) => m.added < since && (seen.get(m.email) ?? '') < since)
    .map((m) => ({ name: m.name, email: m.email, lastSeen: seen.get(m.email) ?? null }))
    .sort((a, b) => (a.lastSeen ?? '').localeCompare(b.lastSeen ?? '') || a.name.localeCompare(b.name, 'da'));
  return {
    code: options.code,
    name: options.name,
    today: options.today,
    months: options.months,
    since,
    keptFrom: options.keptFrom,
    contacts: members.filter((m) => m.contact).map((m) => ({ name: m.name, email: m.email })),
    inactive,
    members: members.length,
  };
}
