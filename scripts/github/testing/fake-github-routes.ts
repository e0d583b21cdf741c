/**
 * The fake GitHub's state and routes. Semantics follow GitHub's documented and observed behaviour where sync relies
 * on it: a created team's slug is derived from its name; adding a non-member to a team creates a pending org
 * invitation for that team; team member lists show only active members; team invitations list pending ones;
 * removing a pending team membership takes the team off the invitation but leaves the org invitation open;
 * repository roles are reported as `read`/`write` while the PUT takes `pull`/`push`.
 */
import { githubTeamSlug } from '#model/team-slug.ts';
export interface FakeUser {
  id: number;
  login: string;
}

export interface FakeTeam {
  id: number;
  slug: string;
  name: string;
  description: string;
  privacy: string;
  /** Active members by user id. */
  members: number[];
  /** Repository name → permission. */
  repos: Record<string, string>;
}

export interface FakeInvitation {
  id: number;
  inviteeId: number;
  teamIds: number[];
  failed: boolean;
  /** Login of whoever sent it (default: the token's account). */
  inviter?: string;
}

/** A GitHub App installed on the org: requests signed with its key get installation tokens. */
export interface FakeApp {
  id: number;
  slug: string;
  /** PEM public key matching the app's private key. */
  publicKey: string;
  installationId: number;
}

export interface FakeState {
  org: string;
  /** The account the token belongs to. */
  self: FakeUser;
  users: FakeUser[];
  /** Org members by user id. */
  orgMembers: number[];
  teams: FakeTeam[];
  invitations: FakeInvitation[];
  nextId: number;
  /** The org's base repository permission (`none` unless set). */
  defaultRepositoryPermission?: string;
  app?: FakeApp;
  /** Pull requests (issues) by repository name; their comments are in `issueComments`. */
  pullRequests?: Record<string, FakePullRequest[]>;
  issueComments?: FakeIssueComment[];
}

/** A pull request in one of the org's repositories. */
export interface FakePullRequest {
  number: number;
  /** The commit at the tip of the pull request's branch. */
  headSha: string;
  /** The repository the branch is in, `owner/name`: the org's own repository, a fork, or null for a deleted fork. */
  headRepo: string | null;
  /** The branch's name. */
  headRef: string;
  /** The login of whoever opened it. */
  author: string;
}

/** A comment on an issue or pull request. */
export interface FakeIssueComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  /** The author's login; `[bot]` logins are reported as type Bot. */
  login: string;
  created: string;
  updated: string;
}

/** Who is calling: a user's token, an app's JWT, or an app installation's token. */
export type Caller = { kind: 'user'; login: string } | { kind: 'app' } | { kind: 'installation'; login: string };

export interface RouteResult {
  status: number;
  body?: unknown;
  /** Extra response headers, e.g. `location` of a created resource. */
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(state: FakeState, params: Record<string, string>, body: unknown, caller: Caller): RouteResult;
}

const userJson = (u: FakeUser) => ({ id: u.id, login: u.login, type: 'User' });
const byLogin = (s: FakeState, login: string | undefined) =>
  s.users.find((u) => u.login.toLowerCase() === (login ?? '').toLowerCase());
const byId = (s: FakeState, id: number) => s.users.find((u) => u.id === id);
const team = (s: FakeState, slug: string | undefined) => s.teams.find((t) => t.slug === slug);
const teamJson = (t: FakeTeam) => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  description: t.description,
  privacy: t.privacy,
});
const notFound: RouteResult = { status: 404, body: { message: 'Not Found' } };
const ORG = '(?<org>[^/]+)';
const SLUG = '(?<slug>[^/]+)';

