/**
 * A local HTTP server that speaks the part of GitHub's REST API that `registry sync` uses: users, org members,
 * org invitations (pending and failed), teams, team memberships, team invitations and team repositories; and the
 * issue comments that `pr-comment` lists, creates and edits on a pull request, and the pull request it first reads
 * to check that the pull request belongs to the workflow run.
 * It paginates with real `Link` headers and can inject rate limits, 5xx and 404 responses, so the real octokit
 * client (with its throttling and retry plugins) is exercised end to end. Test infrastructure only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appRoutes, authenticate, isAppRoute, issueToken, type TokenStore } from './fake-github-app.ts';
import { issueRoutes } from './fake-github-issues.ts';
import { pullRoutes } from './fake-github-pulls.ts';
import { type FakeState, type Route, routes } from './fake-github-routes.ts';

export type {
  FakeApp,
  FakeIssueComment,
  FakePullRequest,
  FakeState,
  FakeTeam,
  FakeUser,
} from './fake-github-routes.ts';

/** A fault to inject: the next `times` requests matching method + path get this response instead. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  faults: Fault[];
  requests: RequestRecord[];
  /** Requests that change state and succeeded (POST, PUT, PATCH, DELETE with 2xx). */
  writes(): RequestRecord[];
  /** An installation token of the state's app, as a workflow step would create it. */
  issueInstallationToken(): string;
  close(): Promise<void>;
}

const PER_PAGE_DEFAULT = 30;

/** Start the fake on an ephemeral loopback port. `token` is the user token; an app in `state` adds its own. */
export async function startFakeGitHub(state: FakeState, token: string): Promise<FakeGitHub> {
  const faults: Fault[] = [];
  const requests: RequestRecord[] = [];
  const tokens: TokenStore = new Map();
  const allRoutes: Route[] = [...appRoutes(tokens), ...routes, ...issueRoutes, ...pullRoutes];
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: String(error) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const record = (status: number) => requests.push({ method, path: url.pathname, status });
    const caller = await authenticate(req.headers.authorization ?? '', state, token, tokens);
    if (!caller || (caller.kind === 'app') !== isAppRoute(url.pathname)) {
      record(401);
      return send(res, 401, { message: 'Bad credentials' });
    }
    const fault = faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times -= 1;
      record(fault.status);
      return send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    }
    const body = await readJson(req);
    for (const route of allRoutes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const result = route.handle(state, match.groups ?? {}, body, caller);
      record(result.status);
      if (Array.isArray(result.body) && method === 'GET') {
        return sendPage(res, url, result.body);
      }
      return send(res, result.status, result.body, result.headers);
    }
    record(404);
    return send(res, 404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    faults,
    requests,
    writes: () =>
      requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/') && r.status >= 200 && r.status < 300),
    issueInstallationToken: () => issueToken(tokens),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One page of a list, with GitHub's `Link` header (`next`, `last`, `first`, `prev`). */
function sendPage(res: ServerResponse, url: URL, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page')) || PER_PAGE_DEFAULT, 100);
  const page = Math.max(Number(url.searchParams.get('page')) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const next = new URL(url.href.replace('http://localhost', `http://${res.req.headers.host}`));
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(p));
    return `<${next.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
