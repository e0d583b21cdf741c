/**
 * An experience ("erfaring"): one municipality's account of a product, vendor or approach it uses
 * (`templates-library/erfaringer/<slug>.mdx`). The body says what worked and what did not; the frontmatter is
 * what lists, vendor pages and search filters are built from.
 */
import * as z from 'zod';
import { audienceSchema, dateSchema, tagsSchema, textSchema, unknownKeysMessage } from './common.ts';

/** The areas an experience can be about: slug (frontmatter value, search filter key) → Danish label. */
export const EXPERIENCE_AREAS = {
  backup: 'Backup og gendannelse',
  mfa: 'MFA og adgangsstyring',
  logning: 'Logning og SIEM',
  awareness: 'Awareness-platform',
  saarbarhedsscanning: 'Sårbarhedsscanning',
  'e-mailsikkerhed': 'E-mailsikkerhed',
  endpoint: 'Endpoint-beskyttelse (EDR)',
  netvaerk: 'Netværk og firewall',
  leverandoerstyring: 'Leverandørstyring og tilsyn',
  andet: 'Andet',
} as const;
export type ExperienceArea = keyof typeof EXPERIENCE_AREAS;
export const AREA_SLUGS = Object.keys(EXPERIENCE_AREAS) as ExperienceArea[];

/** The municipality's verdict, in the order lists show them. */
export const VERDICTS = ['anbefales', 'anbefales med forbehold', 'anbefales ikke'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a verdict reads as a label or badge ("Anbefales med forbehold"). */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  anbefales: 'Anbefales',
  'anbefales med forbehold': 'Anbefales med forbehold',
  'anbefales ikke': 'Anbefales ikke',
};

/** A verdict as an ASCII token for class names and ids ("anbefales-med-forbehold"). */
export function verdictToken(verdict: Verdict): string {
  return verdict.replaceAll(' ', '-');
}

/** Months after `reviewed` when an experience is due for review (the content check warns). */
export const EXPERIENCE_REVIEW_MONTHS = 24;

/** `in_use_since` as people read it: "2022-03" → "marts 2022" (#model/dates.ts). */
export { formatMonth } from '../dates.ts';

const EXPERIENCE_KEYS = [
  'title',
  'summary',
  'product',
  'vendor',
  'area',
  'owner',
  'contact',
  'in_use_since',
  'verdict',
  'reviewed',
  'audience',
  'tags',
] as const;

/** What the schema needs to know about the world: the valid owner codes (from registry/kommuner.yaml). */
export interface ExperienceSchemaContext {
  ownerCodes: ReadonlySet<string>;
}

/**
 * Frontmatter of an experience. Unknown keys are rejected. That `contact` is a member of the owner
 * municipality is a content rule (it needs the registry's rosters), not part of the schema.
 */
export function experienceSchema(context: ExperienceSchemaContext) {
  return z.strictObject(
    {
      /** Heading of the page, e.g. "Veeam Backup & Replication i Aarhus Kommune". */
      title: textSchema('title'),
      /** One or two sentences for lists and search results. */
      summary: textSchema('summary'),
      /** The product, service or approach, e.g. "Veeam Backup & Replication". */
      product: textSchema('product'),
      /** The vendor as it calls itself, e.g. "Veeam Software"; "Egen løsning" for in-house work. */
      vendor: textSchema('vendor').refine((name) => vendorSlug(name) !== '', {
        error:
          'vendor skal indeholde bogstaver eller tal, fx "Backupfabrikken A/S": navnet bliver leverandørsidens adresse',
      }),
      /** One of EXPERIENCE_AREAS. */
      area: z.enum(AREA_SLUGS as [ExperienceArea, ...ExperienceArea[]], {
        error: `area skal være en af: ${AREA_SLUGS.join(', ')}`,
      }),
      /** The municipality whose experience it is: a 3-digit code from the registry (quoted, "751"). */
      owner: z.preprocess(
        (value) => (typeof value === 'number' ? String(value).padStart(3, '0') : value),
        z
          .string({ error: 'owner skal være en kommunekode med tre cifre i anførselstegn, fx "751"' })
          .refine((code) => context.ownerCodes.has(code), {
            error: (issue) =>
              `owner "${String(issue.input)}" findes ikke: skriv kommunens kode fra registry/kommuner.yaml, fx "751"`,
          }),
      ),
      /** Work e-mail of the member to ask; must be a registry member of `owner` (rule experience-contact). */
      contact: z
        .string({ error: 'contact skal være en arbejds-e-mail, fx karin.demo@aarhus.dk' })
        .trim()
        .toLowerCase()
        .regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/, {
          error: 'contact skal være en arbejds-e-mail, fx karin.demo@aarhus.dk',
        }),
      /** Month the municipality started using it, `YYYY-MM`. */
      in_use_since: z
        .string({ error: 'in_use_since skal være en måned i formatet ÅÅÅÅ-MM i anførselstegn, fx "2022-03"' })
        .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, {
          error: 'in_use_since skal være en måned i formatet ÅÅÅÅ-MM i anførselstegn, fx "2022-03"',
        }),
      /** anbefales | anbefales med forbehold | anbefales ikke */
      verdict: z.enum(VERDICTS, { error: `verdict skal være en af: ${VERDICTS.join(', ')}` }),
      /** Date the account was written or last confirmed; due again after EXPERIENCE_REVIEW_MONTHS. */
      reviewed: dateSchema('reviewed'),
      /** Experiences are for the core network unless the municipality shares them (`alle`). */
      audience: audienceSchema.default('kerne'),
      /** Optional tags from templates-library/ordliste.yaml. */
      tags: tagsSchema,
    },
    { error: unknownKeysMessage('erfaringen', EXPERIENCE_KEYS) },
  );
}

export type ExperienceData = z.infer<ReturnType<typeof experienceSchema>>;

/** Legal-form and filler words that do not tell two vendors apart ("Microsoft A/S" is "Microsoft"). */
const VENDOR_NOISE = new Set([
  'a/s',
  'as',
  'aps',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'gmbh',
  'ab',
  'oy',
  'llc',
  'corp',
  'corporation',
  'danmark',
  'denmark',
  'nordic',
]);

/**
 * A vendor name reduced for comparison: lower case, legal forms and punctuation dropped ("microsoft"), accents
 * folded ("Café" → "cafe") while æ, ø and å stay letters of their own.
 */
export function normalizeVendor(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .filter((word) => word && !VENDOR_NOISE.has(word))
    .join(' ')
    .replace(/[^a-z0-9æøå ]/g, '')
    .trim();
}

/** The vendor's URL slug for /leverandoerer/<slug>/: ASCII, æ→ae, ø→oe, å→aa, from the normalized name. */
export function vendorSlug(name: string): string {
  return (normalizeVendor(name) || name.toLowerCase())
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
