/**
 * Every page lives under /<tier>/ in the one Astro build that renders both tiers (src/pages/[tier]/); the build
 * (scripts/build/split-tiers.ts) moves each tier's folder to dist/<tier>/, where the gate serves it at /. So a page
 * links without the prefix, and reads its tier from the route, never from a setting of the process.
 */
import { isTier, type Tier } from '#model/tiers.ts';
import { readSiteEnv } from './env.ts';

const tiers = readSiteEnv().tiers;

/** The route's tier; throws on anything else, so a page can never run without knowing whose page it is. */
export function routeTier(params: Record<string, string | undefined>): Tier {
  const tier = params.tier;
  if (!isTier(tier)) throw new Error(`Siden har ikke et gyldigt netværk i adressen: "${tier}"`);
  return tier;
}

/** getStaticPaths of a page without other parameters: one page per tier this build renders. */
export function tierPaths(): { params: { tier: Tier } }[] {
  return tiers.map((tier) => ({ params: { tier } }));
}

/**
 * getStaticPaths of a page with parameters: `paths(tier)` gives a tier's pages from that tier's data only, and each
 * gets the tier in its parameters.
 */
export async function perTier<P extends Record<string, string>, Props>(
  paths: (tier: Tier) => Promise<{ params: P; props?: Props }[]> | { params: P; props?: Props }[],
): Promise<{ params: P & { tier: Tier }; props?: Props }[]> {
  const all = await Promise.all(
    tiers.map(async (tier) => (await paths(tier)).map((p) => ({ ...p, params: { ...p.params, tier } }))),
  );
  return all.flat();
}

/** The address as the member sees it: without the /<tier> prefix the build removes ("/kerne/soeg/" → "/soeg/"). */
export function memberPath(pathname: string, tier: Tier): string {
  const prefix = `/${tier}`;
  return pathname === prefix || pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) || '/' : pathname;
}

/** The name of a tier's collection of a kind (src/content.config.ts): `templates_kerne`, `nyheder_bred`, … */
export function collectionName(kind: ContentKind, tier: Tier): string {
  return `${kind}_${tier}`;
}

/** The library's kinds of entries, each a collection per tier. */
export type ContentKind = 'templates' | 'nyheder' | 'moeder' | 'erfaringer';
