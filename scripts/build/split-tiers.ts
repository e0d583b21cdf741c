import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Tier } from '#model/tiers.ts';

/** Files in /_astro/ that are the site's own code and styles, the same for every tier. */
const SITE_CODE = /\.(js|mjs|css)$/;
/** Files whose text may name an /_astro/ file: pages, styles, feeds. */
const REFERRING = /\.(html|css|xml)$/;
/** An /_astro/ file named in a page or style sheet (absolute, as Astro writes them). */
const ASSET_REFERENCE = /\/_astro\/([^"'()\s?#<>]+)/g;

/**
 * Split the output of the one Astro build into one complete site per tier. Astro writes each tier's pages under
 * `<astroOut>/<tier>/`, and beside them what the tiers share: the /_astro/ bundle and the files of site/public/.
 * Each tier's folder is moved to `targetOf(tier)` and gets a copy of the shared files, so the gate serves it at / as
 * before. Of /_astro/, a tier gets the site's scripts and styles, and any other file (an image an MDX page imports,
 * say) only when its own pages or styles name it: an image of a core-only template never reaches the broad site.
 * Astro renders a 404 route at `<tier>/404/index.html`; it becomes the tier's `404.html`, which the gate serves.
 */
export async function splitTiers(
  astroOut: string,
  tiers: readonly Tier[],
  targetOf: (tier: Tier) => string,
): Promise<void> {
  const shared = (await readdir(astroOut)).filter((name) => !(tiers as readonly string[]).includes(name));
  for (const tier of tiers) {
    const target = targetOf(tier);
    await rename(join(astroOut, tier), target);
    await moveNotFoundPage(target);
    for (const name of shared) {
      if (name === '_astro') await copyAstroFiles(join(astroOut, name), target);
      else await cp(join(astroOut, name), join(target, name), { recursive: true });
    }
  }
}

async function moveNotFoundPage(site: string): Promise<void> {
  const nested = join(site, '404', 'index.html');
  if (!(await stat(nested).catch(() => undefined))) return;
  await rename(nested, join(site, '404.html'));
  await rm(join(site, '404'), { recursive: true });
}

/** Copy the site's code and styles, and the other /_astro/ files this tier's pages or styles name. */
async function copyAstroFiles(source: string, site: string): Promise<void> {
  const files = (await readdir(source, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(source, join(entry.parentPath, entry.name)));
  const code = files.filter((name) => SITE_CODE.test(name));
  const other = files.filter((name) => !SITE_CODE.test(name));
  const wanted = new Set(code);
  if (other.length > 0) {
    const named = await namedAssets(
      site,
      code.filter((name) => name.endsWith('.css')).map((n) => join(source, n)),
    );
    for (const name of other) if (named.has(name)) wanted.add(name);
  }
  for (const name of wanted) {
    await mkdir(join(site, '_astro', name, '..'), { recursive: true });
    await copyFile(join(source, name), join(site, '_astro', name));
  }
}

/** Every /_astro/ file named in the site's pages and feeds, or in the given style sheets. */
async function namedAssets(site: string, styleSheets: readonly string[]): Promise<Set<string>> {
  const pages = (await readdir(site, { recursive: true })).filter((name) => REFERRING.test(name));
  const named = new Set<string>();
  for (const file of [...pages.map((name) => join(site, name)), ...styleSheets]) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(ASSET_REFERENCE)) named.add(decodeURIComponent(match[1] ?? ''));
  }
  return named;
}
