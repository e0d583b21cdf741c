import * as z from 'zod';
import { CATEGORIES } from '../categories.ts';
import { audienceSchema, dateSchema, tagsSchema, textSchema, unknownKeysMessage } from './common.ts';

export const STATUSES = ['udkast', 'gældende', 'forældet'] as const;
export type Status = (typeof STATUSES)[number];

const TEMPLATE_KEYS = [
  'title',
  'summary',
  'category',
  'tags',
  'audience',
  'owner',
  'maintainers',
  'version',
  'reviewed',
  'review_interval_months',
  'status',
  'supersedes',
  'attachments',
] as const;

const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

/** What the template schema needs to know about the world: the valid owner codes. */
export interface TemplateSchemaContext {
  /** 3-digit municipality codes from registry/kommuner.yaml (`KL` is always allowed). */
  ownerCodes: ReadonlySet<string>;
}

/**
 * Frontmatter of a template (`templates-library/<category>/<slug>.mdx`), as in docs/interfaces.md §3.
 * Unknown keys are rejected. Attachment existence is checked by the build, which knows the file's folder.
 */
export function templateSchema(context: TemplateSchemaContext) {
  return z.strictObject(
    {
      /** Title of the template. */
      title: textSchema('title'),
      /** One or two sentences shown in lists and search results. */
      summary: textSchema('summary'),
      /** One of the fixed Danish categories; must match the folder. */
      category: z.enum(CATEGORIES, { error: `category skal være en af: ${CATEGORIES.join(', ')}` }),
      /** Lower-case tags. */
      tags: tagsSchema,
      /** `alle` (both tiers) or `kerne` (core tier only). */
      audience: audienceSchema,
      /** `KL` or a 3-digit municipality code from the registry. */
      owner: z.preprocess(
        (value) => (typeof value === 'number' ? String(value).padStart(3, '0') : value),
        z
          .string({ error: 'owner skal være "KL" eller en kommunekode med tre cifre, fx "101"' })
          .refine((code) => code === 'KL' || context.ownerCodes.has(code), {
            error: (issue) =>
              `owner "${String(issue.input)}" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"`,
          }),
      ),
      /** Who keeps the template up to date (names or units). */
      maintainers: z
        .array(textSchema('maintainers'), { error: 'maintainers skal være en liste, fx [Anne Demo]' })
        .min(1, { error: 'maintainers skal nævne mindst én ansvarlig' }),
      /** Version label, written as a quoted string, e.g. "1.0". */
      version: z
        .string({ error: 'version skal være en tekst i anførselstegn, fx "1.0"' })
        .regex(/^\d+(\.\d+)*$/, { error: 'version skal være tal adskilt af punktum, fx "1.0"' }),
      /** Date of the last professional review. */
      reviewed: dateSchema('reviewed'),
      /** Months between reviews; past that the page shows "skal gennemgås". */
      review_interval_months: z
        .number({ error: 'review_interval_months skal være et helt antal måneder, fx 12' })
        .int({ error: 'review_interval_months skal være et helt antal måneder, fx 12' })
        .min(1, { error: 'review_interval_months skal være mindst 1' })
        .max(60, { error: 'review_interval_months må højst være 60' })
        .default(12),
      /** udkast | gældende | forældet */
      status: z.enum(STATUSES, { error: `status skal være en af: ${STATUSES.join(', ')}` }),
      /** Old slugs that must redirect to this template. */
      supersedes: z
        .array(
          z.string().regex(SLUG_RE, { error: 'supersedes skal indeholde gamle slugs med små bogstaver og bindestreg' }),
          { error: 'supersedes skal være en liste af gamle slugs' },
        )
        .default([]),
      /** File names of attachments stored beside the MDX file. */
      attachments: z
        .array(
          z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
              error: 'attachments skal være filnavne uden mapper og mellemrum, fx "risikoregister.xlsx"',
            })
            .refine((name) => !name.endsWith('.mdx') && !name.endsWith('.docx'), {
              error: 'attachments må ikke være .mdx- eller .docx-filer (Word-filen laves automatisk)',
            }),
          { error: 'attachments skal være en liste af filnavne' },
        )
        .default([]),
    },
    { error: unknownKeysMessage('skabelonen', TEMPLATE_KEYS) },
  );
}

export type TemplateData = z.infer<ReturnType<typeof templateSchema>>;
