/**
 * KL's report on questions and answers (issue 15): do the municipalities get answers? Pure: the two exports, the
 * registry (to turn authors into municipalities, never into names) and the period in, figures out. Only discussions
 * in the Q&A category count as questions; "Erfaringer" and KL's polls are only counted beside them. The automatic
 * answer (similar-answer.ts) is never an answer. Formats: report-format.ts.
 */
import { daysBetween, isoDay } from '#model/dates.ts';
import type { Discussion, DiscussionExport, GithubAuthor } from '#model/discussions.ts';
import { KL_CODE } from '#model/municipalities.ts';
import { TIERS, type Tier } from '#model/tiers.ts';
import { githubPeople } from '../registry/github-people.ts';
import type { Registry } from '../registry/types.ts';
import { isAutomaticAnswer } from './similar-answer.ts';

/** A question is listed as unanswered when it has no accepted answer and is older than this many days. */
export const UNANSWERED_AFTER_DAYS = 7;

/** One question with what the report needs of it; the CSV has one row each. */
export interface QuestionFacts {
  tier: Tier;
  number: number;
  title: string;
  url: string;
  askedAt: string;
  /** `YYYY-MM` in Danish time. */
  month: string;
  /** The asker's municipality (code and name), or null when the account is not in the registry. */
  municipality: { code: string; name: string } | null;
  closed: boolean;
  /** It has an accepted answer. */
  accepted: boolean;
  /** Answers (top-level comments) from someone other than the asker. */
  answersByOthers: number;
  hoursToFirstAnswer: number | null;
  hoursToAcceptedAnswer: number | null;
  /** Whole days from the day it was asked to `today`. */
  ageDays: number;
  /** Open, without an accepted answer, and older than UNANSWERED_AFTER_DAYS. */
  unanswered: boolean;
}

export interface Stats {
  questions: number;
  accepted: number;
  answeredByOthers: number;
  medianHoursToFirstAnswer: number | null;
  medianHoursToAcceptedAnswer: number | null;
}

export interface DiscussionsReport {
  today: string;
  from: string;
  to: string;
  repositories: Record<Tier, string>;
  exportedAt: Record<Tier, string>;
  totals: Record<Tier | 'alle', Stats>;
  months: { month: string; kerne: number; bred: number; total: number; accepted: number }[];
  /** Oldest first. */
  unanswered: QuestionFacts[];
  /** Every municipality with members, and every organisation with questions; unknown askers last as `ukendt`. */
  municipalities: { code: string; name: string; kerne: number; bred: number; total: number }[];
  /** Discussions outside the Q&A category in the period. */
  others: { experiences: number; polls: number };
  questions: QuestionFacts[];
}

const HOUR = 3_600_000;
/** Hours from one timestamp to another, to a tenth. */
const hoursBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / (HOUR / 10)) / 10;

/** The same GitHub account: by id when both have one, else by login in any case. Two deleted accounts are unknown. */
function sameAccount(a: GithubAuthor, b: GithubAuthor): boolean {
  if (a === null || b === null) return a === b;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return a.login.toLowerCase() === b.login.toLowerCase();
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

function facts(tier: Tier, d: Discussion, today: string, find: ReturnType<typeof githubPeople>['find']): QuestionFacts {
  const answers = d.comments.filter((c) => !isAutomaticAnswer(c.body) && !sameAccount(c.author, d.author));
  const acceptedComment = d.comments.find((c) => c.isAnswer);
  const accepted = acceptedComment !== undefined || d.answerChosenAt !== null;
  // The accepted answer counts from when it was written; answerChosenAt (when it was marked) only without it.
  const acceptedAt = acceptedComment?.createdAt ?? d.answerChosenAt;
  const first = answers.map((c) => c.createdAt).sort()[0];
  const person = find(d.author);
  const ageDays = daysBetween(isoDay(d.createdAt), today);
  return {
    tier,
    number: d.number,
    title: d.title,
    url: d.url,
    askedAt: d.createdAt,
    month: isoDay(d.createdAt).slice(0, 7),
    municipality: person ? { code: person.code, name: person.organisation } : null,
    closed: d.closed,
    accepted,
    answersByOthers: answers.length,
    hoursToFirstAnswer: first ? hoursBetween(d.createdAt, first) : null,
    hoursToAcceptedAnswer: accepted && acceptedAt ? hoursBetween(d.createdAt, acceptedAt) : null,
    ageDays,
    unanswered: !d.closed && !accepted && ageDays > UNANSWERED_AFTER_DAYS,
  };
}

function stats(questions: readonly QuestionFacts[]): Stats {
  const times = (pick: (q: QuestionFacts) => number | null) =>
    questions.map(pick).filter((v): v is number => v !== null);
  return {
    questions: questions.length,
    accepted: questions.filter((q) => q.accepted).length,
    answeredByOthers: questions.filter((q) => q.answersByOthers > 0).length,
    medianHoursToFirstAnswer: median(times((q) => q.hoursToFirstAnswer)),
    medianHoursToAcceptedAnswer: median(times((q) => q.hoursToAcceptedAnswer)),
  };
}

/** Every `YYYY-MM` from `from` to `to`. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

export interface ReportOptions {
  today: string;
  /** First month (`YYYY-MM`); default: the month of the first question (or of today). */
  from?: string;
  /** Last month; default: today's. */
  to?: string;
}

