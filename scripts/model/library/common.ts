/** Field schemas shared by the library's frontmatter schemas (templates, news, meetings). */
import * as z from 'zod';
import { AUDIENCES } from '../tiers.ts';

/** Audience: `alle` is shown in both tiers, `kerne` only in the core tier. */
export const audienceSchema = z.enum(AUDIENCES, {
  error: 'audience skal være "alle" (begge grupper) eller "kerne" (kun kernenetværket)',
});

/**
 * A calendar date `YYYY-MM-DD`. js-yaml (used by Astro) turns unquoted dates into Date objects while the
 * `yaml` package keeps strings; both are normalised to the string form.
 */
export function dateSchema(field: string) {
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `${field} skal være en dato i formatet ÅÅÅÅ-MM-DD, fx "2026-11-01"` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: `${field} skal være en dato i formatet ÅÅÅÅ-MM-DD, fx "2026-11-01"`,
        abort: true,
      })
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: `${field} er ikke en gyldig dato` }),
  );
}

/** Non-empty trimmed text. */
export function textSchema(field: string) {
  return z
    .string({ error: `${field} skal være en tekst` })
    .trim()
    .min(1, { error: `${field} må ikke være tom` });
}

/** A tag slug: lower case, digits and hyphens, usable in a URL (/emne/<tag>/) and as a key of ordliste.yaml. */
export const TAG_SLUG = /^[a-zæøå0-9][a-zæøå0-9-]*$/;

/** Lower-case tags usable in URLs (/emne/<tag>/). */
export const tagsSchema = z
  .array(
    z.string({ error: 'tags skal være en liste af tekster' }).regex(TAG_SLUG, {
      error: 'tags skal skrives med små bogstaver, tal og bindestreg, fx "iso27001"',
    }),
    { error: 'tags skal være en liste, fx [iso27001, politik]' },
  )
  .default([]);

/** Builds the Danish message for unknown frontmatter keys. */
export function unknownKeysMessage(kind: string, allowed: readonly string[]) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Ukendt felt i ${kind}: ${(issue.keys ?? []).join(', ')}. Tilladte felter: ${allowed.join(', ')}`
      : undefined;
}
