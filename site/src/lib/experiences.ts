/**
 * Experiences ("erfaringer") of this tier, with everything the pages derive from them, and the vendors they
 * name. Everything here reads the tier's own `erfaringer` collection (content.config.ts, through the tier
 * filter), so a core-only experience, and a vendor only core-only experiences name, never reach the broad build.
 */
import { vendorUrl } from '#model/categories.ts';
import { isReviewOverdue } from '#model/dates.ts';
import {
  AREA_SLUGS,
  EXPERIENCE_AREAS,
  EXPERIENCE_REVIEW_MONTHS,
  type ExperienceArea,
  type ExperienceData,
  formatMonth,
  VERDICT_LABELS,
  VERDICTS,
  type Verdict,
  vendorSlug,
} from '#model/library/experience.ts';
import { type ContactPerson, contactsToShow, readMemberIndex } from '#model/registry-members.ts';
import type { Tier } from '#model/tiers.ts';
import { compareDanish } from './collate.ts';
import { type Entry, env, municipalities, tierEntries } from './library.ts';

export type ExperienceEntry = Entry<ExperienceData>;

/** Someone to ask: the experience's contact, or (when this tier may not show them) the municipality's contact persons. */
export type ExperienceContact = ContactPerson;

/** An experience with everything the pages derive from it, computed once per build. */
export interface ExperienceView {
  entry: ExperienceEntry;
  data: ExperienceData;
  slug: string;
  /** `/erfaringer/<slug>/` */
  url: string;
  vendorSlug: string;
  /** `/leverandoerer/<vendorSlug>/` */
  vendorUrl: string;
  /** The vendor as its page names it: the spelling most of this tier's experiences use. */
  vendorName: string;
  /** The owner's official name ("Aarhus Kommune"). */
  ownerName: string;
  /** The owner's short name ("Aarhus"). */
  ownerShortName: string;
  areaLabel: string;
  verdictLabel: string;
  /** "marts 2022" */
  inUseSince: string;
  /** Past `reviewed` + EXPERIENCE_REVIEW_MONTHS on the build's day. */
  overdue: boolean;
  /**
   * Whom to ask. The named contact when this tier may show them (the core tier: any member; the broad tier: broad
   * members and contact persons) and they have not opted out of the member list; otherwise the owner's contact
   * persons, so a core-only member's address never reaches the broad build (the content check
   * `experience-contact` stops such an entry before it is merged).
   */
  contacts: ExperienceContact[];
  /** True when `contacts` is the named contact; false when it is the municipality's contact persons instead. */
  contactIsNamed: boolean;
}

/** A vendor and every experience of this tier that names it, grouped by product. */
export interface VendorView {
  slug: string;
  url: string;
  name: string;
  experiences: ExperienceView[];
  /** Products in Danish order, each with its experiences by municipality. */
  products: { name: string; experiences: ExperienceView[] }[];
  /** Number of municipalities with an experience. */
  municipalities: number;
  /** Experiences per verdict, in VERDICTS order. */
  verdicts: { verdict: Verdict; label: string; count: number }[];
}

const members = readMemberIndex(env.registryDir);

/** The contact this tier may show, else the owner's contact persons (#model/registry-members.ts `contactsToShow`). */
function contactsFor(data: ExperienceData, tier: Tier): Pick<ExperienceView, 'contacts' | 'contactIsNamed'> {
  const { contacts, named } = contactsToShow(members, data.owner, data.contact, tier);
  return { contacts, contactIsNamed: named };
}

/** The spelling most entries use; a tie goes to the first in Danish order. */
function mostUsed(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort(([a, na], [b, nb]) => nb - na || compareDanish(a, b))[0]?.[0] ?? '';
}

const cache = new Map<Tier, ExperienceView[]>();

/** Experiences of a tier, sorted by title (Danish collation). */
export async function getExperiences(tier: Tier): Promise<ExperienceView[]> {
  const cached = cache.get(tier);
  if (cached) return cached;
  const entries = await tierEntries<ExperienceData>('erfaringer', tier);
  const spellings = new Map<string, string[]>();
  for (const { data } of entries) {
    const slug = vendorSlug(data.vendor);
    spellings.set(slug, [...(spellings.get(slug) ?? []), data.vendor]);
  }
  const views = entries
    .map((entry): ExperienceView => {
      const data = entry.data;
      const slug = vendorSlug(data.vendor);
      return {
        entry,
        data,
        slug: entry.id,
        url: `/erfaringer/${entry.id}/`,
        vendorSlug: slug,
        vendorUrl: vendorUrl(slug),
        vendorName: mostUsed(spellings.get(slug) ?? [data.vendor]),
        ownerName: municipalities.fullNames.get(data.owner) ?? data.owner,
        ownerShortName: municipalities.names.get(data.owner) ?? data.owner,
        areaLabel: EXPERIENCE_AREAS[data.area],
        verdictLabel: VERDICT_LABELS[data.verdict],
        inUseSince: formatMonth(data.in_use_since),
        overdue: isReviewOverdue(data.reviewed, EXPERIENCE_REVIEW_MONTHS, env.today),
        ...contactsFor(data, tier),
      };
    })
    .sort((a, b) => compareDanish(a.data.title, b.data.title) || a.slug.localeCompare(b.slug));
  cache.set(tier, views);
  return views;
}

/** Experiences by area, in EXPERIENCE_AREAS order; areas without experiences in this tier are left out. */
export function experiencesByArea(
  experiences: readonly ExperienceView[],
): { area: ExperienceArea; label: string; experiences: ExperienceView[] }[] {
  return AREA_SLUGS.map((area) => ({
    area,
    label: EXPERIENCE_AREAS[area],
    experiences: experiences.filter((e) => e.data.area === area),
  })).filter((group) => group.experiences.length > 0);
}

/** Every vendor this tier's experiences name, in Danish order of their names. */
export function vendorGroups(experiences: readonly ExperienceView[]): VendorView[] {
  const bySlug = new Map<string, ExperienceView[]>();
  for (const e of experiences) bySlug.set(e.vendorSlug, [...(bySlug.get(e.vendorSlug) ?? []), e]);
  return [...bySlug]
    .map(([slug, list]): VendorView => {
      const first = list[0] as ExperienceView;
      const byProduct = new Map<string, ExperienceView[]>();
      for (const e of list) {
        const key = e.data.product.toLocaleLowerCase('da');
        byProduct.set(key, [...(byProduct.get(key) ?? []), e]);
      }
      const products = [...byProduct.values()]
        .map((group) => ({
          name: mostUsed(group.map((e) => e.data.product)),
          experiences: [...group].sort(
            (a, b) => compareDanish(a.ownerName, b.ownerName) || compareDanish(a.data.title, b.data.title),
          ),
        }))
        .sort((a, b) => compareDanish(a.name, b.name));
      return {
        slug,
        url: first.vendorUrl,
        name: first.vendorName,
        experiences: list,
        products,
        municipalities: new Set(list.map((e) => e.data.owner)).size,
        verdicts: VERDICTS.map((verdict) => ({
          verdict,
          label: VERDICT_LABELS[verdict],
          count: list.filter((e) => e.data.verdict === verdict).length,
        })),
      };
    })
    .sort((a, b) => compareDanish(a.name, b.name));
}

/** The `n` most recently reviewed experiences (ties by title), for the front page. */
export function newestExperiences(experiences: readonly ExperienceView[], n = 3): ExperienceView[] {
  return [...experiences]
    .sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || compareDanish(a.data.title, b.data.title))
    .slice(0, n);
}
