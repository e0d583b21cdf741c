import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInDenmark } from '#model/dates.ts';
import { LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { isTier, type Tier } from '#model/tiers.ts';

/**
 * Repository root. The build runs Astro on a private copy of site/ (see scripts/build/astro-build.ts) and
 * passes the real root in SIKKERHEDSNET_REPO_ROOT; otherwise site/ lives directly below it.
 */
export const REPO_ROOT =
  process.env.SIKKERHEDSNET_REPO_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Settings the build passes to Astro through the environment (one process per tier). */
export interface SiteEnv {
  tier: Tier;
  /** Absolute path of the library (default templates-library/). */
  contentDir: string;
  /** Absolute path of the registry (default registry/), for owner names. */
  registryDir: string;
  /**
   * The tier's member directory, a JSON file the build writes from the registry (SIKKERHEDSNET_DIRECTORY); the
   * member and municipality pages need it, so only a build through scripts/build has them.
   */
  directoryFile: string | undefined;
  /**
   * The tier's answered questions, a JSON file the build writes from the Discussions exports and the registry
   * (SIKKERHEDSNET_QUESTIONS); only a build through scripts/build has the pages under /spoergsmaal/.
   */
  questionsFile: string | undefined;
  /** Base for "Foreslå ændring" links; the file's repository path is appended. */
  repoEditUrl: string;
  /** Absolute site URL used in the feed and sitemap. */
  publicUrl: string;
  /** Test-only: load every entry regardless of tier, to prove the leak test can fail. */
  unsafeNoTierFilter: boolean;
  /** `YYYY-MM-DD` the review badges are judged on: SIKKERHEDSNET_TODAY (tests), else today in Denmark. */
  today: string;
}

/** Read the site settings from `process.env`; throws on an unknown tier so a typo cannot widen a build. */
export function readSiteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const tier = env.SIKKERHEDSNET_TIER ?? 'kerne';
  if (!isTier(tier)) {
    throw new Error(`SIKKERHEDSNET_TIER skal være "kerne" eller "bred", ikke "${tier}"`);
  }
  const editUrl = env.SIKKERHEDSNET_REPO_URL ?? 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/edit/main/';
  return {
    tier,
    contentDir: resolve(REPO_ROOT, env.SIKKERHEDSNET_CONTENT ?? LIBRARY_DIR),
    registryDir: resolve(REPO_ROOT, env.SIKKERHEDSNET_REGISTRY ?? REGISTRY_DIR),
    directoryFile: env.SIKKERHEDSNET_DIRECTORY,
    questionsFile: env.SIKKERHEDSNET_QUESTIONS,
    repoEditUrl: editUrl.endsWith('/') ? editUrl : `${editUrl}/`,
    publicUrl: env.SIKKERHEDSNET_PUBLIC_URL ?? 'http://localhost:4321',
    unsafeNoTierFilter: env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER === '1',
    today: env.SIKKERHEDSNET_TODAY ?? todayInDenmark(),
  };
}
