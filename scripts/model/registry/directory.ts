/**
 * The member directory of one tier: what the pages "Medlemmer" and "Kommuner" show (docs/interfaces.md). The
 * build computes it from the registry (scripts/registry/directory.ts) and hands it to that tier's Astro build as a
 * JSON file; the site reads it back through this schema, so a file of another shape stops the build. It holds only
 * what members may see of each other in that tier: work contact details, never tier, GitHub or dates.
 */
import { z } from 'zod';
import { TIERS } from '../tiers.ts';
import { regions } from './kommuner.ts';

/** The directory's code for KL, and the path segment of KL's page (`/kommuner/kl/`). */
export const DIRECTORY_KL_CODE = 'KL';

/** One municipality, or KL, with how many people the tier shows for it. */
export const directoryOrganisationSchema = z.strictObject({
  /** Three-digit municipality code, or `KL`. */
  code: z.string().regex(/^(\d{3}|KL)$/),
  /** Short name, "København". */
  name: z.string().min(1),
  /** Official name, "Københavns Kommune". */
  fullName: z.string().min(1),
  /** The municipality's region; null for KL. */
  region: z.enum(regions).nullable(),
  /** Listed people the tier shows (contact persons who opted out of the list not included). */
  members: z.number().int().nonnegative(),
  /** Contact persons the tier shows (for KL: its moderators). */
  contacts: z.number().int().nonnegative(),
});

/** One person the tier shows. */
export const directoryPersonSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1),
  /** Work e-mail, shown as a mailto link. */
  email: z.string().min(3),
  /** Code of the municipality (or `KL`) the person belongs to. */
  organisation: z.string().regex(/^(\d{3}|KL)$/),
  /** The municipality's contact person (KL: a moderator). */
  contact: z.boolean(),
  /**
   * In the member list (/medlemmer/). False only for a contact person who opted out (`vis_i_medlemsliste: false`):
   * shown in that role on the municipality's page, without topics.
   */
  listed: z.boolean(),
  /** Tag slugs of the topics the person works with (empty when not listed). */
  topics: z.array(z.string().min(1)),
});

/** The whole file. */
export const memberDirectorySchema = z.strictObject({
  /** The tier the data was filtered for; the site refuses a file of the other tier. */
  tier: z.enum(TIERS),
  /** Every municipality in kommuner.yaml, then KL. */
  organisations: z.array(directoryOrganisationSchema),
  /** Sorted by name (Danish collation), then e-mail. */
  people: z.array(directoryPersonSchema),
});

export type DirectoryOrganisation = z.infer<typeof directoryOrganisationSchema>;
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;
export type MemberDirectory = z.infer<typeof memberDirectorySchema>;
