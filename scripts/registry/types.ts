import type { z } from 'zod';
import type { adminSchema } from '#model/registry/admins.ts';
import type { municipalitySchema, organisationSchema } from '#model/registry/kommuner.ts';
import type { githubPolicySchema, policyFileSchema, teamSchema } from '#model/registry/policy.ts';
import type { memberSchema, rosterFileSchema } from '#model/registry/roster.ts';

/** Where something sits in a registry file (1-based line and column). */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Positions of an entry's fields (value node, or key when the value is empty), by field name. */
export type FieldPositions = Record<string, Position>;

export type Organisation = z.infer<typeof organisationSchema>;
export type MunicipalityData = z.infer<typeof municipalitySchema>;
export type MemberData = z.infer<typeof memberSchema>;
export type RosterData = z.infer<typeof rosterFileSchema>;
export type AdminData = z.infer<typeof adminSchema>;
export type Policy = z.infer<typeof policyFileSchema>;
export type GithubPolicy = z.infer<typeof githubPolicySchema>;
export type Team = z.infer<typeof teamSchema>;
export type Tier = MemberData['tier'];

/** A municipality from kommuner.yaml with the place of its list item. */
export type Municipality = MunicipalityData & { position: Position; fields: FieldPositions };
/**
 * A roster member with the place of its list item and fields, and of each item of its list fields (`emner`), by
 * field name, so a rule can point at the one topic that is wrong.
 */
export type Member = MemberData & { position: Position; fields: FieldPositions; items?: ListItemPositions };

/** Positions of the items of an entry's list fields, by field name. */
export type ListItemPositions = Record<string, Position[]>;
/** An admin with the place of its list item and fields. */
export type Admin = AdminData & { position: Position; fields: FieldPositions };

/** One roster file: `file` is relative to the registry directory's parent (the repo root for `registry/`). */
export interface Roster {
  municipality: string;
  members: Member[];
  file: string;
  /** Place of the `municipality:` value. */
  position: Position;
}

/** The three single files of the registry. */
export type SingleFileKind = 'kommuner' | 'admins' | 'policy';

/** The loaded registry (docs/interfaces.md §1). */
export interface Registry {
  /** Absolute path of the registry directory. */
  dir: string;
  kl: Organisation;
  kommuner: Municipality[];
  rosters: Roster[];
  admins: Admin[];
  policy: Policy;
  /** Paths (relative, as in problems) of the single files. */
  files: Record<SingleFileKind, string>;
  /** Top-level key positions per single file, for rules that point at e.g. `admins:`. */
  places: Record<SingleFileKind, FieldPositions>;
  /** Field positions of each `github.teams` entry in policy.yaml, in order (empty without a github section). */
  policyTeams: FieldPositions[];
  /** Field positions of `discussions.kerne` and `discussions.bred` in policy.yaml (empty without that section). */
  policyDiscussions: Record<'kerne' | 'bred', FieldPositions>;
}
