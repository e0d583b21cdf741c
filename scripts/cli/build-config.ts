/**
 * The build's configuration from the environment: the one place a build process (`npm run build`) reads
 * process.env. The library (scripts/build) takes these as options; the Astro processes it starts read theirs
 * through site/src/lib/env.ts.
 */
import { LIBRARY_DIR } from '#model/layout.ts';

export interface BuildConfig {
  /** The library to build (SIKKERHEDSNET_CONTENT, default templates-library), relative to the repository root. */
  contentDir: string;
  /** Absolute URL of the site in feed, sitemap and Word files (SIKKERHEDSNET_PUBLIC_URL). */
  publicUrl: string;
}

/** The default public URL: the local gate of `npm start`. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:4321';

/** Read the build's settings; an error (Danish) for a value that cannot be used. */
export function buildConfigFromEnv(env: NodeJS.ProcessEnv): { config: BuildConfig } | { error: string } {
  const publicUrl = env.SIKKERHEDSNET_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  if (!URL.canParse(publicUrl) || !/^https?:$/.test(new URL(publicUrl).protocol))
    return {
      error: `SIKKERHEDSNET_PUBLIC_URL skal være en http(s)-adresse, fx https://sikkerhedsnet.kl.dk, ikke "${publicUrl}"`,
    };
  return { config: { contentDir: env.SIKKERHEDSNET_CONTENT || LIBRARY_DIR, publicUrl } };
}
