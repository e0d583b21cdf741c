import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import { CATEGORY_FOLDERS, EXPERIENCES_FOLDER } from '#model/categories.ts';
import { experienceSchema } from '#model/library/experience.ts';
import { meetingSchema } from '#model/library/meeting.ts';
import { newsSchema } from '#model/library/news.ts';
import { templateSchema } from '#model/library/template.ts';
import { readMunicipalities } from '#model/municipalities.ts';
import type { Tier } from '#model/tiers.ts';
import { readSiteEnv } from './lib/env.ts';
import { type ContentKind, collectionName } from './lib/tier.ts';
import { tierFiltered } from './lib/tier-loader.ts';

const env = readSiteEnv();
const codes = readMunicipalities(env.registryDir).codes;

/** The id is the file name without .mdx: template slugs are unique across categories. */
const slugId = ({ entry }: { entry: string }) => basename(entry, '.mdx');

const categoryGlob = `{${Object.values(CATEGORY_FOLDERS).join(',')}}/*.mdx`;

/** Each kind's files and schema. */
const KINDS: Record<ContentKind, { pattern: string; schema: ReturnType<typeof templateSchema> | unknown }> = {
  templates: { pattern: categoryGlob, schema: templateSchema({ ownerCodes: codes }) },
  nyheder: { pattern: 'nyheder/*.mdx', schema: newsSchema },
  moeder: { pattern: 'moeder/*.mdx', schema: meetingSchema },
  // An experience is core-only unless it says `audience: alle` (the schema's default), like everything else.
  erfaringer: { pattern: `${EXPERIENCES_FOLDER}/*.mdx`, schema: experienceSchema({ ownerCodes: codes }) },
};

/**
 * One collection per kind and tier (`templates_kerne`, `templates_bred`, …), each through the tier's filter: the broad
 * collections never store a core-only entry, exactly as when each tier had a build of its own. The collections of
 * one kind read the same files, so Astro compiles each MDX file once for both tiers. Pages read them only through
 * site/src/lib/library.ts, which picks the route's tier's collection and checks what it gets.
 */
function tierCollection(kind: ContentKind, tier: Tier) {
  const { pattern, schema } = KINDS[kind];
  const loader = tierFiltered(
    glob({ pattern, base: env.contentDir, generateId: slugId }),
    tier,
    env.unsafeNoTierFilter && tier === 'bred',
  );
  return defineCollection({ loader, schema: schema as ReturnType<typeof templateSchema> });
}

export const collections = Object.fromEntries(
  env.tiers.flatMap((tier) =>
    (Object.keys(KINDS) as ContentKind[]).map((kind) => [collectionName(kind, tier), tierCollection(kind, tier)]),
  ),
);
