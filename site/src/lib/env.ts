import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInDenmark } from '#model/dates.ts';
import { LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { isTier, TIERS, type Tier } from '#model/tiers.ts';

/**
 * Repository root. The build runs Astro on a private copy of site/ (see scripts/build/astro-build.ts) and
 * passes the real root in SIKKERHEDSNET_REPO_ROOT; otherwise site/ lives directly below it.
 */
export const REPO_ROOT =
  process.env.SIKKERHEDSNET_REPO_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Settings the build passes to Astro through the environment (one Astro process renders every tier). */
export interface SiteEnv {
  /** The tiers this build renders, each under /<tier>/ (SIKKERHEDSNET_TIERS, comma-separated; default both). */
  tiers: readonly Tier[];
  /** Absolute path of the library (default templates-library/). */
  contentDir: string;
  /** Absolute path of the registry (default registry/), for owner names. */
  registryDir: string;
  /**
   * The folder where the build writes each tier's member directory (`directory-<tier>.json`) and answered questions
   * (`questions-<tier>.json`) from the registry and the Discussions exports (SIKKERHEDSNET_BUILD_DATA). The member,
   * municipality and question pages need it, so only a build through scripts/build has them.
   */
  dataDir: string | undefined;
  /** Base for "Foreslå ændring" links; the file's repository path is appended. */
  repoEditUrl: string;
  /** Absolute site URL used in the feed and sitemap. */
  publicUrl: string;
  /**
   * Test-only: the broad collections keep every entry and nothing checks what a broad page reads, to prove the leak
   * test can fail.
   */
  unsafeNoTierFilter: boolean;
  /**
   * Test-only: the broad pages read the core tier's collections, as a page reading the wrong collection would; the
   * check in site/src/lib/library.ts must stop the build (scripts/build/broad-sources.test.ts).
   */
  unsafeBroadReadsCore: boolean;
  /** `YYYY-MM-DD` the review badges are judged on: SIKKERHEDSNET_TODAY (tests), else today in Denmark. */
  today: string;
}

/** Read the site settings from `process.env`; throws on an unknown tier so a typo cannot widen a build. */
export function readSiteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const tiers = (env.SIKKERHEDSNET_TIERS ?? 'kerne,bred').split(',').map((t) => t.trim());
  const unknown = tiers.find((t) => !isTier(t));
  if (unknown !== undefined) {
    throw new Error(
      `SIKKERHEDSNET_TIERS skal være "kerne", "bred" eller "kerne,bred", ikke "${env.SIKKERHEDSNET_TIERS}"`,
    );
  }
  const editUrl = env.SIKKERHEDSNET_REPO_URL ?? 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/edit/main/';
  return {
    tiers: TIERS.filter((t) => tiers.includes(t)),
    contentDir: resolve(REPO_ROOT, env.SIKKERHEDSNET_CONTENT ?? LIBRARY_DIR),
    registryDir: resolve(REPO_ROOT, env.SIKKERHEDSNET_REGISTRY ?? REGISTRY_DIR),
    dataDir: env.SIKKERHEDSNET_BUILD_DATA,
    repoEditUrl: editUrl.endsWith('/') ? editUrl : `${editUrl}/`,
    publicUrl: env.SIKKERHEDSNET_PUBLIC_URL ?? 'http://localhost:4321',
    unsafeNoTierFilter: env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER === '1',
    unsafeBroadReadsCore: env.SIKKERHEDSNET_UNSAFE_BROAD_READS_CORE === '1',
    today: env.SIKKERHEDSNET_TODAY ?? todayInDenmark(),
  };
}
