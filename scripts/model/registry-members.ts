/**
 * The registry's rosters (`registry/kommuner/<code>-<name>.yaml`) as the library needs them: who is a member of
 * which municipality, and whether a tier may show their address. An experience names a member as its contact;
 * the content check (rule `experience-contact`) asks this index, and the site uses it to show the contact's name
 * and to keep a core-only member's address out of the broad tier.
 *
 * Reading is lenient on purpose: the registry's own check (`npm run registry -- check`) locates what is wrong in
 * a roster, so here an entry that is not a readable member is skipped rather than reported twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Tier } from './tiers.ts';

/** One roster entry, as much of it as the library uses. */
export interface RosterMember {
  /** Lower-case work e-mail. */
  email: string;
  name: string;
  title: string;
  /** `kerne` or `bred`; undefined when the roster says something else (the registry check reports it). */
  tier: Tier | undefined;
  /** A contact person of the municipality (always shown to both tiers: the gate's 403 page names them too). */
  contact: boolean;
  /** False when the member opted out of the member list (`vis_i_medlemsliste: false`). */
  listed: boolean;
  /** Municipality code of the roster the member is on. */
  municipality: string;
}

/** Members by municipality code and by e-mail. */
export interface MemberIndex {
  /** Municipality code → lower-case e-mail → member. */
  byMunicipality: ReadonlyMap<string, ReadonlyMap<string, RosterMember>>;
  /** Lower-case e-mail → member (the first roster naming the address, in the order given). */
  byEmail: ReadonlyMap<string, RosterMember>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The members of one roster's text; an empty list when the text is not YAML or has no `municipality` code.
 * Entries without an e-mail are skipped.
 */
export function parseRosterMembers(source: string): RosterMember[] {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch {
    return [];
  }
  if (!raw || typeof raw !== 'object') return [];
  const { municipality, members } = raw as { municipality?: unknown; members?: unknown };
  const code = typeof municipality === 'number' ? String(municipality).padStart(3, '0') : text(municipality);
  if (!code || !Array.isArray(members)) return [];
  return members.flatMap((item): RosterMember[] => {
    if (!item || typeof item !== 'object') return [];
    const m = item as Record<string, unknown>;
    const email = text(m.email).toLowerCase();
    if (!email) return [];
    const tier = m.tier === 'kerne' || m.tier === 'bred' ? m.tier : undefined;
    return [
      {
        email,
        name: text(m.name),
        title: text(m.title),
        tier,
        contact: m.contact === true,
        listed: m.vis_i_medlemsliste !== false,
        municipality: code,
      },
    ];
  });
}

/** Index the members of several rosters' texts. */
export function memberIndex(rosterTexts: readonly string[]): MemberIndex {
  const byMunicipality = new Map<string, Map<string, RosterMember>>();
  const byEmail = new Map<string, RosterMember>();
  for (const source of rosterTexts) {
    for (const member of parseRosterMembers(source)) {
      const members = byMunicipality.get(member.municipality) ?? new Map<string, RosterMember>();
      if (!members.has(member.email)) members.set(member.email, member);
      byMunicipality.set(member.municipality, members);
      if (!byEmail.has(member.email)) byEmail.set(member.email, member);
    }
  }
  return { byMunicipality, byEmail };
}

/** True for a roster's path inside the registry: `kommuner/<name>.yaml` (POSIX or native separators). */
export function isRosterPath(path: string): boolean {
  return /(^|[\\/])kommuner[\\/][^\\/]+\.ya?ml$/.test(path);
}

/**
 * Read every roster under `<registryDir>/kommuner/` (synchronously: the site's modules need it at import time).
 * A registry without rosters gives an empty index.
 */
export function readMemberIndex(registryDir: string): MemberIndex {
  const dir = join(registryDir, 'kommuner');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return memberIndex([]);
  }
  return memberIndex(names.sort().map((name) => readFileSync(join(dir, name), 'utf8')));
}

/**
 * May `tier` show this member's name and address? The core tier shows every member; the broad tier only broad
 * members and contact persons, so a core-only member's address never reaches the broad build. The one statement
 * of this rule: the content checks, the site and the registry's member directory all ask here.
 */
export function memberShownInTier(member: { tier?: string | undefined; contact: boolean }, tier: Tier): boolean {
  return tier === 'kerne' || member.tier === 'bred' || member.contact;
}

/**
 * May a page name this member as someone to ask? Not when they opted out of the member list, unless they are a
 * contact person: that role is always shown (the gate's 403 page names them too).
 */
export function memberMayBeNamed(member: RosterMember): boolean {
  return member.listed || member.contact;
}

/** Someone a page names as the person to ask. `name` and `title` are empty when the registry does not know them. */
export interface ContactPerson {
  email: string;
  name: string;
  title: string;
}

/**
 * Whom an experience's page in `tier` names as the person to ask: the named contact when that tier may show them
 * and they have not opted out of the member list (`named: true`); otherwise the owner municipality's contact
 * persons (`named: false`), so a core-only member's address never reaches the broad build, even for a page that
 * slipped past the content check (`experience-contact`). An address the registry does not know is shown as it is
 * in the core tier only.
 */
export function contactsToShow(
  members: MemberIndex,
  owner: string,
  contact: string,
  tier: Tier,
): { contacts: ContactPerson[]; named: boolean } {
  const view = (m: RosterMember): ContactPerson => ({ email: m.email, name: m.name, title: m.title });
  const roster = members.byMunicipality.get(owner);
  const member = roster?.get(contact);
  if (member && memberShownInTier(member, tier) && memberMayBeNamed(member)) {
    return { contacts: [view(member)], named: true };
  }
  if (!member && tier === 'kerne') return { contacts: [{ email: contact, name: '', title: '' }], named: true };
  return { contacts: [...(roster?.values() ?? [])].filter((m) => m.contact).map(view), named: false };
}
