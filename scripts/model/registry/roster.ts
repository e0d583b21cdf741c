import { z } from 'zod';
import { email, githubId, githubLogin, isoDate, municipalityCode, text, tier } from './common.ts';

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
