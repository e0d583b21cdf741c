/**
 * Compute the sync plan: pure, from desired state, actual state and the login resolution. People are matched by
 * numeric id (by login only while they are invited and have not joined). Pending invitations count as present;
 * failed ones are re-sent; an org invitation nobody needs any more is cancelled. Guards: never remove the required
 * admins or the sync's own account, never touch unmarked teams, refuse a plan that removes more than the policy's
 * fraction of current memberships unless an override reason is given.
 */
import type { Resolution } from './resolve.ts';
import {
  type Action,
  type ActualState,
  type DesiredState,
  MANAGED_MARKER,
  type Permission,
  type ResolvedAccount,
  type SyncAccount,
  type SyncPlan,
} from './types.ts';

export interface PlanOptions {
  /** Reason for allowing a plan over the removal guard (`--allow-large-removal`). */
  allowLargeRemoval?: string;
}

/** Build the plan; it performs no I/O. `self` is the account the sync runs as, when known. */
export function computePlan(
  desired: DesiredState,
  actual: ActualState,
  resolution: Resolution,
  options: PlanOptions & { self?: SyncAccount } = {},
): SyncPlan {
  const actions: Action[] = [];
  const plan: SyncPlan = {
    org: desired.org,
    actions,
    renames: resolution.renames,
    unresolved: resolution.unresolved,
    slugMismatches: [],
    orgWarnings: orgWarnings(desired, actual),
    unmanaged: [],
    protectedRemovals: [],
    currentMemberships: 0,
    removals: 0,
  };
  const guard: Guard = {
    required: new Set(desired.requiredAdmins.map((l) => l.toLowerCase())),
    self: options.self?.login.toLowerCase(),
  };
  /** Logins (lower-case) wanted in some team, and pending logins per managed team, for invitation clean-up. */
  const wantedAnywhere = new Set<string>();
  const pendingTeams = new Map<string, number>();
  for (const team of desired.teams) {
    const wanted = new Map<string, ResolvedAccount>();
    for (const m of team.members) {
      const account = resolution.accounts.get(m.login.toLowerCase());
      if (!account) continue;
      wanted.set(account.id !== undefined ? `id:${account.id}` : `login:${account.login.toLowerCase()}`, account);
      wantedAnywhere.add(account.login.toLowerCase());
    }
    const existing = actual.teams.get(team.slug);
    if (existing && !existing.managed) {
      plan.unmanaged.push(team.slug);
      continue;
    }
    if (existing && existing.slug !== team.slug)
      plan.slugMismatches.push({ team: team.slug, githubSlug: existing.slug });
    if (!existing) {
      actions.push({
        kind: 'create-team',
        team: team.slug,
        name: team.name,
        description: teamDescription(team.select),
      });
    }
    const slug = existing?.slug ?? team.slug;
    const active = existing?.members ?? new Map<number, string>();
    const activeLogins = new Set([...active.values()].map((l) => l.toLowerCase()));
    const pending = existing?.pending ?? new Set<string>();
    for (const login of pending) pendingTeams.set(login, (pendingTeams.get(login) ?? 0) + 1);
    plan.currentMemberships += active.size + pending.size;
    for (const account of wanted.values()) {
      const lower = account.login.toLowerCase();
      const present =
        pending.has(lower) || (account.id !== undefined ? active.has(account.id) : activeLogins.has(lower));
      if (present) continue;
      const reinvite = actual.failedInvitations.has(lower);
      actions.push({ kind: 'add-member', team: slug, login: account.login, ...idOf(account), reinvite });
    }
    const wantedLogins = new Set([...wanted.values()].map((a) => a.login.toLowerCase()));
    for (const [id, login] of active) {
      if (wanted.has(`id:${id}`) || wanted.has(`login:${login.toLowerCase()}`)) continue;
      removeOrProtect(plan, guard, { kind: 'remove-member', team: slug, login, id, pending: false });
    }
    for (const login of pending) {
      if (wantedLogins.has(login)) continue;
      removeOrProtect(plan, guard, { kind: 'remove-member', team: slug, login, pending: true });
    }
    setRepos(actions, slug, team.repos, existing?.repos ?? {});
  }
  cancelInvitations(plan, actual, guard, wantedAnywhere, pendingTeams);
  plan.removals = actions.filter((a) => a.kind === 'remove-member').length;
  guardLargeRemoval(plan, desired.maxRemovalFraction, options.allowLargeRemoval);
  return plan;
}

