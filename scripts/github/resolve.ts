/**
 * Resolve the registry's GitHub logins to numeric ids. The id in the registry is authoritative: when the login
 * now belongs to nobody, or to another account, the account is looked up by id and reported as renamed.
 */
import type { Octokit } from 'octokit';
import type { DesiredState, Rename, ResolvedAccount, SourcePosition, Unresolved } from './types.ts';

export interface Resolution {
  /** Registry login (lower-case) → current account. */
  accounts: Map<string, ResolvedAccount>;
  renames: Rename[];
  unresolved: Unresolved[];
}

/** Look every distinct registry login up once. */
export async function resolveAccounts(octokit: Octokit, desired: DesiredState): Promise<Resolution> {
  const wanted = new Map<string, { login: string; githubId?: number; position?: SourcePosition }>();
  for (const team of desired.teams) {
    for (const m of team.members) {
      const key = m.login.toLowerCase();
      if (!wanted.has(key)) wanted.set(key, { login: m.login, githubId: m.githubId, position: m.position });
    }
  }
  const result: Resolution = { accounts: new Map(), renames: [], unresolved: [] };
  for (const [key, w] of wanted) {
    const byLogin = await getAccount(octokit, 'GET /users/{username}', { username: w.login });
    if (byLogin && (w.githubId === undefined || byLogin.id === w.githubId)) {
      result.accounts.set(key, byLogin);
      continue;
    }
    if (w.githubId === undefined) {
      result.unresolved.push({ login: w.login, reason: 'findes ikke på GitHub', position: w.position });
      continue;
    }
    const byId = await getAccount(octokit, 'GET /user/{account_id}', { account_id: w.githubId });
    if (!byId) {
      result.unresolved.push({
        login: w.login,
        reason: `GitHub-id ${w.githubId} findes ikke længere (kontoen er slettet)`,
        position: w.position,
      });
      continue;
    }
    result.accounts.set(key, byId);
    result.renames.push({ registryLogin: w.login, currentLogin: byId.login, id: byId.id, position: w.position });
  }
  return result;
}

async function getAccount(
  octokit: Octokit,
  route: 'GET /users/{username}' | 'GET /user/{account_id}',
  params: Record<string, string | number>,
): Promise<ResolvedAccount | undefined> {
  try {
    const { data } = await octokit.request(route, params as never);
    const account = data as { id: number; login: string };
    return { id: account.id, login: account.login };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
