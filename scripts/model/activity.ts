/**
 * Activity, private by design (issue 16): what the gate writes about use of the site, and what the report reads.
 *
 * - A **page event** per HTML page served: the day, the tier, the member's municipality code (or `KL`), the template
 *   slug when the page is a template, and a keyed pseudonym of the member: HMAC-SHA256 of the lower-case e-mail with
 *   the quarter's key. No address, name, time of day or path other than a template's slug.
 * - A **query event** per search with no or few results, reported by the search page: the day, tier, municipality,
 *   the query with CPR-like numbers and e-mail addresses masked, and the number of results. No pseudonym: the only
 *   identity kept with a query is the municipality.
 *
 * Files (JSON Lines, one per gate process per day, so replicas write side by side):
 *   `<dir>/sider-<YYYY-MM-DD>-<replica>.jsonl`, `<dir>/soegninger-<YYYY-MM-DD>-<replica>.jsonl`
 * Keys: `<dir>/noegler/<YYYY>-Q<n>.key` (32 random bytes, hex), created by the first replica that needs it and shared.
 * A new quarter gets a new key, so pseudonyms of different quarters cannot be linked without the keys. The report
 * (which holds the keys and the registry) can tell which members were seen, for the contact persons' reminders.
 * Everything older than ACTIVITY_RETENTION_MONTHS is deleted by the report command, keys included.
 */
import { createHmac } from 'node:crypto';
import * as z from 'zod';
import { TIERS } from './tiers.ts';

/** Months activity is kept (13: a year and the month before it, for a trend against the same month last year). */
export const ACTIVITY_RETENTION_MONTHS = 13;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().regex(/^(\d{3}|KL)$/);

export const pageEventSchema = z.strictObject({
  v: z.literal(1),
  /** Day in Denmark, `YYYY-MM-DD`. */
  d: day,
  t: z.enum(TIERS),
  /** Municipality code, or `KL` for KL's admins. */
  m: code,
  /** The template's slug when the page is `/skabeloner/<slug>/`, else null. */
  s: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .nullable(),
  /** The member's pseudonym for the quarter of `d`. */
  p: z.string().regex(/^[0-9a-f]{32}$/),
});
export type PageEvent = z.infer<typeof pageEventSchema>;

export const queryEventSchema = z.strictObject({
  v: z.literal(1),
  d: day,
  t: z.enum(TIERS),
  m: code,
  /** The query, masked (maskQuery), at most MAX_QUERY_LENGTH characters. */
  q: z.string().min(1).max(200),
  /** How many results the search gave. */
  n: z.number().int().min(0),
});
export type QueryEvent = z.infer<typeof queryEventSchema>;

/** Longest query kept; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;

/** The quarter of a day, e.g. `2026-Q4`: the name of its key file. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A member's pseudonym with a quarter's key (hex). */
export function pseudonym(keyHex: string, email: string): string {
  return createHmac('sha256', Buffer.from(keyHex, 'hex')).update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/**
 * A query as it may be written: CPR-like numbers (6 digits, optional dash or space, 4 digits) become `[cpr]`, e-mail
 * addresses `[e-mail]`, other runs of 7+ digits `[tal]` (phone, case numbers); white space collapsed; cut to
 * MAX_QUERY_LENGTH. Empty after that: undefined (nothing is written).
 */
export function maskQuery(query: string): string | undefined {
  const masked = query
    .replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[e-mail]')
    .replace(/(?<!\d)\d{6}[-\s]?\d{4}(?!\d)/g, '[cpr]')
    .replace(/\d{7,}/g, '[tal]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return masked === '' ? undefined : masked;
}

/** File names of the logs and keys. */
export const activityFiles = {
  pages: (date: string, replica: string) => `sider-${date}-${replica}.jsonl`,
  queries: (date: string, replica: string) => `soegninger-${date}-${replica}.jsonl`,
  keysDir: 'noegler',
  key: (quarter: string) => `${quarter}.key`,
  /** `sider-2026-11-30-<replica>.jsonl` → kind and day; undefined for any other name. */
  parse(name: string): { kind: 'pages' | 'queries'; date: string } | undefined {
    const m = /^(sider|soegninger)-(\d{4}-\d{2}-\d{2})-[A-Za-z0-9_.-]+\.jsonl$/.exec(name);
    return m ? { kind: m[1] === 'sider' ? 'pages' : 'queries', date: m[2] as string } : undefined;
  },
};
