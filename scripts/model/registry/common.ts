import { z } from 'zod';
import { TIERS } from '../tiers.ts';

/**
 * Field schemas shared by the registry files. Patterns are kept simple and JSON-Schema friendly
 * (the same regexes end up in the generated schema that editors use). Messages are Danish and say
 * how to fix the value, because contact persons read them in CI and in their editor.
 */

/** A date written `YYYY-MM-DD`; whether it is a real calendar date is the `date-real` rule's job. */
export const isoDate = z
  .string({ error: 'skriv datoen som tekst i anførselstegn, fx "2026-11-28"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'skriv datoen som ÅÅÅÅ-MM-DD i anførselstegn, fx "2026-11-28"' });

/** A work e-mail in lower case (the access list is keyed by lower-case e-mail). */
export const email = z
  .string({ error: 'skriv en e-mailadresse, fx anne.demo@kk.dk' })
  .regex(/^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, {
    error: 'skriv en gyldig arbejds-e-mail med små bogstaver, fx anne.demo@kk.dk',
  });

/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
export const githubLogin = z
  .string({ error: 'skriv GitHub-brugernavnet som tekst, fx anne-demo' })
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
    error: 'et GitHub-brugernavn består af bogstaver, tal og enkelte bindestreger (højst 39 tegn), fx anne-demo',
  });

/** GitHub's numeric user id; it survives renames, so sync matches on it. */
export const githubId = z
  .number({ error: 'github_id skal være et tal uden anførselstegn, fx 1000101' })
  .int({ error: 'github_id skal være et helt tal, fx 1000101' })
  .positive({ error: 'github_id skal være et positivt tal, fx 1000101' });

/** A DNS domain in lower case. */
export const domain = z
  .string({ error: 'skriv domænet som tekst, fx kk.dk' })
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, { error: 'skriv domænet med små bogstaver, fx kk.dk' });

/** An Entra ID tenant id (GUID, lower case). */
export const tenantId = z
  .string({ error: 'skriv tenant-id som tekst i anførselstegn' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    error: 'et tenant-id er et GUID med små bogstaver, fx "00000000-0000-4000-8000-000000000101"',
  });

/** A municipality code: three digits as a string. */
export const municipalityCode = z
  .string({ error: 'skriv kommunekoden som tekst i anførselstegn, fx "101"' })
  .regex(/^\d{3}$/, { error: 'kommunekoden er tre cifre i anførselstegn, fx "101"' });

/** Free text that must not be empty. */
export const text = z
  .string({ error: 'skriv en tekst' })
  .min(1, { error: 'feltet må ikke være tomt' })
  .max(200, { error: 'teksten er for lang (højst 200 tegn)' });

/** The two tiers of the network. */
export const tier = z.enum(TIERS, { error: 'tier skal være kerne eller bred' });
