/**
 * KL's activity report (issue 16): is the network used, by every municipality, and what do members look for and not
 * find? Pure: the events read (read.ts), the registry, the quarter keys and the period in, aggregates out. No name or
 * address is in it: members are only counted, per municipality. Formats: report-format.ts. The contact persons'
 * list of inactive members is inactive.ts.
 */
import type { PageEvent, QueryEvent } from '#model/activity.ts';
import { addDays, daysBetween } from '#model/dates.ts';
import { KL_CODE } from '#model/municipalities.ts';
import type { Registry } from '../registry/types.ts';
import { type KnownMember, lastSeen } from './members.ts';
import type { ActivityKind, Period } from './read.ts';

/** A member is active in a window when seen on a page on at least one of its days. */
export const ACTIVE_WINDOWS = [30, 90] as const;

export interface MunicipalityActivity {
  code: string;
  name: string;
  /** Members in the registry (KL: the admins). */
  members: number;
  /** Distinct members seen in the last 30 and 90 days up to `to`. */
  active30: number;
  active90: number;
  /** active90 / members, in whole percent; null without members. */
  share90: number | null;
}

export interface TemplateReads {
  slug: string;
  /** Distinct pseudonyms that read it in the period (a reader in two quarters counts twice: keys differ). */
  readers: number;
  views: number;
  /** Views in the previous period of the same length. */
  previousViews: number;
}

export interface UnmetQuery {
  /** Lower case, white space collapsed. */
  query: string;
  count: number;
  /** Of those, searches with no result at all. */
  zeroResults: number;
  municipalities: number;
  lastSeen: string;
}

export interface ActivityReport {
  today: string;
  period: Period;
  previous: Period;
  municipalities: MunicipalityActivity[];
  totals: { members: number; active30: number; active90: number; share90: number | null };
  /** The municipalities (not KL) with no member active in the last 90 days. */
  withoutActive: { code: string; name: string; members: number }[];
  templates: TemplateReads[];
  queries: UnmetQuery[];
  /** What could not be used. */
  quality: {
    files: Record<ActivityKind, number>;
    damaged: Record<ActivityKind, number>;
    /** Page events in a 90-day window whose pseudonym is no current member (removed since). */
    unknownMembers: number;
    /** Page events of a quarter whose key is missing. */
    withoutKey: number;
    badKeys: string[];
  };
}

export interface ReportInput {
  pages: readonly PageEvent[];
  queries: readonly QueryEvent[];
  files: Record<ActivityKind, number>;
  damaged: Record<ActivityKind, number>;
  members: readonly KnownMember[];
  keys: ReadonlyMap<string, string>;
  badKeys: string[];
}

/** The previous period of the same length, ending the day before `period.from`. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** The days a report over `period` needs: the previous period and the 90-day window included. */
export function neededPeriod(period: Period): Period {
  const earliest = [previousPeriod(period).from, addDays(period.to, -(ACTIVE_WINDOWS[1] - 1))].sort()[0];
  return { from: earliest ?? period.from, to: period.to };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));
const inside = (d: string, p: Period) => d >= p.from && d <= p.to;

/** A query as it is counted: lower case, trimmed, white space collapsed. */
export const normalizeQuery = (q: string) => q.toLowerCase().replace(/\s+/g, ' ').trim();

export function activityReport(input: ReportInput, registry: Registry, today: string, period: Period): ActivityReport {
  const previous = previousPeriod(period);
  const window = (days: number): Period => ({ from: addDays(period.to, -(days - 1)), to: period.to });
  const last90 = input.pages.filter((e) => inside(e.d, window(90)));
  const { seen, unknown, withoutKey } = lastSeen(last90, input.members, input.keys);
  const since30 = window(30).from;
  const rows = [
    ...registry.kommuner.map((k) => ({ code: k.code, name: k.name })),
    { code: KL_CODE, name: registry.kl.name },
  ].map(({ code, name }) => {
    const members = input.members.filter((m) => m.code === code);
    const days = members.flatMap((m) => seen.get(m.email) ?? []);
    const active90 = days.length;
    const active30 = days.filter((d) => d >= since30).length;
    return { code, name, members: members.length, active30, active90, share90: percent(active90, members.length) };
  });
  const sum = (pick: (r: MunicipalityActivity) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const members = sum((r) => r.members);
  const active90 = sum((r) => r.active90);
  return {
    today,
    period,
    previous,
    municipalities: rows,
    totals: { members, active30: sum((r) => r.active30), active90, share90: percent(active90, members) },
    withoutActive: rows
      .filter((r) => r.code !== KL_CODE && r.active90 === 0)
      .map(({ code, name, members: n }) => ({ code, name, members: n })),
    templates: templateReads(input.pages, period, previous),
    queries: unmetQueries(input.queries, period),
    quality: {
      files: input.files,
      damaged: input.damaged,
      unknownMembers: unknown,
      withoutKey,
      badKeys: input.badKeys,
    },
  };
}

/** Templates read in the period, most readers first, with their views in the previous period. */
function templateReads(pages: readonly PageEvent[], period: Period, previous: Period): TemplateReads[] {
  const now = new Map<string, { readers: Set<string>; views: number }>();
  const before = new Map<string, number>();
  for (const e of pages) {
    if (e.s === null) continue;
    if (inside(e.d, period)) {
      let entry = now.get(e.s);
      if (!entry) {
        entry = { readers: new Set(), views: 0 };
        now.set(e.s, entry);
      }
      entry.readers.add(e.p);
      entry.views++;
    } else if (inside(e.d, previous)) before.set(e.s, (before.get(e.s) ?? 0) + 1);
  }
  return [...now]
    .map(([slug, { readers, views }]) => ({ slug, readers: readers.size, views, previousViews: before.get(slug) ?? 0 }))
    .sort((a, b) => b.readers - a.readers || b.views - a.views || a.slug.localeCompare(b.slug));
}

/** Searches with no or few results in the period, by normalized query: most searched first. */
function unmetQueries(queries: readonly QueryEvent[], period: Period): UnmetQuery[] {
  const byQuery = new Map<string, { count: number; zero: number; codes: Set<string>; last: string }>();
  for (const e of queries) {
    if (!inside(e.d, period)) continue;
    const query = normalizeQuery(e.q);
    let entry = byQuery.get(query);
    if (!entry) {
      entry = { count: 0, zero: 0, codes: new Set(), last: e.d };
      byQuery.set(query, entry);
    }
    entry.count++;
    if (e.n === 0) entry.zero++;
    entry.codes.add(e.m);
    if (e.d > entry.last) entry.last = e.d;
  }
  return [...byQuery]
    .map(([query, e]) => ({
      query,
      count: e.count,
      zeroResults: e.zero,
      municipalities: e.codes.size,
      lastSeen: e.last,
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.municipalities - a.municipalities ||
        b.lastSeen.localeCompare(a.lastSeen) ||
        a.query.localeCompare(b.query),
    );
}
