/**
 * The per-tier data files the build writes for the pages (scripts/build/member-directory.ts, question-pages.ts):
 * `<SIKKERHEDSNET_BUILD_DATA>/<name>-<tier>.json`, each read and validated once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Tier } from '#model/tiers.ts';
import { readSiteEnv } from './env.ts';

const dataDir = readSiteEnv().dataDir;
const cache = new Map<string, unknown>();

/** What a data file is, in the Danish of its error messages. */
export interface BuildDataFile<S extends z.ZodType<{ tier: Tier }>> {
  name: 'directory' | 'questions';
  schema: S;
  /** "siderne om medlemmer": the pages that need it. */
  pages: string;
  /** "en gyldig medlemsoversigt": what a valid file is. */
  valid: string;
  /** "medlemsoversigten": the file of a tier. */
  itself: string;
}

/** A tier's file. Throws when the build did not pass the folder, the file is invalid, or it is another tier's. */
export function readBuildData<S extends z.ZodType<{ tier: Tier }>>(kind: BuildDataFile<S>, tier: Tier): z.infer<S> {
  const file = dataDir ? join(dataDir, `${kind.name}-${tier}.json`) : undefined;
  if (!file) throw new Error(`SIKKERHEDSNET_BUILD_DATA er ikke sat: ${kind.pages} bygges med npm run build`);
  const cached = cache.get(file);
  if (cached) return cached as z.infer<S>;
  const parsed = kind.schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} er ikke ${kind.valid}: ${parsed.error.message}`);
  if (parsed.data.tier !== tier) {
    throw new Error(`${file} er ${kind.itself} for ${parsed.data.tier}, men siden er for ${tier}`);
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
