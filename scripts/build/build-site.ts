import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DISCUSSIONS_DIR, DIST_DIR, LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { type Tier, visibleInTier } from '#model/tiers.ts';
import type { Problem } from '../problems/problem.ts';
import { runAstroBuild } from './astro-build.ts';
import { loadDiscussionExports } from './discussion-exports.ts';
import { loadBuildLibrary } from './load-library.ts';
import { listFiles, writeManifest } from './manifest.ts';
import { loadBuildRegistry, writeTierDirectory } from './member-directory.ts';
import { closePagefind, indexTier } from './pagefind-index.ts';
import { writeTierQuestions } from './question-pages.ts';
import { REPO_ROOT } from './repo-root.ts';
import { searchTerms } from './search/danish.ts';
import { splitTiers } from './split-tiers.ts';
import { writeTemplateAssets } from './tier-assets.ts';
import { cachedWordRenderer } from './word-cache.ts';
import { type DocxRenderer, type RenderDocx, renderWordFiles, startDocxRenderer } from './word-files.ts';

export interface BuildSiteOptions {
  /** Repository root (default: the one this file lives in). */
  repoRoot?: string;
  /** Library to build (default <repoRoot>/templates-library). */
  contentDir?: string;
  /** The registry: owner codes and names, and the member directory (default <repoRoot>/registry). */
  registryDir?: string;
  /**
   * The Discussions exports `kerne.json` and `bred.json` (default <repoRoot>/discussions); a missing file means no
   * questions from that repository. The build never asks GitHub.
   */
  discussionsDir?: string;
  /** Where dist/<tier>/ and <tier>.manifest.json go (default <repoRoot>/dist). */
  outDir?: string;
  tiers?: readonly Tier[];
  /** Base of "Foreslå ændring" links (default: the site's own, from the environment Astro inherits, else KL's). */
  repoUrl?: string;
  /** Absolute site URL for feed, sitemap and Word links (default http://localhost:4321; the CLI passes its own). */
  publicUrl?: string;
  /** Pin "today" (`YYYY-MM-DD`) for the review badge; tests use it. */
  today?: string;
  /** Word renderer (default: scripts/build/docx/render.ts in a pool of worker threads). */
  renderDocx?: RenderDocx;
  /**
   * Keep the Word files between builds in this folder, by a hash of each template and of the Word export's code
   * (scripts/build/word-cache.ts); only new and changed templates are rendered. Default: no cache.
   */
  wordCacheDir?: string;
  /** One Danish line per step; only the CLI prints it. */
  onProgress?: (line: string) => void;
  /** Test-only: build the broad tier without the tier filter, to prove the leak test can fail. */
  unsafeNoTierFilter?: boolean;
  /** Test-only: let the broad pages read the core collections, to prove the build then stops. */
  unsafeBroadReadsCore?: boolean;
  /** Test-only: give the broad tier the core tier's member directory, to prove the leak test can fail. */
  unsafeNoDirectoryFilter?: boolean;
  /** Test-only: give the broad tier the core tier's question pages, to prove the leak test can fail. */
  unsafeNoQuestionFilter?: boolean;
}

export interface TierResult {
  tier: Tier;
  dir: string;
  manifestFile: string;
  files: number;
  searchPages: number;
}

export interface BuildSiteResult {
  problems: Problem[];
  tiers: TierResult[];
}

