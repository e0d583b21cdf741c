/**
 * What a newsletter issue tells a tier: what is new in the library in its period. Pure: the library, the tier, the
 * period and the files' dates in, sections out. A template counts as new when its file was added in the period and
 * as updated when it was changed in the period after being added before it (git dates, as the front page's lists);
 * outdated templates are left out. An experience counts when it was added in the period.
 */
import { CATEGORY_LABELS } from '#model/categories.ts';
import { formatDate, isoDay } from '#model/dates.ts';
import { VERDICT_LABELS } from '#model/library/experience.ts';
import { type Tier, visibleInTier } from '#model/tiers.ts';
import type { LibraryEntry } from '../library/types.ts';

/** When a file was added and last changed (`YYYY-MM-DD` or an ISO timestamp). */
export interface FileDates {
  created: string;
  updated: string;
}

/** One line of a newsletter section. */
export interface NewsletterItem {
  title: string;
  /** Site path, e.g. `/skabeloner/<slug>/`. */
  url: string;
  /** Kind-specific facts: date, category, municipality, verdict. */
  meta: string;
  summary: string;
  /** An alert (`varsel: true`): marked in the newsletter too. */
  alert: boolean;
  /** `YYYY-MM-DD` the item counts from, newest first within a section. */
  date: string;
}

export interface NewsletterSection {
  heading: string;
  items: NewsletterItem[];
}

export interface NewsletterInput {
  entries: readonly LibraryEntry[];
  tier: Tier;
  /** From `from` up to the day before `to`: `to` is the day the issue is made, which belongs to the next one. */
  period: { from: string; to: string };
  /** Git dates of an entry's file; undefined when git does not know it (the reviewed date is used). */
  datesOf(entry: LibraryEntry): FileDates | undefined;
  /** Municipality name by code (an experience names its municipality). */
  municipalityName(code: string): string;
}

/** The sections of one tier's issue, in reading order; empty sections are left out. */
export function newsletterSections(input: NewsletterInput): NewsletterSection[] {
  const { from, to } = input.period;
  // Half-open, so consecutive issues neither overlap nor leave a gap: what lands on the day an issue is made, after
  // it was made, is in the next one.
  const inPeriod = (date: string) => date >= from && date < to;
  const visible = input.entries.filter((e) => visibleInTier(e.data.audience, input.tier));
  const news: NewsletterItem[] = [];
  const added: NewsletterItem[] = [];
  const updated: NewsletterItem[] = [];
  const meetings: NewsletterItem[] = [];
  const experiences: NewsletterItem[] = [];
  for (const entry of visible) {
    const base = { title: entry.data.title, url: entry.url, summary: entry.data.summary, alert: false };
    switch (entry.kind) {
      case 'news': {
        const { date, varsel, kilde } = entry.data;
        if (!inPeriod(date)) break;
        const meta = [formatDate(date), ...(kilde ? [`videresendt fra ${kilde}`] : [])].join(' · ');
        news.push({ ...base, meta: varsel ? `Varsel · ${meta}` : meta, alert: varsel, date });
        break;
      }
      case 'meeting':
        if (inPeriod(entry.data.date))
          meetings.push({
            ...base,
            meta: `${formatDate(entry.data.date)} · ${entry.data.location}`,
            date: entry.data.date,
          });
        break;
      case 'template': {
        const { category, reviewed, status, version } = entry.data;
        if (status === 'forældet') break;
        const dates = input.datesOf(entry);
        const created = isoDay(dates?.created ?? reviewed);
        const changed = isoDay(dates?.updated ?? reviewed);
        const facts = [CATEGORY_LABELS[category], `version ${version}`, ...(status === 'udkast' ? ['udkast'] : [])];
        if (inPeriod(created)) added.push({ ...base, meta: facts.join(' · '), date: created });
        else if (inPeriod(changed) && created < from)
          updated.push({ ...base, meta: [`opdateret ${formatDate(changed)}`, ...facts].join(' · '), date: changed });
        break;
      }
      case 'experience': {
        const { owner, vendor, product, verdict, reviewed } = entry.data;
        const created = isoDay(input.datesOf(entry)?.created ?? reviewed);
        if (!inPeriod(created)) break;
        const meta = [input.municipalityName(owner), `${product} fra ${vendor}`, VERDICT_LABELS[verdict]].join(' · ');
        experiences.push({ ...base, meta, date: created });
        break;
      }
    }
  }
  const newestFirst = (a: NewsletterItem, b: NewsletterItem) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, 'da');
  const sections: NewsletterSection[] = [
    { heading: 'Nyheder', items: news },
    { heading: 'Nye skabeloner', items: added },
    { heading: 'Opdaterede skabeloner', items: updated },
    { heading: 'Fra netværksmøderne', items: meetings },
    { heading: 'Nye erfaringer med leverandører og værktøjer', items: experiences },
  ];
  return sections.filter((s) => s.items.length > 0).map((s) => ({ ...s, items: s.items.sort(newestFirst) }));
}
