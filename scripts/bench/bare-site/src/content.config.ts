import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';

// Same files as the real site's templates collection, no schema and no tier filter.
export const collections = {
  templates: defineCollection({
    loader: glob({
      pattern: ['*/*.mdx', '!nyheder/**', '!moeder/**'],
      base: process.env.SIKKERHEDSNET_CONTENT ?? '.',
      generateId: ({ entry }) => basename(entry, '.mdx'),
    }),
  }),
};
