import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import { CATEGORY_FOLDERS, EXPERIENCES_FOLDER } from '#model/categories.ts';
import { experienceSchema } from '#model/library/experience.ts';
import { meetingSchema } from '#model/library/meeting.ts';
import { newsSchema } from '#model/library/news.ts';
import { templateSchema } from '#model/library/template.ts';
import { readMunicipalities } from '#model/municipalities.ts';
import { readSiteEnv } from './lib/env.ts';
import { tierFiltered } from './lib/tier-loader.ts';

const env = readSiteEnv();
const codes = readMunicipalities(env.registryDir).codes;

/** The id is the file name without .mdx: template slugs are unique across categories. */
const slugId = ({ entry }: { entry: string }) => basename(entry, '.mdx');

function loader(pattern: string[]) {
  return tierFiltered(glob({ pattern, base: env.contentDir, generateId: slugId }), env.tier, env.unsafeNoTierFilter);
}

const categoryGlob = `{${Object.values(CATEGORY_FOLDERS).join(',')}}/*.mdx`;

export const collections = {
  templates: defineCollection({ loader: loader([categoryGlob]), schema: templateSchema({ ownerCodes: codes }) }),
  nyheder: defineCollection({ loader: loader(['nyheder/*.mdx']), schema: newsSchema }),
  moeder: defineCollection({ loader: loader(['moeder/*.mdx']), schema: meetingSchema }),
  // Through the same tier filter as everything else: an experience is core-only unless it says `audience: alle`
  // (the schema's default), so the broad build never stores one that does not.
  erfaringer: defineCollection({
    loader: loader([`${EXPERIENCES_FOLDER}/*.mdx`]),
    schema: experienceSchema({ ownerCodes: codes }),
  }),
};
