import type { Problem } from '../problems/problem.ts';
import { runRules } from './rules/context.ts';
import { rules } from './rules/index.ts';
import type { Registry, Tier } from './types.ts';

/** One person in the access list (docs/interfaces.md §2). */
export interface AccessListMember {
  name: string;
  tier: Tier;
  /** Three-digit code, or "KL" for admins. */
  municipality: string;
  municipalityName: string;
  /** Entra ID tenants the person may sign in from; empty = none pinned. */
  tenantIds: string[];
  contact: boolean;
  admin: boolean;
}

/** Who to ask for access, per e-mail domain. */
export interface AccessListDomain {
  municipality: string;
  municipalityName: string;
  contacts: { name: string; email: string }[];
}

/** The compiled access list the gate reads. */
export interface AccessList {
  version: 1;
  generated: string;
  /** Keyed by lower-case e-mail. */
  members: Record<string, AccessListMember>;
  domains: Record<string, AccessListDomain>;
  /** KL's secretariat address (kommuner.yaml `kl.email`), for people no contact person can help; optional. */
  secretariat?: string;
}

function sortedRecord<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Build the access list from a loaded registry. Pure: the same registry and `now` give the same JSON.
 * Everyone listed is included; an expired confirmation ends access through a removal PR, not here.
 */
export function compileAccessList(registry: Registry, now: Date): AccessList {
  const members: [string, AccessListMember][] = [];
  const domains: [string, AccessListDomain][] = [];
  const rosterByCode = new Map(registry.rosters.map((r) => [r.municipality, r]));
  for (const m of registry.kommuner) {
    const roster = rosterByCode.get(m.code);
    for (const person of roster?.members ?? []) {
      members.push([
        person.email.toLowerCase(),
        {
          name: person.name,
          tier: person.tier,
          municipality: m.code,
          municipalityName: m.name,
          tenantIds: [...m.tenant_ids],
          contact: person.contact,
          admin: false,
        },
      ]);
    }
    const contacts = (roster?.members ?? []).filter((p) => p.contact).map((p) => ({ name: p.name, email: p.email }));
    for (const d of m.domains) domains.push([d, { municipality: m.code, municipalityName: m.name, contacts }]);
  }
  for (const admin of registry.admins) {
    const entry: AccessListMember = {
      name: admin.name,
      tier: 'kerne',
      municipality: 'KL',
      municipalityName: registry.kl.name,
      tenantIds: [...registry.kl.tenant_ids],
      contact: false,
      admin: true,
    };
    members.push([admin.email.toLowerCase(), entry]);
  }
  const adminContacts = registry.admins.map((a) => ({ name: a.name, email: a.email }));
  for (const d of registry.kl.domains) {
    domains.push([d, { municipality: 'KL', municipalityName: registry.kl.name, contacts: adminContacts }]);
  }
  return {
    version: 1,
    generated: now.toISOString(),
    members: sortedRecord(members),
    domains: sortedRecord(domains),
    ...(registry.kl.email ? { secretariat: registry.kl.email } : {}),
  };
}

/** Rules whose errors come from the calendar moving on; they must not stop a deploy of the access list. */
export const TIME_DEPENDENT_RULES: ReadonlySet<string> = new Set(['confirmation-expired']);

/** Rule errors that make an access list unsafe to publish (duplicates, wrong domains, …). */
export function compileBlockers(registry: Registry, today: string): Problem[] {
  return runRules(rules, registry, today, TIME_DEPENDENT_RULES).filter((p) => p.severity === 'error');
}
