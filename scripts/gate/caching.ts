/**
 * The caching headers of a file a member is allowed to see. Pagefind's search bundle is the reason this exists:
 * without it every visit to the search page downloaded Pagefind's scripts, WebAssembly and index again.
 *
 * Both tiers serve their bundle under the same URLs, so a browser's stored copy must never stand in for the
 * other tier's file:
 * - A Pagefind file named by its content hash has the same bytes under that name in any build of either tier, so
 *   a stored copy is the file the member's current tier would send. The gate checks this where it can: when the
 *   other tier's current build lists the same name with different bytes (a collision of Pagefind's 28-bit name
 *   hashes), the file is revalidated instead of immutable, in both tiers.
 * - Every other Pagefind file (`pagefind-entry.json`, which names the tier's index, the scripts, the WebAssembly)
 *   is `no-cache`: the browser asks every time with `If-None-Match`, and the ETag is a hash of the bytes, so a
 *   member whose tier changed gets the new tier's file, and a 304 only when the bytes are identical.
 * - `Vary: Cookie` limits reuse without asking to the session that fetched the file: after another login in the
 *   same browser profile, the browser revalidates first.
 * Unauthenticated requests never get here (401 or the login redirect, `no-store`).
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { etagOf } from './etag.ts';
import type { FileEntry } from './tier-site.ts';

/** The headers that say how the member's browser may keep a response. */
export interface Caching {
  cacheControl: string;
  etag?: string | undefined;
  vary?: string | undefined;
}

const IMMUTABLE = 'private, max-age=31536000, immutable';
export const NO_STORE: Caching = { cacheControl: 'private, no-store' };

/** The same path in the other tier's current manifest, for the collision check (undefined when not listed). */
export type OtherTierEntry = FileEntry | undefined;

async function etagOrUndefined(entry: FileEntry): Promise<string | undefined> {
  try {
    return await etagOf(entry, await stat(entry.absolute));
  } catch {
    return undefined;
  }
}

/**
 * Caching for `entry` (whose fresh stat is `info`) in a 200 response. `searchCache` false restores the old
 * `no-store` for Pagefind's files (the baseline of `npm run bench:search-latency`). A file whose ETag cannot be
 * computed is sent `no-store` rather than with a validator that could be wrong.
 */
export async function cachingFor(
  entry: FileEntry,
  info: Stats,
  other: OtherTierEntry,
  searchCache: boolean,
): Promise<Caching> {
  if (entry.cache === 'asset') return { cacheControl: IMMUTABLE };
  if (entry.cache === 'no-store' || !searchCache) return NO_STORE;
  let etag: string;
  try {
    etag = await etagOf(entry, info);
  } catch {
    return NO_STORE;
  }
  let cacheControl = entry.cache === 'search-hashed' ? IMMUTABLE : 'private, no-cache';
  if (cacheControl === IMMUTABLE && other && (await etagOrUndefined(other)) !== etag) {
    cacheControl = 'private, no-cache';
  }
  return { cacheControl, etag, vary: 'Cookie' };
}
