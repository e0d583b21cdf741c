import type { Loader, LoaderContext } from 'astro/loaders';
import { type Tier, visibleInTier } from '#model/tiers.ts';

/**
 * Wrap a loader so that entries not visible in `tier` are never stored. Each tier has collections of its own
 * (src/content.config.ts), and this is where the broad ones drop core-only content: the broad pages (lists, counts,
 * tags, feed, sitemap, related links, search) read only those collections, through the check in library.ts, and so
 * cannot see what was never loaded. The store's `set` is
 * intercepted (so a dropped MDX file is never registered as a module to bundle), and anything that slipped
 * in from a cache is deleted afterwards.
 */
export function tierFiltered(inner: Loader, tier: Tier, disabled = false): Loader {
  if (disabled) return inner;
  return {
    ...inner,
    name: `tier-filter(${inner.name})`,
    load: async (context: LoaderContext) => {
      const { store } = context;
      const filteredStore = new Proxy(store, {
        get(target, prop) {
          if (prop === 'set') {
            return (entry: Parameters<typeof store.set>[0]) =>
              visibleInTier(entry.data?.audience, tier) ? target.set(entry) : false;
          }
          const value = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, store: filteredStore });
      for (const [id, entry] of store.entries()) {
        if (!visibleInTier(entry.data?.audience, tier)) store.delete(id);
      }
    },
  };
}