export function discussionsReport(
  exports: Readonly<Record<Tier, DiscussionExport>>,
  registry: Registry,
  options: ReportOptions,
): DiscussionsReport {
  const { find } = githubPeople(registry);
  const all = TIERS.flatMap((tier) => exports[tier].discussions.map((d) => ({ tier, d })));
  const asked = all
    .filter(({ d }) => d.category === 'questions')
    .map(({ tier, d }) => facts(tier, d, options.today, find));
  const to = options.to ?? options.today.slice(0, 7);
  const from = options.from ?? [...asked.map((q) => q.month), to].sort()[0] ?? to;
  const inPeriod = (month: string) => month >= from && month <= to;
  const questions = asked
    .filter((q) => inPeriod(q.month))
    .sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.tier.localeCompare(b.tier) || a.number - b.number);
  const ofTier = (tier: Tier) => questions.filter((q) => q.tier === tier);
  const others = all.filter(({ d }) => inPeriod(isoDay(d.createdAt).slice(0, 7)));
  return {
    today: options.today,
    from,
    to,
    repositories: { kerne: exports.kerne.repository, bred: exports.bred.repository },
    exportedAt: { kerne: exports.kerne.exportedAt, bred: exports.bred.exportedAt },
    totals: { kerne: stats(ofTier('kerne')), bred: stats(ofTier('bred')), alle: stats(questions) },
    months: monthsBetween(from, to).map((month) => {
      const inMonth = questions.filter((q) => q.month === month);
      const kerne = inMonth.filter((q) => q.tier === 'kerne').length;
      const accepted = inMonth.filter((q) => q.accepted).length;
      return { month, kerne, bred: inMonth.length - kerne, total: inMonth.length, accepted };
    }),
    unanswered: questions.filter((q) => q.unanswered),
    municipalities: municipalityRows(questions, registry),
    others: {
      experiences: others.filter(({ d }) => d.category === 'experiences').length,
      polls: others.filter(({ d }) => d.category === 'polls').length,
    },
    questions,
  };
}

/** Municipalities with members (also those without questions), organisations with questions, then `ukendt`. */
function municipalityRows(
  questions: readonly QuestionFacts[],
  registry: Registry,
): DiscussionsReport['municipalities'] {
  const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
  const rows = new Map<string, { code: string; name: string; kerne: number; bred: number; total: number }>();
  const row = (code: string, name: string) => {
    const found = rows.get(code);
    if (found) return found;
    const created = { code, name, kerne: 0, bred: 0, total: 0 };
    rows.set(code, created);
    return created;
  };
  for (const roster of registry.rosters)
    if (roster.members.length > 0) row(roster.municipality, names.get(roster.municipality) ?? roster.municipality);
  const unknown = { code: '', name: 'ukendt', kerne: 0, bred: 0, total: 0 };
  for (const q of questions) {
    const r = q.municipality ? row(q.municipality.code, q.municipality.name) : unknown;
    r[q.tier]++;
    r.total++;
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      b.total - a.total || Number(a.code === KL_CODE) - Number(b.code === KL_CODE) || a.code.localeCompare(b.code),
  );
  return unknown.total > 0 ? [...sorted, unknown] : sorted;
}
