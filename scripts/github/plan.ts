/**
 * Compute the sync plan: pure, from desired state, actual state and the login resolution. People are matched by
 * numeric id. Pending invitations count as present; failed ones are re-sent. Guards: never remove the required
 * admins or the token's own account, never touch unmarked teams, refuse a plan that removes more than the
 * policy's fraction of current memberships unless an override reason is given.
 */
import type { Resolution } from './resolve.ts';
import { type Action, type ActualState, type DesiredState, MANAGED_MARKER, type SyncPlan } from './types.ts';

export interface PlanOptions {
  /** Reason for allowing a plan over the removal guard (`--allow-large-removal`). */
  allowLargeRemoval?: string;
}

/** Build the plan; it performs no I/O. */
export function computePlan(
  desired: DesiredState,
  actual: ActualState,
  resolution: Resolution,
  options: PlanOptions = {},
): SyncPlan {
  const actions: Action[] = [];
  const plan: SyncPlan = {
    org: desired.org,
    actions,
    renames: resolution.renames,
    unresolved: resolution.unresolved,
    unmanaged: [],
    protectedRemovals: [],
    currentMemberships: 0,
    removals: 0,
  };
  const required = new Set(desired.requiredAdmins.map((l) => l.toLowerCase()));
  for (const team of desired.teams) {
    const wanted = new Map<number, string>();
    for (const m of team.members) {
      const account = resolution.accounts.get(m.login.toLowerCase());
      if (account) wanted.set(account.id, account.login);
    }
    const existing = actual.teams.get(team.slug);
    if (existing && !existing.managed) {
      plan.unmanaged.push(team.slug);
      continue;
    }
    if (!existing) {
      actions.push({
        kind: 'create-team',
        team: team.slug,
        name: team.name,
        description: teamDescription(team.select),
      });
    }
    const activeIds = existing?.members ?? new Map<number, string>();
    const pending = existing?.pending ?? new Set<string>();
    plan.currentMemberships += activeIds.size + pending.size;
    for (const [id, login] of wanted) {
      if (activeIds.has(id) || pending.has(login.toLowerCase())) continue;
      const reinvite = actual.failedInvitations.has(login.toLowerCase());
      actions.push({ kind: 'add-member', team: team.slug, login, id, reinvite });
    }
    for (const [id, login] of activeIds) {
      if (wanted.has(id)) continue;
      removeOrProtect(plan, actions, required, actual, team.slug, login, id, false);
    }
    const wantedLogins = new Set([...wanted.values()].map((l) => l.toLowerCase()));
    for (const login of pending) {
      if (wantedLogins.has(login)) continue;
      removeOrProtect(plan, actions, required, actual, team.slug, login, 0, true);
    }
    const currentRepos = existing?.repos ?? {};
    for (const [repo, permission] of Object.entries(team.repos)) {
      const from = currentRepos[repo];
      if (from !== permission)
        actions.push({ kind: 'set-repo', team: team.slug, repo, permission, ...(from ? { from } : {}) });
    }
    for (const [repo, from] of Object.entries(currentRepos)) {
      if (!(repo in team.repos)) actions.push({ kind: 'remove-repo', team: team.slug, repo, from });
    }
  }
  plan.removals = actions.filter((a) => a.kind === 'remove-member').length;
  const limit = desired.maxRemovalFraction * Math.max(plan.currentMemberships, 1);
  if (plan.removals > 0 && plan.removals > limit) {
    if (options.allowLargeRemoval) {
      plan.allowLargeRemoval = options.allowLargeRemoval;
    } else {
      const pct = Math.round(desired.maxRemovalFraction * 100);
      plan.refused =
        `Planen fjerner ${plan.removals} af ${plan.currentMemberships} medlemskaber, mere end politikkens ${pct} %. ` +
        'Kontrollér registret; er fjernelserne tilsigtede, så kør igen med --allow-large-removal "<begrundelse>".';
    }
  }
  return plan;
}

function removeOrProtect(
  plan: SyncPlan,
  actions: Action[],
  required: Set<string>,
  actual: ActualState,
  team: string,
  login: string,
  id: number,
  pending: boolean,
): void {
  const lower = login.toLowerCase();
  if (required.has(lower)) {
    plan.protectedRemovals.push({ team, login, reason: 'påkrævet administrator (policy.yaml)' });
  } else if (lower === actual.self.login.toLowerCase()) {
    plan.protectedRemovals.push({ team, login, reason: 'den konto, synkroniseringen kører som' });
  } else {
    actions.push({ kind: 'remove-member', team, login, id, pending });
  }
}

/** The description of a team the sync creates: says what it holds and carries the managed marker. */
export function teamDescription(select: string): string {
  return `Sikkerhedsnet: ${select}. Medlemmer styres fra registret; ændr dem dér. ${MANAGED_MARKER}`;
}
