/**
 * Read the actual state of the org: members, pending and failed invitations, its base permission, and for every
 * team the registry describes its members, pending invitations and repositories. All lists paginate (100 a page),
 * so the cost grows with the number of list pages, never with one request per person.
 */
import type { Octokit } from 'octokit';
import { type ActualState, type ActualTeam, MANAGED_MARKER, type OrgInvitation } from './types.ts';

interface Account {
  id: number;
  login: string;
}

interface InvitationJson {
  id: number;
  login: string | null;
  team_count: number;
  inviter?: { login: string } | null;
}

const PER_PAGE = 100;

/**
 * GitHub reports a team's repository role as `read`/`triage`/`write`/`maintain`/`admin`, while the PUT that sets
 * it takes `pull`/`triage`/`push`/`maintain`/`admin`. Compare in the PUT's vocabulary; a custom role keeps its name.
 */
const ROLE_TO_PERMISSION: Record<string, string> = {
  read: 'pull',
  pull: 'pull',
  triage: 'triage',
  write: 'push',
  push: 'push',
  maintain: 'maintain',
  admin: 'admin',
};

/** The permission a team has on a repository, from `role_name`, else from the legacy `permissions` flags. */
export function repoPermission(repo: { role_name?: string | null; permissions?: Record<string, boolean> }): string {
  if (repo.role_name) return ROLE_TO_PERMISSION[repo.role_name] ?? repo.role_name;
  const flags = repo.permissions ?? {};
  return (['admin', 'maintain', 'push', 'triage'] as const).find((p) => flags[p]) ?? 'pull';
}

/** Read what sync needs about `org` and the registry's `teams` (found by slug, else by name). */
export async function readActualState(
  octokit: Octokit,
  org: string,
  teams: readonly { slug: string; name: string }[],
): Promise<ActualState> {
  const list = async <T>(route: string, params: Record<string, unknown> = {}) =>
    (await octokit.paginate(route, { org, per_page: PER_PAGE, ...params })) as T[];
  const members = await list<Account>('GET /orgs/{org}/members');
  const invitations = (await list<InvitationJson>('GET /orgs/{org}/invitations')).map(
    (i): OrgInvitation => ({
      id: i.id,
      login: i.login?.toLowerCase() ?? null,
      teamCount: i.team_count,
      inviter: i.inviter?.login.toLowerCase() ?? null,
    }),
  );
  const failed = await list<{ login: string | null }>('GET /orgs/{org}/failed_invitations');
  const allTeams = await list<{ id: number; slug: string; name: string; description: string | null }>(
    'GET /orgs/{org}/teams',
  );
  const orgInfo = await readOrg(octokit, org);
  const found = new Map<string, ActualTeam>();
  for (const wanted of teams) {
    const t =
      allTeams.find((c) => c.slug === wanted.slug) ??
      allTeams.find((c) => c.name.toLowerCase() === wanted.name.toLowerCase());
    if (!t) continue;
    const description = t.description ?? '';
    const team: ActualTeam = {
      id: t.id,
      slug: t.slug,
      name: t.name,
      description,
      managed: description.includes(MANAGED_MARKER),
      members: new Map(),
      pending: new Set(),
      repos: {},
    };
    if (team.managed) {
      const params = { team_slug: t.slug };
      for (const m of await list<Account>('GET /orgs/{org}/teams/{team_slug}/members', params)) {
        team.members.set(m.id, m.login);
      }
      // Team invitations are a subset of the org's: with none pending in the org, no team has any.
      if (invitations.length > 0) {
        for (const i of await list<InvitationJson>('GET /orgs/{org}/teams/{team_slug}/invitations', params)) {
          if (i.login) team.pending.add(i.login.toLowerCase());
        }
      }
      const repos = await list<{ name: string; role_name?: string | null; permissions?: Record<string, boolean> }>(
        'GET /orgs/{org}/teams/{team_slug}/repos',
        params,
      );
      for (const r of repos) team.repos[r.name] = repoPermission(r);
    }
    found.set(wanted.slug, team);
  }
  return {
    orgMembers: new Map(members.map((m) => [m.id, m.login])),
    invitations,
    failedInvitations: new Set(failed.flatMap((f) => (f.login ? [f.login.toLowerCase()] : []))),
    ...(orgInfo ? { defaultRepositoryPermission: orgInfo } : {}),
    teams: found,
  };
}

/** The org's base repository permission; GitHub shows it only to owners and apps with administration access. */
async function readOrg(octokit: Octokit, org: string): Promise<string | undefined> {
  const { data } = await octokit.request('GET /orgs/{org}', { org });
  return (data as { default_repository_permission?: string | null }).default_repository_permission ?? undefined;
}
