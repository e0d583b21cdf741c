/**
 * Both tiers' manifests, reloaded when a rebuild rewrites them. A failed reload keeps the previous manifest,
 * like the access list, so a half-finished build never opens or closes anything by accident.
 */
import { join } from 'node:path';
import type { Tier } from './access-list.ts';
import { loadTierSite, type TierSite } from './tier-site.ts';
import { type StopWatching, watchForChanges } from './watch-file.ts';

export const TIERS: readonly Tier[] = ['kerne', 'bred'];

export interface TierSites {
  get(tier: Tier): TierSite;
  close(): void;
}

/** Load `dist/kerne.manifest.json` and `dist/bred.manifest.json`; throws when either is missing or malformed. */
export async function openTierSites(distDir: string, log: (line: string) => void, watch = true): Promise<TierSites> {
  const sites = new Map<Tier, TierSite>();
  for (const tier of TIERS) sites.set(tier, await loadTierSite(distDir, tier));
  const stops: StopWatching[] = [];
  if (watch) {
    for (const tier of TIERS) {
      stops.push(
        watchForChanges(join(distDir, `${tier}.manifest.json`), () => {
          loadTierSite(distDir, tier).then(
            (site) => {
              sites.set(tier, site);
              log(`manifest for ${tier} genindlæst / reloaded: ${site.size} filer`);
            },
            (error: Error) => log(`manifest for ${tier} afvist / rejected: ${error.message}`),
          );
        }),
      );
    }
  }
  return {
    get: (tier) => sites.get(tier) as TierSite,
    close: () => {
      for (const stop of stops) stop();
    },
  };
}
