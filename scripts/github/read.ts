/**
 * Read the actual state of the org: the token's own account, org members, pending and failed invitations, and,
 * for every team the registry describes, its members, pending invitations and repositories. All lists paginate.
 */
import type { Octokit } from 'octokit';
import { type ActualState, type ActualTeam, MANAGED_MARKER, type Permission } from './types.ts';

interface Account {
  id: number;
  login: string;
}

const PER_PAGE = 100;

/** Read what sync needs about `org` and the teams named in `slugs`. */
export async function readActualState(octokit: Octokit, org: string, slugs: readonly string[]): Promise<ActualState> {
  const self = (await octokit.request('GET /user')).data as Account;
  const members = (await octokit.paginate('GET /orgs/{org}/members', { org, per_page: PER_PAGE })) as Account[];
  const failed = (await octokit.paginate('GET /orgs/{org}/failed_invitations', { org, per_page: PER_PAGE })) as {
    login: string | null;
  }[];
  const allTeams = (await octokit.paginate('GET /orgs/{org}/teams', { org, per_page: PER_PAGE })) as {
    id: number;
    slug: string;
    name: string;
    description: string | null;
  }[];
  const teams = new Map<string, ActualTeam>();
  for (const slug of slugs) {
    const t = allTeams.find((candidate) => candidate.slug === slug);
    if (!t) continue;
    const description = t.description ?? '';
    const managed = description.includes(MANAGED_MARKER);
    const team: ActualTeam = {
      id: t.id,
      slug,
      name: t.name,
      description,
      managed,
      members: new Map(),
      pending: new Set(),
      repos: {},
    };
    if (managed) {
      const params = { org, team_slug: slug, per_page: PER_PAGE };
      const active = (await octokit.paginate('GET /orgs/{org}/teams/{team_slug}/members', params)) as Account[];
      for (const m of active) team.members.set(m.id, m.login);
      const invited = (await octokit.paginate('GET /orgs/{org}/teams/{team_slug}/invitations', params)) as {
        login: string | null;
      }[];
      for (const i of invited) if (i.login) team.pending.add(i.login.toLowerCase());
      const repos = (await octokit.paginate('GET /orgs/{org}/teams/{team_slug}/repos', params)) as {
        name: string;
        role_name?: string;
      }[];
      for (const r of repos) team.repos[r.name] = (r.role_name ?? 'pull') as Permission;
    }
    teams.set(slug, team);
  }
  return {
    self: { id: self.id, login: self.login },
    orgMembers: new Map(members.map((m) => [m.id, m.login])),
    failedInvitations: new Set(failed.flatMap((f) => (f.login ? [f.login.toLowerCase()] : []))),
    teams,
  };
}
