import * as z from 'zod';
import { audienceSchema, dateSchema, tagsSchema, textSchema, unknownKeysMessage } from './common.ts';

const NEWS_KEYS = ['title', 'summary', 'date', 'audience', 'tags', 'varsel', 'kilde'] as const;

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
    /**
     * true: an alert. It is e-mailed to every member of the tiers that may see it as soon as it lands on main
     * (`npm run newsletter -- alerts`), with the subject "Varsel: <title>"; newsletter opt-outs receive it too.
     */
    varsel: z.boolean({ error: 'varsel skal være true eller false' }).default(false),
    /** The authority whose message KL passes on, e.g. "Styrelsen for Samfundssikkerhed"; shown on the page and in mails. */
    kilde: textSchema('kilde').optional(),
  },
  { error: unknownKeysMessage('nyheden', NEWS_KEYS) },
);

export type NewsData = z.infer<typeof newsSchema>;
