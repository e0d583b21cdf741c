import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import { readSiteEnv } from './lib/env.ts';
import { tierFiltered } from './lib/tier-loader.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { newsSchema } from './schemas/news.ts';
import { loadOwnerNames, ownerCodes } from './schemas/owners.ts';
import { CATEGORY_FOLDERS } from './schemas/shared.ts';
import { templateSchema } from './schemas/template.ts';

const env = readSiteEnv();
const codes = ownerCodes(loadOwnerNames(env.registryDir));

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
};
