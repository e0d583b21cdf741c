/**
 * Apply a plan with octokit. Each action is independent except that a team's later actions depend on its
 * creation: when that fails they are skipped. A failure is recorded and the rest continues; the caller exits 1
 * when anything failed, and a re-run converges because the next plan is computed from GitHub's state again.
 */
import type { Octokit } from 'octokit';
import type { Action, ApplyResult, SyncPlan } from './types.ts';

/** Perform every action of `plan` (the caller has checked `plan.refused`). */
export async function applyPlan(octokit: Octokit, plan: SyncPlan): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], failed: [], skipped: [], slugMismatches: [] };
  const brokenTeams = new Set<string>();
  /** Planned slug → the slug GitHub gave the team it created (GitHub derives slugs from names). */
  const createdAs = new Map<string, string>();
  for (const planned of plan.actions) {
    const action =
      'team' in planned && createdAs.has(planned.team)
        ? { ...planned, team: createdAs.get(planned.team) ?? planned.team }
        : planned;
    if ('team' in action && brokenTeams.has(action.team)) {
      result.skipped.push({ action, reason: `teamet ${action.team} kunne ikke oprettes` });
      continue;
    }
    try {
      const slug = await perform(octokit, plan.org, action);
      if (action.kind === 'create-team' && slug && slug !== action.team) {
        createdAs.set(action.team, slug);
        result.slugMismatches.push({ team: action.team, githubSlug: slug });
      }
      result.applied.push(action);
    } catch (error) {
      if (action.kind === 'create-team') brokenTeams.add(action.team);
      result.failed.push({ action, error: describeError(error) });
    }
  }
  return result;
}

/** Perform one action; a created team's slug as GitHub returns it. */
async function perform(octokit: Octokit, org: string, action: Action): Promise<string | undefined> {
  switch (action.kind) {
    case 'create-team': {
      const { data } = await octokit.request('POST /orgs/{org}/teams', {
        org,
        name: action.name,
        description: action.description,
        privacy: 'closed',
      });
      return data.slug;
    }
    case 'add-member':
      await octokit.request('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org,
        team_slug: action.team,
        username: action.login,
        role: 'member',
      });
      return;
    case 'remove-member':
      await octokit.request('DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org,
        team_slug: action.team,
        username: action.login,
      });
      return;
    case 'set-repo':
      await octokit.request('PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', {
        org,
        team_slug: action.team,
        owner: org,
        repo: action.repo,
        permission: action.permission,
      });
      return;
    case 'remove-repo':
      await octokit.request('DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', {
        org,
        team_slug: action.team,
        owner: org,
        repo: action.repo,
      });
      return;
    case 'cancel-invitation':
      try {
        await octokit.request('DELETE /orgs/{org}/invitations/{invitation_id}', {
          org,
          invitation_id: action.invitation,
        });
      } catch (error) {
        // Already gone (accepted, expired or cancelled by hand since the read): the goal is reached.
        if ((error as { status?: number }).status !== 404) throw error;
      }
      return;
  }
}

/** Status and GitHub's message, never request headers (they hold the token). */
function describeError(error: unknown): string {
  const e = error as { status?: number; message?: string };
  return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : String(e.message ?? error);
}
