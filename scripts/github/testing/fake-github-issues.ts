/**
 * The fake GitHub's issue comments: list a pull request's comments (paginated by the server like every list),
 * create one (201 with a `location` header) and edit one, with the response shape of GitHub's `issue-comment`
 * schema (rest-api-description, also @octokit/openapi-types). As on GitHub, a pull request is an issue to these
 * endpoints, an unknown repository, pull request or comment is 404, and a missing, empty or too long body is 422.
 * The author is whoever the token belongs to: the user, or `<app>[bot]` for an installation token. Test
 * infrastructure only.
 */
import type { Caller, FakeIssueComment, FakeState, Route, RouteResult } from './fake-github-routes.ts';

const API = 'https://api.github.com';
const WEB = 'https://github.com';
/** GitHub's limit on a comment's body, in characters. */
const MAX_BODY = 65_536;
const REPO = '(?<owner>[^/]+)/(?<repo>[^/]+)';
export const notFound: RouteResult = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
};

/** A stable numeric id for a login the state does not list (bots). */
const loginId = (login: string) => [...login].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 90_000_000, 7);

/** GitHub's `simple-user` for a login. */
export function simpleUser(s: FakeState, login: string) {
  const id = s.users.find((u) => u.login === login)?.id ?? loginId(login);
  const url = `${API}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login.replace(/\[bot\]$/, '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

/** GitHub's `issue-comment`. */
function commentJson(s: FakeState, c: FakeIssueComment) {
  const url = `${API}/repos/${s.org}/${c.repo}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url,
    html_url: `${WEB}/${s.org}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(s, c.login),
    created_at: c.created,
    updated_at: c.updated,
    issue_url: `${API}/repos/${s.org}/${c.repo}/issues/${c.issue}`,
    author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

/** The 422 GitHub gives for a body that is missing, empty or too long; undefined when the body is fine. */
function invalidBody(body: unknown): RouteResult | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  const error =
    typeof text !== 'string' || text === ''
      ? { resource: 'IssueComment', code: 'missing_field', field: 'body' }
      : text.length > MAX_BODY
        ? {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          }
        : undefined;
  if (!error) return undefined;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [error],
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422',
    },
  };
}

/** Whether the route's `owner`/`repo` is one of the org's repositories (those with pull requests in the state). */
export const repoKnown = (s: FakeState, p: Record<string, string>) =>
  p.owner?.toLowerCase() === s.org.toLowerCase() && p.repo !== undefined && Object.hasOwn(s.pullRequests ?? {}, p.repo);
/** The route's pull request (`number`), if the repository has it. */
export const findPullRequest = (s: FakeState, p: Record<string, string>) =>
  repoKnown(s, p) ? s.pullRequests?.[p.repo as string]?.find((pr) => pr.number === Number(p.number)) : undefined;
const prKnown = (s: FakeState, p: Record<string, string>) => findPullRequest(s, p) !== undefined;
const author = (caller: Caller) => (caller.kind === 'app' ? 'app' : caller.login);

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/repos/${REPO}/issues/(?<number>\\d+)/comments$`),
    handle: (s, p) => {
      if (!prKnown(s, p)) return notFound;
      const comments = (s.issueComments ?? []).filter((c) => c.repo === p.repo && c.issue === Number(p.number));
      return { status: 200, body: comments.sort((a, b) => a.id - b.id).map((c) => commentJson(s, c)) };
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/repos/${REPO}/issues/(?<number>\\d+)/comments$`),
    handle: (s, p, body, caller) => {
      if (!prKnown(s, p)) return notFound;
      const invalid = invalidBody(body);
      if (invalid) return invalid;
      const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const comment: FakeIssueComment = {
        id: s.nextId++,
        repo: p.repo as string,
        issue: Number(p.number),
        body: (body as { body: string }).body,
        login: author(caller),
        created: now,
        updated: now,
      };
      s.issueComments = [...(s.issueComments ?? []), comment];
      const json = commentJson(s, comment);
      return { status: 201, body: json, headers: { location: json.url } };
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^/repos/${REPO}/issues/comments/(?<id>\\d+)$`),
    handle: (s, p, body) => {
      const comment = repoKnown(s, p)
        ? s.issueComments?.find((c) => c.repo === p.repo && c.id === Number(p.id))
        : undefined;
      if (!comment) return notFound;
      const invalid = invalidBody(body);
      if (invalid) return invalid;
      comment.body = (body as { body: string }).body;
      comment.updated = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      return { status: 200, body: commentJson(s, comment) };
    },
  },
];
