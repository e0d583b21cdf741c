/**
 * GraphQL connections as GitHub pages them, for the local GraphQL double: `first`/`after` and `last`/`before` with
 * opaque cursors, `pageInfo`, `nodes`, `edges` and `totalCount`, and GitHub's refusals (no `first` or `last`, more
 * than 100 records, a cursor it never gave) as GraphQL errors with GitHub's `type`.
 */
import { GraphQLError } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A GraphQL error as GitHub sends it: its `type` (NOT_FOUND, EXCESSIVE_PAGE_SIZE, …) beside the message. */
export function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

const encode = (key: string) => Buffer.from(`cursor:v2:${key}`, 'utf8').toString('base64');

/** One page of `all` (already in the connection's order); `key` gives each item's stable cursor key. */
export function connection<T>(all: readonly T[], key: (item: T) => string, args: ConnectionArgs, field: string) {
  const { first, last, after, before } = args;
  if (first == null && last == null) {
    throw githubError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value > 100) {
      throw githubError(
        'EXCESSIVE_PAGE_SIZE',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of 100 records.`,
      );
    }
    if (value < 0) throw githubError('INVALID_ARGUMENTS', `\`${name}\` on ${field} cannot be less than 0.`);
  }
  const cursors = all.map((item) => encode(key(item)));
  const find = (cursor: string) => {
    const index = cursors.indexOf(cursor);
    if (index === -1)
      throw githubError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
    return index;
  };
  const start = after ? find(after) + 1 : 0;
  const end = before ? find(before) : all.length;
  let from = start;
  let to = Math.max(end, start);
  if (first != null) to = Math.min(to, from + first);
  if (last != null) from = Math.max(from, to - last);
  const nodes = all.slice(from, to);
  const edges = nodes.map((node, i) => ({ cursor: cursors[from + i] as string, node }));
  return {
    totalCount: all.length,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: to < end,
      hasPreviousPage: from > start || start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
