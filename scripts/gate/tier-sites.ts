/**
 * Both tiers' manifests, reloaded when a rebuild rewrites them. A failed reload keeps the previous manifest,
 * like the access list, so a half-finished build never opens or closes anything by accident.
 */
import { join } from 'node:path';
import type { Tier } from './access-list.ts';
import { loadTierSite, type TierSite, withAssetFallback } from './tier-site.ts';
import { type StopWatching, watchForChanges } from './watch-file.ts';

export const TIERS: readonly Tier[] = ['kerne', 'bred'];

export interface TierSites {
  get(tier: Tier): TierSite;
  /** Load both manifests again (a release was switched); a tier whose manifest fails keeps the one it had. */
  reload(): Promise<void>;
  close(): void;
}

/** Load `dist/kerne.manifest.json` and `dist/bred.manifest.json`; throws when either is missing or malformed. */
export async function openTierSites(distDir: string, log: (line: string) => void, watch = true): Promise<TierSites> {
  /** Each tier's site as its manifest gives it, the site of the release before it, and what is served. */
  const loaded = new Map<Tier, TierSite>();
  const previous = new Map<Tier, TierSite | undefined>();
  const served = new Map<Tier, TierSite>();
  for (const tier of TIERS) {
    const site = await loadTierSite(distDir, tier);
    loaded.set(tier, site);
    served.set(tier, site);
  }
  const reloadTier = (tier: Tier) =>
    loadTierSite(distDir, tier).then(
      (site) => {
        // A rebuild in place keeps the release before; a switch to another release makes the current one that.
        const current = loaded.get(tier);
        if (current && current.root !== site.root) previous.set(tier, current);
        served.set(tier, withAssetFallback(site, previous.get(tier)));
        loaded.set(tier, site);
        log(`manifest for ${tier} genindlæst / reloaded: ${site.size} filer`);
      },
      (error: Error) => log(`manifest for ${tier} afvist / rejected: ${error.message}`),
    );
  // One reload at a time per tier, so a slow read can never put an older manifest back after a newer one.
  const queues = new Map<Tier, Promise<void>>();
  const queueReload = (tier: Tier) => {
    const next = (queues.get(tier) ?? Promise.resolve()).then(() => reloadTier(tier));
    queues.set(tier, next);
    return next;
  };
  const stops: StopWatching[] = [];
  if (watch) {
    for (const tier of TIERS) {
      stops.push(watchForChanges(join(distDir, `${tier}.manifest.json`), () => void queueReload(tier)));
    }
  }
  return {
    get: (tier) => served.get(tier) as TierSite,
    reload: async () => {
      await Promise.all(TIERS.map(queueReload));
    },
    close: () => {
      for (const stop of stops) stop();
    },
  };
}
