/**
 * The member directory of one tier (#model/registry/directory.ts), computed from the loaded registry. This is the
 * one place that decides who a tier's pages may name: the build writes its result for each tier and the site shows
 * nothing else, so a core-only member who is not a contact person is never part of the broad tier's data, not even
 * as a count. Pure: no file system, no clock.
 */
import {
  DIRECTORY_KL_CODE,
  type DirectoryOrganisation,
  type DirectoryPerson,
  type MemberDirectory,
} from '#model/registry/directory.ts';
import { memberShownInTier } from '#model/registry-members.ts';
import type { Tier } from '#model/tiers.ts';
import type { Member, Registry } from './types.ts';

const collator = new Intl.Collator('da');

/**
 * How a tier shows a roster member: in the member list, only as contact person (an opted-out contact person:
 * their role is shown, their topics are not), or not at all. The core tier shows every member, the broad tier
 * its own members and the contact persons (who are core members, and whom the access page already names).
 */
export function memberVisibility(member: Member, tier: Tier): 'listed' | 'contact-only' | 'hidden' {
  if (!memberShownInTier(member, tier)) return 'hidden';
  if (member.vis_i_medlemsliste) return 'listed';
  return member.contact ? 'contact-only' : 'hidden';
}

/**
 * The directory of `tier`: every municipality of kommuner.yaml in file order and then KL, each with the number of
 * listed people and contact persons the tier shows, and those people (work contact details and topics only). KL's
 * moderators (admins.yaml) are KL's contact persons, as on the gate's access page. Members of a roster whose
 * municipality is not in kommuner.yaml are left out (`registry check` reports the roster).
 */
export function memberDirectory(registry: Registry, tier: Tier): MemberDirectory {
  const known = new Set(registry.kommuner.map((k) => k.code));
  const people: DirectoryPerson[] = [];
  for (const roster of registry.rosters) {
    if (!known.has(roster.municipality)) continue;
    for (const member of roster.members) {
      const shown = memberVisibility(member, tier);
      if (shown === 'hidden') continue;
      people.push({
        name: member.name,
        title: member.title,
        email: member.email,
        organisation: roster.municipality,
        contact: member.contact,
        listed: shown === 'listed',
        topics: shown === 'listed' ? [...member.emner] : [],
      });
    }
  }
  for (const admin of registry.admins) {
    people.push({
      name: admin.name,
      title: admin.title,
      email: admin.email,
      organisation: DIRECTORY_KL_CODE,
      contact: true,
      listed: true,
      topics: [],
    });
  }
  people.sort((a, b) => collator.compare(a.name, b.name) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  const count = (code: string) => ({
    members: people.filter((p) => p.organisation === code && p.listed).length,
    contacts: people.filter((p) => p.organisation === code && p.contact).length,
  });
  const organisations: DirectoryOrganisation[] = [
    ...registry.kommuner.map((k) => ({
      code: k.code,
      name: k.name,
      fullName: k.full_name,
      region: k.region,
      ...count(k.code),
    })),
    {
      code: DIRECTORY_KL_CODE,
      name: registry.kl.name,
      fullName: registry.kl.full_name,
      region: null,
      ...count(DIRECTORY_KL_CODE),
    },
  ];
  return { tier, organisations, people };
}
