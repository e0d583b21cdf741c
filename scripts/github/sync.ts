/**
 * Sync = read GitHub, resolve logins, compute the plan, and (only when asked and not refused) apply it.
 */
import type { Octokit } from 'octokit';
import { applyPlan } from './apply.ts';
import { computePlan, type PlanOptions } from './plan.ts';
import { readActualState } from './read.ts';
import { resolveAccounts } from './resolve.ts';
import type { ApplyResult, DesiredState, SyncAccount, SyncPlan } from './types.ts';

export interface SyncOutcome {
  plan: SyncPlan;
  /** Present when apply ran. */
  result?: ApplyResult;
}

export interface SyncOptions extends PlanOptions {
  apply: boolean;
  /** The account the sync acts as (from `connectGitHub` in client.ts); never removed from a team. */
  self?: SyncAccount;
}

/** Plan against GitHub's current state; apply when `apply` is true and the guards allow it. */
export async function runSync(octokit: Octokit, desired: DesiredState, options: SyncOptions): Promise<SyncOutcome> {
  const actual = await readActualState(octokit, desired.org, desired.teams);
  const resolution = await resolveAccounts(octokit, desired, actual);
  const plan = computePlan(desired, actual, resolution, options);
  if (!options.apply || plan.refused || plan.actions.length === 0) return { plan };
  return { plan, result: await applyPlan(octokit, plan) };
}
