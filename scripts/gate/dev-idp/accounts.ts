/**
 * Demo accounts of the development identity provider: every access-list member, plus one non-member on a
 * municipality's mail domain and one member address logging in from a foreign tenant, so both refusals can be
 * tried by hand.
 */
import { createHash } from 'node:crypto';
import type { AccessList } from '../access-list.ts';

/** Tenant id for members whose municipality pins none (fictitious GUID). */
export const DEV_TENANT_ID = '00000000-0000-4000-8000-00000000de00';
/** A tenant that belongs to no municipality (fictitious GUID). */
export const FOREIGN_TENANT_ID = 'ffffffff-0000-4000-8000-0000000f0f0f';

export interface DevAccount {
  /** Account id at the provider (also the form value on the login page). */
  id: string;
  name: string;
  email: string;
  tid: string;
  /** Danish one-line description for the login page. */
  description: string;
  kind: 'member' | 'non-member' | 'foreign-tenant';
}

/** A stable pseudonymous subject per account, like Entra's pairwise `sub`. */
export function subjectFor(account: DevAccount): string {
  return createHash('sha256').update(`${account.email}\n${account.tid}`).digest('base64url').slice(0, 22);
}

/** Build the accounts from the access list (members sorted: kerne first, then by name). */
export function devAccountsFromAccessList(list: AccessList): DevAccount[] {
  const members = Object.entries(list.members).sort(([, a], [, b]) =>
    a.tier === b.tier ? a.name.localeCompare(b.name, 'da') : a.tier === 'kerne' ? -1 : 1,
  );
  const accounts: DevAccount[] = members.map(([email, m]) => ({
    id: email,
    name: m.name,
    email,
    tid: m.tenantIds[0] ?? DEV_TENANT_ID,
    description: `${m.tier}${m.contact ? ', kontaktperson' : ''}${m.admin ? ', administrator' : ''} · ${m.municipalityName}`,
    kind: 'member',
  }));
  // Prefer a municipality with contact persons, so the 403 page shows whom to ask.
  const free = Object.keys(list.domains).filter((d) => !Object.hasOwn(list.members, `ikke.medlem@${d}`));
  const domain = free.find((d) => (list.domains[d]?.contacts.length ?? 0) > 0) ?? free[0] ?? 'eksempel.dk';
  const info = list.domains[domain];
  const municipalityTenant = members.find(
    ([, m]) => m.municipality === info?.municipality && m.tenantIds.length > 0,
  )?.[1].tenantIds[0];
  accounts.push({
    id: 'ikke-medlem',
    name: 'Ikke Medlem',
    email: `ikke.medlem@${domain}`,
    tid: municipalityTenant ?? DEV_TENANT_ID,
    description: `ikke medlem · ${info ? info.municipalityName : 'ukendt kommune'}`,
    kind: 'non-member',
  });
  const pinned = members.find(([, m]) => m.tenantIds.length > 0) ?? members[0];
  if (pinned) {
    accounts.push({
      id: 'fremmed-tenant',
      name: `${pinned[1].name} (fremmed tenant)`,
      email: pinned[0],
      tid: FOREIGN_TENANT_ID,
      description: 'medlemmets e-mail, men login fra en anden organisations Entra ID',
      kind: 'foreign-tenant',
    });
  }
  return accounts;
}