/**
 * Build the library into one complete static site per tier: validate the content and load the registry, run one
 * `astro build` that renders every tier under /<tier>/ (the broad pages read collections that never store a core-only
 * entry, and each tier's pages only its own member directory and answered questions), split its output into one
 * folder per tier, index each tier with its own Pagefind bundle, write Word files and attachments, then swap the
 * finished tiers into place and write the manifests.
 * Content problems are returned (nothing is written); build failures throw.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const contentDir = resolve(repoRoot, options.contentDir ?? LIBRARY_DIR);
  const registryDir = resolve(repoRoot, options.registryDir ?? REGISTRY_DIR);
  const discussionsDir = resolve(repoRoot, options.discussionsDir ?? DISCUSSIONS_DIR);
  const outDir = resolve(repoRoot, options.outDir ?? DIST_DIR);
  const tiers = options.tiers ?? (['kerne', 'bred'] as const);
  const publicUrl = options.publicUrl ?? 'http://localhost:4321';
  const progress = options.onProgress ?? (() => {});
  const started = Date.now();
  const step = (line: string) => progress(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

  step(`Læser biblioteket i ${contentDir}`);
  // The same loader and rules as `content check`, so both report a problem under one name with one message.
  const loaded = await loadBuildLibrary(repoRoot, contentDir, registryDir);
  if (!loaded.library || loaded.problems.some((p) => p.severity === 'error')) {
    return { problems: loaded.problems, tiers: [] };
  }
  const { library, ownerNames } = loaded;
  step(
    `${library.templates.length} skabeloner, ${library.news.length} nyheder, ${library.meetings.length} møder, ${library.experiences.length} erfaringer er gyldige`,
  );
  step(`Læser registret i ${registryDir}`);
  // The whole registry, with the registry's own loader: a registry that does not load stops the build, located.
  const members = await loadBuildRegistry(repoRoot, registryDir, contentDir, library.vocabulary);
  if (!members.registry || members.problems.some((p) => p.severity === 'error')) {
    return { problems: [...library.problems, ...members.problems], tiers: [] };
  }
  const { registry } = members;
  step(`Læser spørgsmål og svar i ${discussionsDir}`);
  // A broken export stops the build like a broken registry; a missing one only means no questions.
  const discussions = await loadDiscussionExports(repoRoot, discussionsDir, registry);
  if (discussions.problems.length > 0) {
    return { problems: [...library.problems, ...members.problems, ...discussions.problems], tiers: [] };
  }

  await mkdir(outDir, { recursive: true });
  // The work directory must be inside the repository: Astro's temporary server build resolves packages
  // from node_modules relative to where it is written. .tmp/ is git-ignored.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const work = await mkdtemp(join(repoRoot, '.tmp', 'build-'));
  let renderer: DocxRenderer | undefined;
  try {
    renderer = options.renderDocx ? { render: options.renderDocx, close: async () => {} } : await startDocxRenderer();
    const cache = options.wordCacheDir
      ? await cachedWordRenderer(renderer.render, resolve(repoRoot, options.wordCacheDir))
      : undefined;
    const word = renderWordFiles(library.templates, cache?.render ?? renderer.render, { publicUrl, ownerNames }).then(
      async (files) => {
        const reused = cache ? `, ${cache.stats().hits * 2} af dem fra cachen` : '';
        step(`${files.size * 2} Word-filer lavet (med og uden vejledning${reused})`);
        await cache?.prune();
        return files;
      },
    );
    // Avoid an unhandled rejection while the tier builds are still running.
    word.catch(() => {});

    // Each tier's member directory and answered questions, made from the registry for that tier alone.
    const data = join(work, 'data');
    await mkdir(data);
    for (const tier of tiers) {
      await writeTierDirectory(data, registry, tier, options.unsafeNoDirectoryFilter === true && tier === 'bred');
      const unsafeQuestions = options.unsafeNoQuestionFilter === true && tier === 'bred';
      const questions = await writeTierQuestions(data, registry, discussions.exports, tier, unsafeQuestions);
      step(`${tier}: ${questions.questions} besvarede spørgsmål`);
    }
    // Both tiers in one Astro build: each MDX file is compiled once and rendered into every tier that may see it.
    const astroOut = join(work, 'astro');
    await runAstroBuild({
      repoRoot,
      tiers,
      outDir: astroOut,
      cacheDir: join(work, 'cache'),
      contentDir,
      registryDir,
      dataDir: data,
      repoUrl: options.repoUrl,
      publicUrl,
      today: options.today,
      unsafeNoTierFilter: options.unsafeNoTierFilter,
      unsafeBroadReadsCore: options.unsafeBroadReadsCore,
    });
    step(`Astro: ${tiers.join(' og ')} bygget`);
    // Compound rules and glossary, shared by both tiers; what each tier's index gets is computed from its own pages.
    // Loaded after Astro, not beside it: the Hunspell lexicon's 110 MB would add to the build's peak memory.
    const terms = searchTerms(contentDir);
    terms.catch(() => {});
    await splitTiers(astroOut, tiers, (tier) => join(work, tier));
    // Per tier, the search index and the Word files and attachments at once: they touch different files. Every
    // step is waited for before a failure is thrown, so the work directory is never removed under a running one.
    const built = await allOrFirstFailure(
      tiers.map(async (tier) => {
        const dir = join(work, tier);
        const visible = library.templates.filter(
          (t) => visibleInTier(t.data.audience, tier) || (options.unsafeNoTierFilter && tier === 'bred'),
        );
        const indexing = indexTier(dir, await terms).then((index) => {
          step(`Pagefind: ${tier} indekseret (${index.pages} sider, ${index.words} ord)`);
          return index;
        });
        const placing = word.then(async (docx) => {
          const n = await writeTemplateAssets(dir, visible, docx, contentDir);
          step(`${tier}: ${n} Word-filer og bilag lagt ved siderne`);
        });
        await allOrFirstFailure<unknown>([indexing, placing]);
        const index = await indexing;
        return { tier, dir, searchPages: index.pages };
      }),
    );

    const results: TierResult[] = [];
    for (const b of built) {
      const target = join(outDir, b.tier);
      await rm(target, { recursive: true, force: true });
      await moveDir(b.dir, target);
      const files = await listFiles(target);
      const manifestFile = await writeManifest(outDir, { tier: b.tier, generated: new Date().toISOString(), files });
      results.push({ tier: b.tier, dir: target, manifestFile, files: files.length, searchPages: b.searchPages });
      step(`${b.tier}: ${files.length} filer i ${target}, manifest ${manifestFile}`);
    }
    return { problems: [...library.problems, ...members.problems], tiers: results };
  } finally {
    await renderer?.close();
    await rm(work, { recursive: true, force: true });
    await closePagefind();
  }
}

/** Like Promise.all, but waits for every promise to settle before it rejects with the first failure. */
async function allOrFirstFailure<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/** Rename, or copy and delete when the target is on another file system (e.g. a test's temp dir). */
async function moveDir(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
