import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The benchmark's baseline: plain Astro + MDX over the same library, minimal layout, no tiers or search.
const here = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root: here,
  outDir: process.env.SIKKERHEDSNET_OUT_DIR ?? resolve(here, 'dist'),
  cacheDir: process.env.SIKKERHEDSNET_CACHE_DIR ?? resolve(here, '.astro-cache'),
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
  vite: {
    server: { fs: { allow: [resolve(here, '../../..'), process.env.SIKKERHEDSNET_CONTENT ?? here] } },
    // Same log filter as the real site, so the comparison measures building, not printing warnings.
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
