/**
 * A local double of GitHub's GraphQL API for Discussions: a real HTTP server on 127.0.0.1 (an ephemeral port), so
 * the real octokit client (`octokit.graphql`, with its throttling and retry plugins) is exercised end to end and
 * nothing leaves loopback. Test infrastructure only.
 *
 * API
 * - `startFakeGraphql(state, { token, now })` → `FakeGraphql`. Point octokit at it with `baseUrl: fake.url` (octokit
 *   posts to `<url>/graphql`), or `GITHUB_API_URL=<url>` for a command; `<url>/api/v3` (GitHub Enterprise Server's
 *   form) makes octokit post to `/api/graphql`, which is answered too. Anything else is 404 `Not Found`.
 * - Authentication: `Authorization: token <token>` or `bearer <token>`; anything else is 401 `Bad credentials`.
 * - Every document is parsed, validated and executed by graphql-js against GitHub's schema for the fields served
 *   (fake-graphql-schema.ts): `repository(owner:, name:)` with `hasDiscussionsEnabled`, `discussionCategories`,
 *   `discussions(first/after/last/before, categoryId:, answered:, states:, orderBy:)` and `discussion(number:)`;
 *   `node(id:)` for a repository, discussion, comment or reply; `viewer`; `rateLimit`; and the mutation
 *   `addDiscussionComment(input: { discussionId, body, replyToId })`. Connections page with real cursors and
 *   GitHub's limits (a `first` or `last` is required, at most 100). Failures come as GitHub sends them: HTTP 200 with
 *   `errors: [{ type, path, locations, message }]` (`NOT_FOUND` for an unknown repository, discussion number or node
 *   id) and `data` with the field null.
 * - `fake.state` is the live data set (change it between requests); `discussionNodeId(repo, discussion)` is a
 *   discussion's node id (`D_kwDOfake_<owner>_<name>_<number>` unless the discussion has its own `id`).
 * - `fake.addedComments`: every comment `addDiscussionComment` created, in order ({ repository, discussionNumber,
 *   discussionId, commentId, body, replyToId }); the comment is also appended to the discussion (or as a reply to
 *   `replyToId`) with `state.viewer` as author, so a later read sees it.
 * - `fake.faults`: answers to inject, first match first, each for its next `times` requests (optionally only those
 *   whose document matches `operation`): `rate-limited` (GitHub's primary rate limit for GraphQL: HTTP 200,
 *   `errors: [{ type: 'RATE_LIMITED' }]`, `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `resetInSeconds`
 *   ahead, which octokit's throttling plugin waits out and retries), `secondary-rate-limit` (HTTP 403 with GitHub's
 *   "secondary rate limit" message and `retry-after`), or `status` (any status, body and headers, e.g. 502).
 * - `fake.requests`: every request, in order ({ path, status, operation, variables, fault }).
 * - `fake.close()`.
 * - fake-graphql-export.ts loads a `DiscussionExport` (the committed files' format) into a `FakeRepository`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GraphQLFormattedError, graphql } from 'graphql';
import { rootValue } from './fake-graphql-resolvers.ts';
import { fakeGraphqlSchema } from './fake-graphql-schema.ts';

export { discussionNodeId } from './fake-graphql-resolvers.ts';

/** An account; null where an author is expected means a deleted account, as GitHub answers it. */
export interface FakeActor {
  login: string;
  databaseId: number | null;
  /** `User` by default. */
  kind?: 'User' | 'Bot';
}

export interface FakeReply {
  id: string;
  author: FakeActor | null;
  body: string;
  createdAt: string;
  /** Hidden by a moderator. */
  isMinimized?: boolean;
}

export interface FakeComment extends FakeReply {
  isAnswer?: boolean;
  replies: FakeReply[];
}

export interface FakeDiscussion {
  /** The node id; derived from the repository and number when left out. */
  id?: string;
  number: number;
  title: string;
  /** The category's name, one of the repository's `categories`. */
  category: string;
  createdAt: string;
  updatedAt?: string;
  author: FakeActor | null;
  body: string;
  answerChosenAt?: string | null;
  closed?: boolean;
  /** Oldest first. */
  comments: FakeComment[];
}

export interface FakeCategory {
  id: string;
  name: string;
  /** The "Question and Answer" format. */
  isAnswerable: boolean;
}

export interface FakeRepository {
  owner: string;
  name: string;
  /** Default true. */
  hasDiscussionsEnabled?: boolean;
  categories: FakeCategory[];
  discussions: FakeDiscussion[];
}

export interface FakeGraphqlState {
  repositories: FakeRepository[];
  /** Who the token belongs to: `viewer`, and the author of added comments. */
  viewer: FakeActor;
}

