import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Tier } from '#model/tiers.ts';

/** Settings for the Astro build of every tier (passed to the child process as environment). */
export interface AstroBuild {
  repoRoot: string;
  /** The tiers to render, each under <outDir>/<tier>/ (scripts/build/split-tiers.ts separates them). */
  tiers: readonly Tier[];
  outDir: string;
  cacheDir: string;
  contentDir: string;
  registryDir: string;
  /**
   * The folder with each tier's member directory and answered questions (`directory-<tier>.json`,
   * `questions-<tier>.json`; scripts/build/member-directory.ts, question-pages.ts); the pages about members and the
   * questions need it.
   */
  dataDir?: string;
  repoUrl?: string;
  publicUrl?: string;
  /** Pin "today" for the review badge (tests). */
  today?: string;
  /** Test-only: the broad collections unfiltered and unchecked, to prove the leak test fails. */
  unsafeNoTierFilter?: boolean;
  /** Test-only: the broad pages read the core collections, to prove the build stops (broad-sources.test.ts). */
  unsafeBroadReadsCore?: boolean;
  /** Astro project root (default: a private copy of <repoRoot>/site); the benchmark uses its bare project. */
  projectRoot?: string;
}

/**
 * Copy the site project (config and src/, not fixtures or caches) next to the build's output. Astro keeps
 * per-project state in `<root>/.astro/` (e.g. content-modules.mjs, the map of MDX modules to bundle) that
 * cannot be moved by configuration; two builds sharing one root (parallel test files, say) race on it. A private
 * root per build removes that shared state.
 */
async function privateSiteRoot(repoRoot: string, outDir: string): Promise<string> {
  const source = join(repoRoot, 'site');
  const target = join(dirname(outDir), 'site');
  await cp(source, target, {
    recursive: true,
    filter: (path) => !/[/\\](fixtures|\.astro|node_modules|dist)([/\\]|$)/.test(path.slice(source.length)),
  });
  return target;
}

/**
 * Run `astro build` once for every tier, in a child process (Astro's module state stays out of the build's own
 * process). Each MDX file is compiled once and rendered into each tier whose collections hold it; the pages of a tier
 * read only that tier's collections and data (site/src/lib/library.ts). Rejects with the tail of Astro's output when
 * the build fails.
 */
export async function runAstroBuild(options: AstroBuild): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIKKERHEDSNET_TIERS: options.tiers.join(','),
    SIKKERHEDSNET_OUT_DIR: options.outDir,
    SIKKERHEDSNET_CACHE_DIR: options.cacheDir,
    SIKKERHEDSNET_CONTENT: options.contentDir,
    SIKKERHEDSNET_REGISTRY: options.registryDir,
    SIKKERHEDSNET_REPO_ROOT: options.repoRoot,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (options.dataDir) env.SIKKERHEDSNET_BUILD_DATA = options.dataDir;
  else delete env.SIKKERHEDSNET_BUILD_DATA;
  if (options.repoUrl) env.SIKKERHEDSNET_REPO_URL = options.repoUrl;
  if (options.publicUrl) env.SIKKERHEDSNET_PUBLIC_URL = options.publicUrl;
  if (options.today) env.SIKKERHEDSNET_TODAY = options.today;
  // Test-only switches come from the options alone, never from the environment the build inherits.
  delete env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER;
  delete env.SIKKERHEDSNET_UNSAFE_BROAD_READS_CORE;
  if (options.unsafeNoTierFilter) env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER = '1';
  if (options.unsafeBroadReadsCore) env.SIKKERHEDSNET_UNSAFE_BROAD_READS_CORE = '1';
  const astroBin = join(options.repoRoot, 'node_modules/astro/bin/astro.mjs');
  const root = options.projectRoot ?? (await privateSiteRoot(options.repoRoot, options.outDir));
  return new Promise((resolvePromise, reject) => {
    // Astro puts its temporary server build in <outDir>/.prerender only when outDir is inside the working
    // directory (else in <cwd>/.astro, shared by parallel builds); so run from the output's parent.
    const child = spawn(process.execPath, [astroBin, 'build', '--root', root], {
      cwd: dirname(options.outDir),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`astro build fejlede med kode ${code}:\n${output.slice(-4000)}`));
    });
  });
}
