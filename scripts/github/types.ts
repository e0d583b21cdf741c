/**
 * Types of the GitHub sync: the desired state (from the registry), the actual state (read from GitHub) and the
 * plan between them. The plan is plain data: printable in Danish, serialisable as JSON, applied only on request.
 */
export type Permission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';

/** Which registry people a team holds. */
export type TeamSelect = 'kerne' | 'bred' | 'alle' | 'kontaktpersoner' | 'admins';

/** Marker in the description of every team the sync manages; teams without it are never touched. */
export const MANAGED_MARKER = '[styret af Sikkerhedsnet-registret]';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface DesiredMember {
  login: string;
  /** Numeric GitHub id from the registry, once known; people are matched by id. */
  githubId?: number;
  name: string;
  position?: SourcePosition;
}

export interface DesiredTeam {
  slug: string;
  name: string;
  select: TeamSelect;
  repos: Record<string, Permission>;
  members: DesiredMember[];
}

export interface DesiredState {
  org: string;
  /** Logins never removed by sync (lock-out protection). */
  requiredAdmins: string[];
  maxRemovalFraction: number;
  teams: DesiredTeam[];
}

/** A registry login resolved against GitHub. `id` is unknown only for someone known by a pending invitation. */
export interface ResolvedAccount {
  login: string;
  id?: number;
}

/** The account the sync runs as: a user (personal token) or an app's bot (`<slug>[bot]`); unknown for a bare
 * installation token. Never removed from a team, and its own leftover invitations may be cancelled. */
export interface SyncAccount {
  login: string;
}

export interface Rename {
  registryLogin: string;
  currentLogin: string;
  id: number;
  position?: SourcePosition;
}

export interface Unresolved {
  login: string;
  reason: string;
  position?: SourcePosition;
}

export interface ActualTeam {
  id: number;
  /** The slug GitHub gave the team; every request about the team uses it. */
  slug: string;
  name: string;
  description: string;
  managed: boolean;
  /** Active members: id → login. */
  members: Map<number, string>;
  /** Logins with a pending invitation to this team (lower-case). */
  pending: Set<string>;
  /** Repository → permission in the vocabulary of the PUT (`pull`, `push`, …), or a custom role's name. */
  repos: Record<string, string>;
}

/** A pending (not failed) invitation to join the org. */
export interface OrgInvitation {
  id: number;
  /** Lower-case; null when the invitation went to an e-mail address. */
  login: string | null;
  teamCount: number;
  /** Lower-case login of whoever sent it. */
  inviter: string | null;
}

export interface ActualState {
  /** Active org members: id → login. */
  orgMembers: Map<number, string>;
  /** Pending org invitations. */
  invitations: OrgInvitation[];
  /** Logins (lower-case) whose org invitation has failed or expired. */
  failedInvitations: Set<string>;
  /** The org's base repository permission (`none`, `read`, …) when the token may see it. */
  defaultRepositoryPermission?: string;
  /** Managed and unmanaged teams found for the registry's teams, keyed by the registry's slug. */
  teams: Map<string, ActualTeam>;
}

export type Action =
  | { kind: 'create-team'; team: string; name: string; description: string }
  | { kind: 'add-member'; team: string; login: string; id?: number; reinvite: boolean }
  | { kind: 'remove-member'; team: string; login: string; id?: number; pending: boolean }
  | { kind: 'set-repo'; team: string; repo: string; permission: Permission; from?: string }
  | { kind: 'remove-repo'; team: string; repo: string; from: string }
  | { kind: 'cancel-invitation'; login: string; invitation: number };

/** A team whose slug on GitHub is not the one in policy.yaml (found by its name). */
export interface SlugMismatch {
  team: string;
  githubSlug: string;
}

export interface SyncPlan {
  org: string;
  actions: Action[];
  renames: Rename[];
  unresolved: Unresolved[];
  slugMismatches: SlugMismatch[];
  /** Warnings about the org itself (e.g. a base permission that lets every org member read every repository). */
  orgWarnings: string[];
  /** Teams that exist without the managed marker: left alone, reported. */
  unmanaged: string[];
  /** Removals the guards dropped (required admins, the token's own account). */
  protectedRemovals: { team: string; login: string; reason: string }[];
  /** Memberships that exist now in managed teams (active + pending). */
  currentMemberships: number;
  removals: number;
  /** Set when the plan removes more than the policy allows and no override was given. */
  refused?: string;
  allowLargeRemoval?: string;
}

export interface ApplyResult {
  applied: Action[];
  failed: { action: Action; error: string }[];
  skipped: { action: Action; reason: string }[];
  /** Teams GitHub created under another slug than planned; their later actions used GitHub's slug. */
  slugMismatches: SlugMismatch[];
}
