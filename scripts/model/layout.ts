/**
 * The repository's layout (docs/interfaces.md, ARCHITECTURE.md): where the data lives relative to the repository
 * root. Entry points resolve these against the root or a `--dir`; libraries take the resolved paths as options.
 */

/** The member registry: kommuner.yaml, admins.yaml, policy.yaml, kommuner/<code>-<name>.yaml. */
export const REGISTRY_DIR = 'registry';
/** The template library: MDX by category, nyheder/, moeder/. */
export const LIBRARY_DIR = 'templates-library';
/** Build output: one site per tier and their manifests. */
export const DIST_DIR = 'dist';
/** The Astro project. */
export const SITE_DIR = 'site';
/** The committed exports of GitHub Discussions, `discussions/<kerne|bred>.json` (npm run discussions -- export). */
export const DISCUSSIONS_DIR = 'discussions';
