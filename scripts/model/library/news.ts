import * as z from 'zod';
import { audienceSchema, dateSchema, tagsSchema, textSchema, unknownKeysMessage } from './common.ts';

const NEWS_KEYS = ['title', 'summary', 'date', 'audience', 'tags'] as const;

/** Frontmatter of a news item (`templates-library/nyheder/<slug>.mdx`). Unknown keys are rejected. */
export const newsSchema = z.strictObject(
  {
    /** Headline. */
    title: textSchema('title'),
    /** One or two sentences shown in lists and the feed. */
    summary: textSchema('summary'),
    /** Publication date. */
    date: dateSchema('date'),
    /** Which tiers may see it. */
    audience: audienceSchema,
    /** Optional lower-case tags. */
    tags: tagsSchema,
  },
  { error: unknownKeysMessage('nyheden', NEWS_KEYS) },
);

export type NewsData = z.infer<typeof newsSchema>;