/** A comment made by `addDiscussionComment`. */
export interface AddedComment {
  repository: string;
  discussionNumber: number;
  discussionId: string;
  commentId: string;
  body: string;
  replyToId: string | null;
}

export type GraphqlFault = { times: number; operation?: RegExp } & (
  | { kind: 'rate-limited'; resetInSeconds?: number }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
);

export interface GraphqlRequestRecord {
  path: string;
  status: number;
  /** The operation's name (`query Discussions …` → `Discussions`), or `anonymous`. */
  operation: string;
  variables: Record<string, unknown>;
  /** The injected fault that answered, if any. */
  fault?: GraphqlFault['kind'];
}

export interface FakeGraphql {
  url: string;
  /** The address the server listens on (always 127.0.0.1). */
  address: string;
  state: FakeGraphqlState;
  faults: GraphqlFault[];
  requests: GraphqlRequestRecord[];
  addedComments: AddedComment[];
  close(): Promise<void>;
}

export interface FakeGraphqlOptions {
  token: string;
  /** The double's clock: rate-limit reset times and added comments' `createdAt` (default: the real clock). */
  now?: () => Date;
}

const GRAPHQL_PATHS = new Set(['/graphql', '/api/graphql']);

/** Start the double on an ephemeral port of 127.0.0.1. */
export async function startFakeGraphql(state: FakeGraphqlState, options: FakeGraphqlOptions): Promise<FakeGraphql> {
  const now = options.now ?? (() => new Date());
  const faults: GraphqlFault[] = [];
  const requests: GraphqlRequestRecord[] = [];
  const addedComments: AddedComment[] = [];
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }, now));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const text = await readBody(req);
    const record = (status: number, request?: GraphqlRequest, fault?: GraphqlFault['kind']) =>
      requests.push({
        path,
        status,
        operation: request ? operationName(request.query) : 'anonymous',
        variables: request?.variables ?? {},
        ...(fault ? { fault } : {}),
      });
    if (req.method !== 'POST' || !GRAPHQL_PATHS.has(path)) {
      record(404);
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' }, now);
    }
    const [scheme, credential] = (req.headers.authorization ?? '').split(' ');
    if (!/^(token|bearer)$/i.test(scheme ?? '') || credential !== options.token) {
      record(401);
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' }, now);
    }
    let request: GraphqlRequest;
    try {
      request = JSON.parse(text) as GraphqlRequest;
    } catch {
      record(400);
      return send(res, 400, { message: 'Problems parsing JSON' }, now);
    }
    const fault = faults.find((f) => f.times > 0 && (f.operation?.test(request.query) ?? true));
    if (fault) {
      fault.times -= 1;
      const answer = faultAnswer(fault, now);
      record(answer.status, request, fault.kind);
      return send(res, answer.status, answer.body, now, answer.headers);
    }
    const result = await graphql({
      schema: fakeGraphqlSchema,
      source: request.query,
      variableValues: request.variables ?? {},
      ...(request.operationName ? { operationName: request.operationName } : {}),
      rootValue: rootValue({ state, now, added: addedComments }),
    });
    record(200, request);
    const errors = result.errors?.map((e) => githubShape(e.toJSON()));
    return send(
      res,
      200,
      { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors ? { errors } : {}) },
      now,
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    address,
    state,
    faults,
    requests,
    addedComments,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function operationName(query: string): string {
  return /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1] ?? 'anonymous';
}

/** graphql-js's error with GitHub's `type` moved to the top, as GitHub sends it. */
function githubShape(error: GraphQLFormattedError): Record<string, unknown> {
  const { extensions, ...rest } = error;
  const type = extensions?.type;
  return { ...(typeof type === 'string' ? { type } : {}), ...rest };
}

function faultAnswer(
  fault: GraphqlFault,
  now: () => Date,
): { status: number; body: unknown; headers?: Record<string, string> | undefined } {
  const seconds = Math.floor(now().getTime() / 1000);
  switch (fault.kind) {
    case 'rate-limited':
      return {
        status: 200,
        body: {
          errors: [
            {
              type: 'RATE_LIMITED',
              code: 'graphql_rate_limit',
              message: 'API rate limit already exceeded for user ID 1000001.',
            },
          ],
        },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(seconds + (fault.resetInSeconds ?? 0)) },
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:0000.',
          documentation_url:
            'https://docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#secondary-rate-limits',
        },
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      };
    case 'status':
      return {
        status: fault.status,
        body: fault.body ?? { message: `injected ${fault.status}` },
        headers: fault.headers,
      };
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  now: () => Date,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'graphql',
    'x-ratelimit-reset': String(Math.floor(now().getTime() / 1000) + 3600),
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
