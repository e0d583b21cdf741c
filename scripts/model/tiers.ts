/**
 * The two audiences of the network. A member belongs to a tier; a page has an audience. `kerne` sees every page,
 * `bred` only pages marked `audience: alle`.
 */

/** The tiers, as in the registry (`tier:`) and the build output (`dist/<tier>/`). */
export const TIERS = ['kerne', 'bred'] as const;
export type Tier = (typeof TIERS)[number];

/** A page's audience: `alle` is shown in both tiers, `kerne` only in the core tier. */
export const AUDIENCES = ['alle', 'kerne'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What a page says about who can read it (every page shows it; lists mark core-only entries). */
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  alle: 'Også for Databeskyttelse og Sikkerhed',
  kerne: 'Kun kernenetværket',
};

/** The tiers' names as members know them. */
export const TIER_NAMES: Readonly<Record<Tier, string>> = {
  kerne: 'kernenetværket',
  bred: 'Databeskyttelse og Sikkerhed',
};

/** True when an entry with this audience may be part of a tier's build (anything unknown is not). */
export function visibleInTier(audience: unknown, tier: Tier): boolean {
  return audience === 'alle' || (tier === 'kerne' && audience === 'kerne');
}

/** True for `kerne` and `bred`; used where a tier arrives as text (environment, flags). */
export function isTier(value: unknown): value is Tier {
  return value === 'kerne' || value === 'bred';
}