interface Guard {
  required: Set<string>;
  self: string | undefined;
}

const idOf = (account: ResolvedAccount) => (account.id !== undefined ? { id: account.id } : {});

function setRepos(
  actions: Action[],
  slug: string,
  wanted: Record<string, Permission>,
  current: Record<string, string>,
) {
  for (const [repo, permission] of Object.entries(wanted)) {
    const from = current[repo];
    if (from !== permission)
      actions.push({ kind: 'set-repo', team: slug, repo, permission, ...(from ? { from } : {}) });
  }
  for (const [repo, from] of Object.entries(current)) {
    if (!(repo in wanted)) actions.push({ kind: 'remove-repo', team: slug, repo, from });
  }
}

/**
 * Removing someone's last pending team membership leaves their org invitation open, so they could still join the
 * org. Cancel it when they are wanted in no team and every team of the invitation is a managed team they are
 * leaving (an invitation a person made by hand to another team is left alone). An invitation without teams is
 * cancelled only when the sync itself sent it (left over from a removal before this clean-up existed).
 */
function cancelInvitations(
  plan: SyncPlan,
  actual: ActualState,
  guard: Guard,
  wantedAnywhere: Set<string>,
  pendingTeams: Map<string, number>,
): void {
  for (const invitation of actual.invitations) {
    const login = invitation.login;
    if (!login || wantedAnywhere.has(login) || guard.required.has(login)) continue;
    const ours =
      invitation.teamCount > 0
        ? invitation.teamCount === (pendingTeams.get(login) ?? 0)
        : guard.self !== undefined && invitation.inviter === guard.self;
    if (ours) plan.actions.push({ kind: 'cancel-invitation', login, invitation: invitation.id });
  }
}

function guardLargeRemoval(plan: SyncPlan, fraction: number, allowLargeRemoval: string | undefined): void {
  const limit = fraction * Math.max(plan.currentMemberships, 1);
  if (plan.removals === 0 || plan.removals <= limit) return;
  if (allowLargeRemoval) {
    plan.allowLargeRemoval = allowLargeRemoval;
    return;
  }
  const pct = Math.round(fraction * 100);
  plan.refused =
    `Planen fjerner ${plan.removals} af ${plan.currentMemberships} medlemskaber, mere end politikkens ${pct} %. ` +
    'Kontrollér registret; er fjernelserne tilsigtede, så kør igen med --allow-large-removal "<begrundelse>".';
}

/** A base permission above `none` lets every org member read every repository, kerne repositories included. */
function orgWarnings(desired: DesiredState, actual: ActualState): string[] {
  const base = actual.defaultRepositoryPermission;
  if (base === undefined || base === 'none') return [];
  return [
    `Organisationens basisrettighed er «${base}»: alle medlemmer af ${desired.org} kan læse alle repositorier, også kerne-repositorierne, uanset team. Sæt «Base permissions» til «No permission» under organisationens indstillinger.`,
  ];
}

function removeOrProtect(plan: SyncPlan, guard: Guard, action: Extract<Action, { kind: 'remove-member' }>): void {
  const lower = action.login.toLowerCase();
  if (guard.required.has(lower)) {
    plan.protectedRemovals.push({
      team: action.team,
      login: action.login,
      reason: 'påkrævet administrator (policy.yaml)',
    });
  } else if (lower === guard.self) {
    plan.protectedRemovals.push({
      team: action.team,
      login: action.login,
      reason: 'den konto, synkroniseringen kører som',
    });
  } else {
    plan.actions.push(action);
  }
}

/** The description of a team the sync creates: says what it holds and carries the managed marker. */
export function teamDescription(select: string): string {
  return `Sikkerhedsnet: ${select}. Medlemmer styres fra registret; ændr dem dér. ${MANAGED_MARKER}`;
}
