import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Tier } from '#model/tiers.ts';

/** Settings for one tier's Astro build (passed to the child process as environment). */
export interface AstroTierBuild {
  repoRoot: string;
  tier: Tier;
  outDir: string;
  cacheDir: string;
  contentDir: string;
  registryDir: string;
  /** The tier's member directory (JSON, scripts/build/member-directory.ts); the pages about members need it. */
  directoryFile?: string;
  /** The tier's answered questions (JSON, scripts/build/question-pages.ts); the pages under /spoergsmaal/ need it. */
  questionsFile?: string;
  repoUrl?: string;
  publicUrl?: string;
  /** Pin "today" for the review badge (tests). */
  today?: string;
  /** Test-only: build without the tier filter, to prove the leak test fails. */
  unsafeNoTierFilter?: boolean;
  /** Astro project root (default: a private copy of <repoRoot>/site); the benchmark uses its bare project. */
  projectRoot?: string;
}

/**
 * Copy the site project (config and src/, not fixtures or caches) next to the tier's output. Astro keeps
 * per-project state in `<root>/.astro/` (e.g. content-modules.mjs, the map of MDX modules to bundle) that
 * cannot be moved by configuration; two builds sharing one root race on it, and a broad build could pick up
 * the core build's module map. A private root per build removes that shared state.
 */
async function privateSiteRoot(repoRoot: string, outDir: string, tier: string): Promise<string> {
  const source = join(repoRoot, 'site');
  const target = join(dirname(outDir), `site-${tier}`);
  await cp(source, target, {
    recursive: true,
    filter: (path) => !/[/\\](fixtures|\.astro|node_modules|dist)([/\\]|$)/.test(path.slice(source.length)),
  });
  return target;
}

/**
 * Run `astro build` for one tier in a child process. A process per tier keeps module state (content store,
 * caches) of one tier from ever reaching the other, and lets the two tiers build in parallel.
 * Rejects with the tail of Astro's output when the build fails.
 */
export async function runAstroBuild(options: AstroTierBuild): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIKKERHEDSNET_TIER: options.tier,
    SIKKERHEDSNET_OUT_DIR: options.outDir,
    SIKKERHEDSNET_CACHE_DIR: options.cacheDir,
    SIKKERHEDSNET_CONTENT: options.contentDir,
    SIKKERHEDSNET_REGISTRY: options.registryDir,
    SIKKERHEDSNET_REPO_ROOT: options.repoRoot,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Only this tier's directory and questions: a file of the other tier must never be reachable from this process's
  // settings.
  if (options.directoryFile) env.SIKKERHEDSNET_DIRECTORY = options.directoryFile;
  else delete env.SIKKERHEDSNET_DIRECTORY;
  if (options.questionsFile) env.SIKKERHEDSNET_QUESTIONS = options.questionsFile;
  else delete env.SIKKERHEDSNET_QUESTIONS;
  if (options.repoUrl) env.SIKKERHEDSNET_REPO_URL = options.repoUrl;
  if (options.publicUrl) env.SIKKERHEDSNET_PUBLIC_URL = options.publicUrl;
  if (options.today) env.SIKKERHEDSNET_TODAY = options.today;
  if (options.unsafeNoTierFilter) env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER = '1';
  else delete env.SIKKERHEDSNET_UNSAFE_NO_TIER_FILTER;
  const astroBin = join(options.repoRoot, 'node_modules/astro/bin/astro.mjs');
  const root = options.projectRoot ?? (await privateSiteRoot(options.repoRoot, options.outDir, options.tier));
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
      else reject(new Error(`astro build (${options.tier}) fejlede med kode ${code}:\n${output.slice(-4000)}`));
    });
  });
}