function invitationJson(s: FakeState, inv: FakeInvitation) {
  const u = byId(s, inv.inviteeId);
  return {
    id: inv.id,
    login: u?.login ?? null,
    role: 'direct_member',
    team_count: inv.teamIds.length,
    inviter: { login: inv.inviter ?? s.self.login },
    ...(inv.failed ? { failed_at: '2026-11-01T00:00:00Z', failed_reason: 'Invitation expired' } : {}),
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user$/,
    handle: (s, _p, _b, caller) =>
      caller.kind === 'user'
        ? { status: 200, body: userJson(s.self) }
        : { status: 403, body: { message: 'Resource not accessible by integration' } },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}$`),
    handle: (s) => ({
      status: 200,
      body: { login: s.org, default_repository_permission: s.defaultRepositoryPermission ?? 'none' },
    }),
  },
  {
    method: 'GET',
    pattern: /^\/users\/(?<login>[^/]+)$/,
    handle: (s, p) => {
      const u = byLogin(s, p.login);
      return u ? { status: 200, body: userJson(u) } : notFound;
    },
  },
  {
    method: 'GET',
    pattern: /^\/user\/(?<id>\d+)$/,
    handle: (s, p) => {
      const u = byId(s, Number(p.id));
      return u ? { status: 200, body: userJson(u) } : notFound;
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/members$`),
    handle: (s) => ({
      status: 200,
      body: s.orgMembers
        .map((id) => byId(s, id))
        .filter(Boolean)
        .map((u) => userJson(u as FakeUser)),
    }),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/invitations$`),
    handle: (s) => ({ status: 200, body: s.invitations.filter((i) => !i.failed).map((i) => invitationJson(s, i)) }),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/failed_invitations$`),
    handle: (s) => ({ status: 200, body: s.invitations.filter((i) => i.failed).map((i) => invitationJson(s, i)) }),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/teams$`),
    handle: (s) => ({ status: 200, body: s.teams.map(teamJson) }),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/orgs/${ORG}/teams$`),
    handle: (s, _p, body) => {
      const b = body as { name: string; description?: string; privacy?: string };
      const slug = githubTeamSlug(b.name);
      if (team(s, slug) || s.teams.some((t) => t.name.toLowerCase() === b.name.toLowerCase())) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] } };
      }
      const t: FakeTeam = {
        id: s.nextId++,
        slug,
        name: b.name,
        description: b.description ?? '',
        privacy: b.privacy ?? 'secret',
        members: [],
        repos: {},
      };
      s.teams.push(t);
      return { status: 201, body: teamJson(t) };
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/members$`),
    handle: (s, p) => {
      const t = team(s, p.slug);
      if (!t) return notFound;
      return { status: 200, body: t.members.map((id) => userJson(byId(s, id) as FakeUser)) };
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/invitations$`),
    handle: (s, p) => {
      const t = team(s, p.slug);
      if (!t) return notFound;
      const pending = s.invitations.filter((i) => !i.failed && i.teamIds.includes(t.id));
      return { status: 200, body: pending.map((i) => invitationJson(s, i)) };
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/memberships/(?<login>[^/]+)$`),
    handle: (s, p, _b, caller) => {
      const t = team(s, p.slug);
      const u = byLogin(s, p.login);
      if (!t || !u) return notFound;
      if (s.orgMembers.includes(u.id)) {
        if (!t.members.includes(u.id)) t.members.push(u.id);
        return { status: 200, body: { state: 'active', role: 'member' } };
      }
      // Not an org member: GitHub invites them to the org with this team; a failed invitation is replaced.
      s.invitations = s.invitations.filter((i) => !(i.failed && i.inviteeId === u.id));
      const open = s.invitations.find((i) => i.inviteeId === u.id);
      if (open) {
        if (!open.teamIds.includes(t.id)) open.teamIds.push(t.id);
      } else {
        const inviter = caller.kind === 'app' ? undefined : caller.login;
        s.invitations.push({ id: s.nextId++, inviteeId: u.id, teamIds: [t.id], failed: false, inviter });
      }
      return { status: 200, body: { state: 'pending', role: 'member' } };
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/memberships/(?<login>[^/]+)$`),
    handle: (s, p) => {
      const t = team(s, p.slug);
      const u = byLogin(s, p.login);
      if (!t || !u) return notFound;
      const wasMember = t.members.includes(u.id);
      t.members = t.members.filter((id) => id !== u.id);
      let wasInvited = false;
      for (const inv of s.invitations) {
        if (inv.inviteeId === u.id && inv.teamIds.includes(t.id)) {
          wasInvited = true;
          inv.teamIds = inv.teamIds.filter((id) => id !== t.id);
        }
      }
      // The org invitation itself stays open, even with no team left on it.
      return wasMember || wasInvited ? { status: 204 } : notFound;
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/repos$`),
    handle: (s, p) => {
      const t = team(s, p.slug);
      if (!t) return notFound;
      const body = Object.entries(t.repos).map(([name, permission]) => ({
        name,
        full_name: `${s.org}/${name}`,
        role_name: ({ pull: 'read', push: 'write' } as Record<string, string>)[permission] ?? permission,
        permissions: {
          admin: permission === 'admin',
          maintain: permission === 'maintain' || permission === 'admin',
          push: ['push', 'maintain', 'admin'].includes(permission),
          triage: permission !== 'pull',
          pull: true,
        },
      }));
      return { status: 200, body };
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/repos/(?<owner>[^/]+)/(?<repo>[^/]+)$`),
    handle: (s, p, body) => {
      const t = team(s, p.slug);
      if (!t || p.repo === undefined) return notFound;
      t.repos[p.repo] = (body as { permission?: string } | undefined)?.permission ?? 'pull';
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/orgs/${ORG}/teams/${SLUG}/repos/(?<owner>[^/]+)/(?<repo>[^/]+)$`),
    handle: (s, p) => {
      const t = team(s, p.slug);
      if (!t || p.repo === undefined || !(p.repo in t.repos)) return notFound;
      delete t.repos[p.repo];
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/orgs/${ORG}/invitations/(?<id>\\d+)$`),
    handle: (s, p) => {
      const inv = s.invitations.find((i) => i.id === Number(p.id) && !i.failed);
      if (!inv) return notFound;
      s.invitations = s.invitations.filter((i) => i !== inv);
      return { status: 204 };
    },
  },
];
