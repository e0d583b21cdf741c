import { z } from 'zod';
import { domain, email, municipalityCode, tenantId, text } from './common.ts';

/** The five Danish regions, spelled as in kommuner.csv. */
export const regions = [
  'Region Hovedstaden',
  'Region Sjælland',
  'Region Syddanmark',
  'Region Midtjylland',
  'Region Nordjylland',
] as const;

const domains = z
  .array(domain, { error: 'domains skal være en liste, fx [kk.dk]' })
  .min(1, { error: 'angiv mindst ét domæne (maildomænet først)' });
const tenantIds = z.array(tenantId, { error: 'tenant_ids skal være en liste' }).default([]);

/** KL itself: the organisation the admins belong to. */
export const organisationSchema = z.strictObject({
  /** Short name, e.g. "KL". */
  name: text.meta({ description: 'Kort navn, fx KL' }),
  /** Full name. */
  full_name: text.meta({ description: 'Fulde navn' }),
  /** Mail domain first, then other domains. */
  domains: domains.meta({ description: 'Maildomænet først, derefter evt. webdomænet' }),
  /** Entra ID tenant ids; empty means no tenant pinned. */
  tenant_ids: tenantIds.meta({ description: 'Entra ID-tenant-id(er); tom liste = ingen tenant fastlåst' }),
  /** The secretariat's address, which the site gives wherever it says "write to KL". */
  email: email.optional().meta({ description: 'Sekretariatets e-mailadresse, som siderne henviser til' }),
});

/** One of the 98 municipalities. */
export const municipalitySchema = z.strictObject({
  /** Official three-digit code. */
  code: municipalityCode.meta({ description: 'Kommunekode, tre cifre i anførselstegn, fx "101"' }),
  /** Short name, e.g. "København". */
  name: text.meta({ description: 'Kort navn, fx København' }),
  /** Official full name, e.g. "Københavns Kommune". */
  full_name: text.meta({ description: 'Officielt navn, fx Københavns Kommune' }),
  /** The region the municipality belongs to. */
  region: z.enum(regions, { error: `region skal være en af: ${regions.join(', ')}` }),
  /** Mail domain first; web domain too where it differs. */
  domains: domains.meta({ description: 'Maildomænet først, derefter webdomænet hvis det er et andet' }),
  /** Entra ID tenant ids; empty means no tenant pinned. */
  tenant_ids: tenantIds.meta({ description: 'Entra ID-tenant-id(er); tom liste = ingen tenant fastlåst' }),
});

/** `registry/kommuner.yaml` */
export const kommunerFileSchema = z.strictObject({
  kl: organisationSchema,
  kommuner: z.array(municipalitySchema, { error: 'kommuner skal være en liste af kommuner' }),
});

export type KommunerData = z.infer<typeof kommunerFileSchema>;
