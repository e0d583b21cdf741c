import { z } from 'zod';
import { githubLogin } from './common.ts';

const int = (field: string) =>
  z.number({ error: `${field} skal være et tal` }).int({ error: `${field} skal være et helt tal` });

/** Which registry people a GitHub team contains. */
export const teamSelections = ['kerne', 'bred', 'alle', 'kontaktpersoner', 'admins'] as const;
/** GitHub repository permission levels. */
export const repoPermissions = ['pull', 'triage', 'push', 'maintain', 'admin'] as const;

/** One GitHub team managed by `registry sync`. */
export const teamSchema = z.strictObject({
  /** Team slug in the org. */
  slug: z
    .string({ error: 'slug skal være tekst' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug skrives med små bogstaver, tal og bindestreger' }),
  /** Display name. */
  name: z.string({ error: 'name skal være tekst' }).min(1, { error: 'name må ikke være tomt' }),
  /** Optional description. */
  description: z.string({ error: 'description skal være tekst' }).optional(),
  /** Who is in the team. */
  select: z.enum(teamSelections, { error: `select skal være en af: ${teamSelections.join(', ')}` }),
  /** Repository name → permission. */
  repos: z
    .record(
      z.string().regex(/^[A-Za-z0-9._-]+$/, { error: 'ugyldigt repository-navn' }),
      z.enum(repoPermissions, { error: `rettigheden skal være en af: ${repoPermissions.join(', ')}` }),
      { error: 'repos skal være en tabel, fx { sikkerhedsnet: pull }' },
    )
    .default({}),
});

/** The GitHub layout read by `registry sync`. */
export const githubPolicySchema = z.strictObject({
  /** The GitHub organisation. */
  org: z.string({ error: 'org skal være tekst' }).min(1, { error: 'org må ikke være tom' }),
  /** Logins never removed by sync (anti-lockout). */
  required_admins: z.array(githubLogin, { error: 'required_admins skal være en liste' }).default([]),
  /** Repositories that hold kerne-only content: only teams of kerne people may read them (rule team-tier). */
  kerne_repos: z
    .array(z.string().regex(/^[A-Za-z0-9._-]+$/, { error: 'ugyldigt repository-navn' }), {
      error: 'kerne_repos skal være en liste af repository-navne',
    })
    .default([]),
  /** Managed teams. */
  teams: z.array(teamSchema, { error: 'teams skal være en liste' }).default([]),
});

const repoName = z
  .string({ error: 'repo skal være tekst' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'ugyldigt repository-navn' });
const categoryName = (field: string) =>
  z.string({ error: `${field} skal være kategoriens navn på GitHub` }).min(1, { error: `${field} må ikke være tom` });

/**
 * Where the network's questions and answers live: GitHub Discussions in one repository per tier, in the
 * organisation of `github.org`, with the categories named as on GitHub.
 */
export const discussionsPolicySchema = z.strictObject({
  /** The core network's repository (must be one of github.kerne_repos: rule discussions-repo). */
  kerne: z.strictObject({ repo: repoName }),
  /** The broad group's repository (must not be a kerne repo: everything in it is shown to both tiers). */
  bred: z.strictObject({ repo: repoName }),
  /** The categories' names on GitHub, the same in both repositories. */
  categories: z.strictObject({
    /** The answerable Q&A category, e.g. "Spørgsmål og svar". */
    questions: categoryName('questions'),
    /** Open discussion of experiences, e.g. "Erfaringer". */
    experiences: categoryName('experiences'),
    /** KL's polls, e.g. "KL spørger". */
    polls: categoryName('polls'),
  }),
});

/** `registry/policy.yaml` */
export const policyFileSchema = z.strictObject({
  /** Months a confirmation stays valid. */
  reconfirm_months: int('reconfirm_months')
    .min(1, { error: 'reconfirm_months skal være mindst 1' })
    .max(36, { error: 'reconfirm_months må højst være 36' })
    .default(12),
  /** Days before expiry that a warning starts. */
  warning_days: int('warning_days')
    .min(0, { error: 'warning_days må ikke være negativ' })
    .max(365, { error: 'warning_days må højst være 365' })
    .default(30),
  /** Minimum number of admins. */
  min_admins: int('min_admins').min(1, { error: 'min_admins skal være mindst 1' }).default(2),
  /** Sync refuses to remove more than this fraction of a team. */
  max_removal_fraction: z
    .number({ error: 'max_removal_fraction skal være et tal mellem 0 og 1' })
    .min(0, { error: 'max_removal_fraction skal være mellem 0 og 1' })
    .max(1, { error: 'max_removal_fraction skal være mellem 0 og 1' })
    .default(0.25),
  /** Days after expiry before a removal PR is proposed. */
  grace_days: int('grace_days').min(0, { error: 'grace_days må ikke være negativ' }).default(30),
  /** GitHub teams; optional. */
  github: githubPolicySchema.optional(),
  /** GitHub Discussions per tier (questions and answers); optional, needs `github`. */
  discussions: discussionsPolicySchema.optional(),
  /**
   * True when the registry holds only fictitious sample people (the demo that `npm start` runs): `npm run release`
   * refuses it unless asked (`--allow-sample-registry`), so the demo never reaches a production host. KL removes the
   * line when the real registry takes its place.
   */
  eksempeldata: z.boolean({ error: 'eksempeldata skal være true eller false' }).optional(),
});
