/**
 * The member directory of this tier (#model/registry/directory.ts), for the pages "Medlemmer" and "Kommuner". The
 * build computes it from the registry for each tier and passes the files in SIKKERHEDSNET_BUILD_DATA; the pages
 * show nothing about people that is not in it, so the broad build cannot name a core-only member.
 */
import {
  DIRECTORY_KL_CODE,
  type DirectoryOrganisation,
  type DirectoryPerson,
  type MemberDirectory,
  memberDirectorySchema,
} from '#model/registry/directory.ts';
import { regions } from '#model/registry/kommuner.ts';
import type { Tier } from '#model/tiers.ts';
import { readBuildData } from './build-data.ts';
import { compareDanish } from './collate.ts';
import { getTemplates, tagCounts } from './library.ts';

const DIRECTORY = {
  name: 'directory',
  schema: memberDirectorySchema,
  pages: 'siderne om medlemmer',
  valid: 'en gyldig medlemsoversigt',
  itself: 'medlemsoversigten',
} as const;

/**
 * A tier's directory (`<SIKKERHEDSNET_BUILD_DATA>/directory-<tier>.json`), read and validated once. Throws when the
 * build did not pass one, or the file is another tier's.
 */
export function getDirectory(tier: Tier): MemberDirectory {
  return readBuildData(DIRECTORY, tier);
}

/** The path segment of an organisation's page: the municipality code, or `kl`. */
export function organisationSlug(code: string): string {
  return code === DIRECTORY_KL_CODE ? 'kl' : code;
}

/** `/kommuner/101/`, `/kommuner/kl/`. */
export function organisationUrl(code: string): string {
  return `/kommuner/${organisationSlug(code)}/`;
}

/** The organisation with `code`, if the directory has it. */
export function organisation(code: string, tier: Tier): DirectoryOrganisation | undefined {
  return getDirectory(tier).organisations.find((o) => o.code === code);
}

/** The people of one organisation as this tier shows them (sorted by name). */
export function peopleOf(code: string, tier: Tier): DirectoryPerson[] {
  return getDirectory(tier).people.filter((p) => p.organisation === code);
}

/** The people in the member list (/medlemmer/): every listed person of the tier. */
export function listedPeople(tier: Tier): DirectoryPerson[] {
  return getDirectory(tier).people.filter((p) => p.listed);
}

/**
 * The person with this work e-mail as this tier shows them, or undefined when the tier may not name them (not a
 * member, opted out, or core-only in the broad tier). Pages that name a contact (experiences) ask here first.
 */
export function personByEmail(email: string, tier: Tier): DirectoryPerson | undefined {
  const wanted = email.toLowerCase();
  return getDirectory(tier).people.find((p) => p.email.toLowerCase() === wanted);
}

/** The municipalities grouped by region in the regions' usual order (KL, which has none, is left out). */
export function municipalitiesByRegion(tier: Tier): { region: string; organisations: DirectoryOrganisation[] }[] {
  const all = getDirectory(tier).organisations;
  return regions
    .map((region) => ({
      region,
      organisations: all.filter((o) => o.region === region).sort((a, b) => compareDanish(a.name, b.name)),
    }))
    .filter((g) => g.organisations.length > 0);
}

/**
 * Tags that have a topic page (/emne/<slug>/) in this tier, so a topic links there only when the page exists. The
 * topic pages are built from the tier's templates (site/src/pages/emne/[tag]/index.astro); keep the two in step.
 */
export async function topicPages(tier: Tier): Promise<ReadonlySet<string>> {
  return new Set(tagCounts(await getTemplates(tier)).map((t) => t.tag));
}
