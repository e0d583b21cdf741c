/**
 * Who receives a mailing: the tier's members as the registry lists them (the same people the gate lets in), KL's
 * moderators with the core tier. The newsletter leaves out members with `nyhedsbrev: false`; an alert goes to
 * every member of the tier, because an alert is the information that must reach them in time.
 */
import { KL_CODE } from '#model/municipalities.ts';
import type { Tier } from '#model/tiers.ts';
import type { Registry } from '../registry/types.ts';
import type { MailingKind, Recipient } from './types.ts';

/** The recipients of a `kind` mailing for `tier`, one per address, sorted by address. */
export function mailRecipients(registry: Registry, tier: Tier, kind: MailingKind): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const roster of registry.rosters) {
    for (const member of roster.members) {
      if (member.tier !== tier) continue;
      if (kind === 'nyhedsbrev' && !member.nyhedsbrev) continue;
      const email = member.email.toLowerCase();
      if (!byEmail.has(email)) byEmail.set(email, { email, name: member.name, municipality: roster.municipality });
    }
  }
  if (tier === 'kerne') {
    for (const admin of registry.admins) {
      const email = admin.email.toLowerCase();
      if (!byEmail.has(email)) byEmail.set(email, { email, name: admin.name, municipality: KL_CODE });
    }
  }
  return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}
