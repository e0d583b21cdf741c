import { z } from 'zod';
import { TAG_SLUG } from '../library/common.ts';
import { email, githubId, githubLogin, isoDate, municipalityCode, text, tier } from './common.ts';

/** Most topics one member may list: enough to say what they work with, few enough to stay a short profile. */
export const MAX_TOPICS = 10;

/**
 * The topics a member works with: slugs from the library's tag vocabulary (templates-library/ordliste.yaml). Whether
 * each slug is in the vocabulary is the `member-topic` rule's job (it needs the library), not the schema's.
 */
export const topicsSchema = z
  .array(
    z.string({ error: 'skriv hvert emne som tekst, fx logning' }).regex(TAG_SLUG, {
      error: 'et emne skrives som i ordlisten: små bogstaver, tal og bindestreg, fx logning',
    }),
    { error: 'emner skal være en liste, fx [logning, beredskab]' },
  )
  .max(MAX_TOPICS, { error: `skriv højst ${MAX_TOPICS} emner` });

/** One member of a municipality's roster. */
export const memberSchema = z.strictObject({
  /** Full name. */
  name: text.meta({ description: 'Fulde navn' }),
  /** Work e-mail on the municipality's domain, lower case. */
  email: email.meta({ description: 'Arbejds-e-mail på kommunens domæne, med små bogstaver' }),
  /** Role or job title. */
  title: text.meta({ description: 'Stilling eller rolle' }),
  /** kerne = the core network (sees everything); bred = the broader group. */
  tier: tier.meta({ description: 'kerne (hele netværket) eller bred (Databeskyttelse og Sikkerhed)' }),
  /** Contact person for the municipality (must be tier kerne). */
  contact: z
    .boolean({ error: 'contact skal være true eller false' })
    .default(false)
    .meta({ description: 'true hvis personen er kommunens kontaktperson (kræver tier: kerne)' }),
  /** Topics the member works with (tag slugs from templates-library/ordliste.yaml), shown in the member list. */
  emner: topicsSchema
    .default([])
    .meta({ description: 'Emner, personen arbejder med, fra ordlisten templates-library/ordliste.yaml (valgfrit)' }),
  /** false: left out of the member list (opt-out). A contact person is still shown as contact person, without topics. */
  vis_i_medlemsliste: z.boolean({ error: 'vis_i_medlemsliste skal være true eller false' }).default(true).meta({
    description:
      'false, hvis personen ikke vil stå i medlemslisten (standard: true); en kontaktperson vises stadig som kontaktperson',
  }),
  /** false: no monthly newsletter (opt-out). Alerts (`varsel: true` news) still reach every member of the tier. */
  nyhedsbrev: z.boolean({ error: 'nyhedsbrev skal være true eller false' }).default(true).meta({
    description: "false, hvis personen ikke vil have KL's månedlige nyhedsbrev (standard: true); varsler sendes stadig",
  }),
  /** GitHub login, optional. */
  github: githubLogin.optional().meta({ description: 'GitHub-brugernavn (valgfrit)' }),
  /** GitHub numeric user id, once known. */
  github_id: githubId.optional().meta({ description: 'GitHubs numeriske bruger-id (valgfrit; udfyldes af KL)' }),
  /** Date the member was added. */
  added: isoDate.meta({ description: 'Dato for optagelse, "ÅÅÅÅ-MM-DD"' }),
  /** Date of the last reconfirmation by a contact person. */
  confirmed: isoDate.meta({ description: 'Dato for seneste bekræftelse fra kontaktpersonen, "ÅÅÅÅ-MM-DD"' }),
  /** E-mail of the contact person (or admin) who approved the member. */
  approved_by: email.meta({ description: 'E-mail på den kontaktperson eller administrator, der godkendte' }),
});

/** `registry/kommuner/<code>-<name>.yaml` */
export const rosterFileSchema = z.strictObject({
  /** The municipality code this roster belongs to. */
  municipality: municipalityCode.meta({ description: 'Kommunekode, fx "101"' }),
  /** The municipality's members. */
  members: z.array(memberSchema, { error: 'members skal være en liste af medlemmer' }),
});
