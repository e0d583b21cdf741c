/**
 * Resolve the registry's GitHub logins to accounts. Most people are found in what the read already returned: the
 * org's and teams' member lists carry numeric ids, and pending invitations carry logins. Only people found there
 * by neither id nor login (new members, renamed accounts, failed invitations) cost a request. The id in the
 * registry is authoritative: when the login now belongs to nobody, or to another account, the account is looked
 * up by id and reported as renamed.
 */
import type { Octokit } from 'octokit';
import type { ActualState, DesiredState, Rename, ResolvedAccount, SourcePosition, Unresolved } from './types.ts';

export interface Resolution {
  /** Registry login (lower-case) → current account. */
  accounts: Map<string, ResolvedAccount>;
  renames: Rename[];
  unresolved: Unresolved[];
}

interface Wanted {
  login: string;
  githubId?: number;
  position?: SourcePosition;
}

/** Resolve every distinct registry login, asking GitHub only about those the read did not show. */
export async function resolveAccounts(
  octokit: Octokit,
  desired: DesiredState,
  actual: ActualState,
): Promise<Resolution> {
  const byId = new Map(actual.orgMembers);
  for (const team of actual.teams.values()) for (const [id, login] of team.members) byId.set(id, login);
  const byLogin = new Map([...byId].map(([id, login]) => [login.toLowerCase(), id]));
  const pending = new Set(actual.invitations.flatMap((i) => (i.login ? [i.login] : [])));
  for (const team of actual.teams.values()) for (const login of team.pending) pending.add(login);

  const result: Resolution = { accounts: new Map(), renames: [], unresolved: [] };
  for (const [key, w] of wantedLogins(desired)) {
    const knownLogin = w.githubId !== undefined ? byId.get(w.githubId) : undefined;
    if (w.githubId !== undefined && knownLogin !== undefined) {
      result.accounts.set(key, { id: w.githubId, login: knownLogin });
      if (knownLogin.toLowerCase() !== key) result.renames.push(rename(w, knownLogin, w.githubId));
      continue;
    }
    const knownId = byLogin.get(key);
    if (w.githubId === undefined && knownId !== undefined) {
      result.accounts.set(key, { id: knownId, login: byId.get(knownId) ?? w.login });
      continue;
    }
    if (pending.has(key) && (w.githubId === undefined || knownId === undefined)) {
      // Invited but not yet joined: the invitation is addressed to this login; nothing to ask GitHub.
      result.accounts.set(key, { login: w.login, ...(w.githubId !== undefined ? { id: w.githubId } : {}) });
      continue;
    }
    await lookUp(octokit, key, w, result);
  }
  return result;
}

/** Every distinct login of the desired teams, first occurrence wins. */
function wantedLogins(desired: DesiredState): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const team of desired.teams) {
    for (const m of team.members) {
      const key = m.login.toLowerCase();
      if (!wanted.has(key)) wanted.set(key, { login: m.login, githubId: m.githubId, position: m.position });
    }
  }
  return wanted;
}

function rename(w: Wanted, currentLogin: string, id: number): Rename {
  return { registryLogin: w.login, currentLogin, id, position: w.position };
}

/** One `GET /users/{login}`, and `GET /user/{id}` when the login is gone or belongs to someone else. */
async function lookUp(octokit: Octokit, key: string, w: Wanted, result: Resolution): Promise<void> {
  const found = await getAccount(octokit, 'GET /users/{username}', { username: w.login });
  if (found && (w.githubId === undefined || found.id === w.githubId)) {
    result.accounts.set(key, found);
    return;
  }
  if (w.githubId === undefined) {
    result.unresolved.push({ login: w.login, reason: 'findes ikke på GitHub', position: w.position });
    return;
  }
  const byId = await getAccount(octokit, 'GET /user/{account_id}', { account_id: w.githubId });
  if (!byId) {
    result.unresolved.push({
      login: w.login,
      reason: `GitHub-id ${w.githubId} findes ikke længere (kontoen er slettet)`,
      position: w.position,
    });
    return;
  }
  result.accounts.set(key, byId);
  result.renames.push(rename(w, byId.login, byId.id));
}

async function getAccount(
  octokit: Octokit,
  route: 'GET /users/{username}' | 'GET /user/{account_id}',
  params: Record<string, string | number>,
): Promise<{ id: number; login: string } | undefined> {
  try {
    const { data } = await octokit.request(route, params as never);
    const account = data as { id: number; login: string };
    return { id: account.id, login: account.login };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
