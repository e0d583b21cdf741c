/**
 * The compiled access list (docs/interfaces.md §2) and the authorization rule built on it.
 * The gate trusts only this file for membership and tier; the identity provider only proves who logged in.
 */
import { z } from 'zod';

const memberSchema = z.object({
  name: z.string(),
  tier: z.enum(['kerne', 'bred']),
  municipality: z.string(),
  municipalityName: z.string(),
  tenantIds: z.array(z.string()),
  contact: z.boolean(),
  admin: z.boolean(),
});

const domainSchema = z.object({
  municipality: z.string(),
  municipalityName: z.string(),
  contacts: z.array(z.object({ name: z.string(), email: z.string() })),
});

const accessListSchema = z.object({
  version: z.literal(1),
  generated: z.string(),
  members: z.record(z.string(), memberSchema),
  domains: z.record(z.string(), domainSchema),
  /** KL's secretariat address; lists compiled before it existed have none. */
  secretariat: z.string().optional(),
});

export type AccessList = z.infer<typeof accessListSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Tier = Member['tier'];
export type DomainInfo = z.infer<typeof domainSchema>;

/** Parse and validate access-list JSON text; throws an Error with an English+Danish message when it is invalid. */
export function parseAccessList(text: string): AccessList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`adgangslisten er ikke gyldig JSON / access list is not valid JSON: ${(error as Error).message}`);
  }
  const result = accessListSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '?';
    throw new Error(`adgangslisten har forkert form ved "${where}" / access list has a wrong shape at "${where}"`);
  }
  // Keys are compared lower-case; normalise once here instead of on every request.
  const members: Record<string, Member> = {};
  for (const [email, member] of Object.entries(result.data.members)) members[email.toLowerCase()] = member;
  const domains: Record<string, DomainInfo> = {};
  for (const [domain, info] of Object.entries(result.data.domains)) domains[domain.toLowerCase()] = info;
  return { ...result.data, members, domains };
}

/** The identity the session carries: validated ID-token claims. */
export interface Identity {
  email: string;
  tid?: string | undefined;
  name?: string | undefined;
}

export type Decision =
  | { allowed: true; tier: Tier; member: Member }
  | { allowed: false; reason: 'no-email' | 'not-member' | 'wrong-tenant' | 'tenant-not-pinned' };

export interface AuthorizeOptions {
  /**
   * Refuse members whose municipality pins no tenant (production default). Without a pin the e-mail claim is
   * all there is, and any Entra tenant can give one of its users any address.
   */
  requirePinnedTenant?: boolean;
}

/**
 * Ensure the identity is a registry member whose tenant matches: e-mail (lower-cased) must be a key of the list,
 * and when the member's municipality pins tenant ids, the token's `tid` must be one of them. Never the e-mail
 * alone: another Entra tenant can put any address in its users' `email` claim. With `requirePinnedTenant`
 * (production), a member whose municipality pins no tenant is refused.
 */
export function authorize(list: AccessList, identity: Identity, options: AuthorizeOptions = {}): Decision {
  const email = identity.email.trim().toLowerCase();
  if (!email) return { allowed: false, reason: 'no-email' };
  const member = Object.hasOwn(list.members, email) ? list.members[email] : undefined;
  if (!member) return { allowed: false, reason: 'not-member' };
  if (member.tenantIds.length === 0 && options.requirePinnedTenant)
    return { allowed: false, reason: 'tenant-not-pinned' };
  if (member.tenantIds.length > 0 && !(identity.tid && member.tenantIds.includes(identity.tid))) {
    return { allowed: false, reason: 'wrong-tenant' };
  }
  return { allowed: true, tier: member.tier, member };
}

export interface ContactOptions {
  /**
   * A municipality that pins no tenant names no one (production): without a pin, nothing shows the visitor is
   * from that municipality. In development they are named, so the demo's non-member sees whom to ask.
   */
  requirePinnedTenant?: boolean;
}

/**
 * The municipality an e-mail domain belongs to, for the 403 page, or undefined for a neutral page. Ensure contacts
 * are named only when the token's tenant is one of that municipality's tenant ids, so a foreign tenant cannot
 * harvest contact lists (member addresses) by giving a user an address on the domain.
 */
export function municipalityForEmail(
  list: AccessList,
  identity: Identity,
  options: ContactOptions = {},
): DomainInfo | undefined {
  const domain = identity.email.trim().toLowerCase().split('@')[1];
  if (!domain || !Object.hasOwn(list.domains, domain)) return undefined;
  const info = list.domains[domain];
  if (!info) return undefined;
  const tenants = new Set<string>();
  for (const member of Object.values(list.members)) {
    if (member.municipality === info.municipality) for (const t of member.tenantIds) tenants.add(t);
  }
  if (tenants.size === 0) return options.requirePinnedTenant ? undefined : info;
  return identity.tid && tenants.has(identity.tid) ? info : undefined;
}
