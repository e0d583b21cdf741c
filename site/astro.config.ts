import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { headingLinks, tableScroll } from './src/lib/content-plugins.ts';
import { REPO_ROOT, readSiteEnv } from './src/lib/env.ts';

const env = readSiteEnv();
// Pin absolute paths for the page code: once bundled, import.meta.url no longer points into site/src, so
// REPO_ROOT-relative defaults would resolve against the build's temporary chunk directory.
process.env.SIKKERHEDSNET_CONTENT = env.contentDir;
process.env.SIKKERHEDSNET_REGISTRY = env.registryDir;

// One build renders every tier, each under /<tier>/ (src/pages/[tier]/); the orchestrator (scripts/build/) sets the
// output and cache directories and splits the output into dist/<tier>/ (scripts/build/split-tiers.ts).
export default defineConfig({
  // This file's folder: site/, or the build's private copy of it.
  root: fileURLToPath(new URL('.', import.meta.url)),
  site: env.publicUrl,
  outDir: process.env.SIKKERHEDSNET_OUT_DIR ?? resolve(REPO_ROOT, '.tmp/astro-out'),
  cacheDir: process.env.SIKKERHEDSNET_CACHE_DIR ?? resolve(REPO_ROOT, 'site/.astro/cache'),
  output: 'static',
  trailingSlash: 'always',
  // concurrency: render a few pages at once, so one page's file write overlaps the next page's rendering
  // (about 20 % faster page generation on a thousand templates; pages share no mutable state).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Shiki colours code blocks with inline style="" attributes, which the gate's CSP (style-src 'self')
  // blocks; plain <pre><code> is styled by site.css instead. MDX inherits this setting.
  // Tables scroll in their own box, headings link to themselves (src/lib/content-plugins.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [tableScroll, headingLinks] }) },
  integrations: [mdx()],
  vite: {
    // The gate's CSP is 'self' only: never inline scripts or styles into the HTML.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; rolldown warns once per file,
        // which floods the log (and costs seconds) on a library of a thousand templates.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
    server: { fs: { allow: [REPO_ROOT, env.contentDir] } },
  },
});
