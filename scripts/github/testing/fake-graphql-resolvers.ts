/**
 * The GraphQL double's answers, computed from its in-memory state on every request (so a test may change the state
 * between requests). Objects carry `__typename` for interfaces, and methods for fields with arguments, as graphql-js's
 * default resolvers expect. Unknown repositories, discussions and node ids are GitHub's NOT_FOUND errors.
 */

import type {
  AddedComment,
  FakeActor,
  FakeComment,
  FakeDiscussion,
  FakeGraphqlState,
  FakeReply,
  FakeRepository,
} from './fake-graphql.ts';
import { type ConnectionArgs, connection, githubError } from './fake-graphql-connection.ts';

interface CommentObject {
  __typename: 'DiscussionComment';
  id: string;
  [field: string]: unknown;
}

interface DiscussionObject {
  __typename: 'Discussion';
  id: string;
  number: number;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

const WEB = 'https://github.com';
const EPOCH = '2026-01-01T00:00:00Z';

/** The node id GitHub would give a discussion (opaque to clients); a discussion's own `id` wins. */
export function discussionNodeId(repo: FakeRepository, discussion: FakeDiscussion): string {
  return discussion.id ?? `D_kwDOfake_${repo.owner}_${repo.name}_${discussion.number}`;
}

const fullName = (repo: FakeRepository) => `${repo.owner}/${repo.name}`;

function actor(account: FakeActor | null) {
  if (!account) return null;
  const kind = account.kind ?? 'User';
  return {
    __typename: kind,
    id: `${kind === 'Bot' ? 'BOT' : 'U'}_kgDOfake${account.databaseId ?? account.login}`,
    login: account.login,
    databaseId: account.databaseId,
    name: null,
    url: `${WEB}/${account.login}`,
    resourcePath: `/${account.login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${account.databaseId ?? 0}`,
  };
}

export interface ResolverContext {
  state: FakeGraphqlState;
  now: () => Date;
  added: AddedComment[];
}

/** The root value (Query and Mutation fields) for one request. */
export function rootValue(context: ResolverContext) {
  const { state } = context;

  function repositoryObject(repo: FakeRepository) {
    const categories = repo.categories.map((category) => ({
      __typename: 'DiscussionCategory',
      ...category,
      slug: category.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      description: null,
      emoji: ':speech_balloon:',
      createdAt: EPOCH,
      updatedAt: EPOCH,
      repository: () => self,
    }));
    const discussionObject = (d: FakeDiscussion): DiscussionObject => {
      const category = categories.find((c) => c.name === d.category);
      if (!category) throw new Error(`fake-graphql: discussion #${d.number} names an unknown category ${d.category}`);
      const url = `${WEB}/${fullName(repo)}/discussions/${d.number}`;
      const object: DiscussionObject = {
        __typename: 'Discussion',
        id: discussionNodeId(repo, d),
        databaseId: d.number,
        number: d.number,
        title: d.title,
        url,
        resourcePath: `/${fullName(repo)}/discussions/${d.number}`,
        body: d.body,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt ?? d.createdAt,
        author: actor(d.author),
        answerChosenAt: d.answerChosenAt ?? null,
        answer: () => {
          const answer = d.comments.find((c) => c.isAnswer);
          return answer ? commentObject(d, answer) : null;
        },
        closed: d.closed ?? false,
        closedAt: null,
        locked: false,
        category,
        repository: () => self,
        comments: (args: ConnectionArgs) =>
          connection(
            d.comments.map((c) => commentObject(d, c)),
            (c) => c.id,
            args,
            'comments',
          ),
      };
      return object;
    };
    /** A comment, or a reply when `parent` is given (replies have no replies of their own). */
    const commentObject = (d: FakeDiscussion, c: FakeReply, parent?: FakeComment): CommentObject => ({
      __typename: 'DiscussionComment',
      id: c.id,
      databaseId: null,
      author: actor(c.author),
      body: c.body,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
      deletedAt: null,
      isAnswer: !parent && (c as FakeComment).isAnswer === true,
      isMinimized: c.isMinimized ?? false,
      minimizedReason: c.isMinimized ? 'spam' : null,
      url: `${WEB}/${fullName(repo)}/discussions/${d.number}#discussioncomment-${c.id}`,
      discussion: () => discussionObject(d),
      replyTo: () => (parent ? commentObject(d, parent) : null),
      replies: (args: ConnectionArgs) =>
        connection(
          parent ? [] : ((c as FakeComment).replies ?? []).map((r) => commentObject(d, r, c as FakeComment)),
          (r) => r.id,
          args,
          'replies',
        ),
    });
    const self = {
      __typename: 'Repository',
      id: `R_kgDOfake_${repo.owner}_${repo.name}`,
      name: repo.name,
      nameWithOwner: fullName(repo),
      url: `${WEB}/${fullName(repo)}`,
      hasDiscussionsEnabled: repo.hasDiscussionsEnabled ?? true,
      discussionCategories: (args: ConnectionArgs) => connection(categories, (c) => c.id, args, 'discussionCategories'),
      discussions: (
        args: ConnectionArgs & {
          categoryId: string | null;
          answered: boolean | null;
          orderBy: { field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' };
          states: ('OPEN' | 'CLOSED')[];
        },
      ): unknown => {
        const category = args.categoryId ? categories.find((c) => c.id === args.categoryId) : undefined;
        if (args.categoryId && !category) {
          throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${args.categoryId}'`);
        }
        const field = args.orderBy.field === 'CREATED_AT' ? 'createdAt' : 'updatedAt';
        const sign = args.orderBy.direction === 'ASC' ? 1 : -1;
        const picked: DiscussionObject[] = repo.discussions
          .filter((d) => !category || d.category === category.name)
          .filter((d) => args.answered === null || Boolean(d.answerChosenAt) === args.answered)
          .filter((d) => args.states.length === 0 || args.states.includes(d.closed ? 'CLOSED' : 'OPEN'))
          .map(discussionObject)
          .sort((a, b) => sign * (a[field].localeCompare(b[field]) || a.number - b.number));
        return connection(picked, (d) => d.id, args, 'discussions');
      },
      discussion: ({ number }: { number: number }): DiscussionObject => {
        const found = repo.discussions.find((d) => d.number === number);
        if (!found) throw githubError('NOT_FOUND', `Could not resolve to a Discussion with the number of ${number}.`);
        return discussionObject(found);
      },
      discussionObject,
      commentObject,
    };
    return self;
  }

  /** The object with node id `id`, and where it is; undefined when the double has no such node. */
  function findNode(id: string): { value: unknown; repo: FakeRepository; discussion?: FakeDiscussion } | undefined {
    for (const repo of state.repositories) {
      const object = repositoryObject(repo);
      if (object.id === id) return { value: object, repo };
      for (const d of repo.discussions) {
        if (discussionNodeId(repo, d) === id) return { value: object.discussionObject(d), repo, discussion: d };
        for (const c of d.comments) {
          if (c.id === id) return { value: object.commentObject(d, c), repo, discussion: d };
          const reply = c.replies.find((r) => r.id === id);
          if (reply) return { value: object.commentObject(d, reply, c), repo, discussion: d };
        }
      }
    }
    return undefined;
  }

  const notFound = (id: string) =>
    githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);

  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = state.repositories.find(
        (r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase(),
      );
      if (!repo) throw githubError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryObject(repo);
    },
    node: ({ id }: { id: string }) => {
      const found = findNode(id);
      if (!found) throw notFound(id);
      return found.value;
    },
    viewer: () => actor(state.viewer),
    rateLimit: () => ({
      cost: 1,
      limit: 5000,
      nodeCount: 0,
      remaining: 4999,
      used: 1,
      resetAt: new Date(context.now().getTime() + 3_600_000).toISOString(),
    }),
    addDiscussionComment: ({
      input,
    }: {
      input: { discussionId: string; body: string; replyToId?: string | null; clientMutationId?: string | null };
    }) => {
      const found = findNode(input.discussionId);
      if (!found?.repo || !found.discussion || discussionNodeId(found.repo, found.discussion) !== input.discussionId) {
        throw notFound(input.discussionId);
      }
      if (input.body.trim() === '') throw githubError('UNPROCESSABLE', "Body can't be blank");
      const { repo, discussion } = found;
      const object = repositoryObject(repo);
      const id = `DC_kwDOfake_added_${context.added.length + 1}`;
      const createdAt = context
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
      const reply: FakeReply = { id, author: state.viewer, body: input.body, createdAt };
      let value: CommentObject;
      if (input.replyToId) {
        // GitHub threads one level deep: a reply goes to a top-level comment.
        const parent = discussion.comments.find((c) => c.id === input.replyToId);
        if (!parent) throw notFound(input.replyToId);
        parent.replies.push(reply);
        value = object.commentObject(discussion, reply, parent);
      } else {
        const comment: FakeComment = { ...reply, isAnswer: false, replies: [] };
        discussion.comments.push(comment);
        value = object.commentObject(discussion, comment);
      }
      context.added.push({
        repository: fullName(repo),
        discussionNumber: discussion.number,
        discussionId: input.discussionId,
        commentId: id,
        body: input.body,
        replyToId: input.replyToId ?? null,
      });
      return { clientMutationId: input.clientMutationId ?? null, comment: value };
    },
  };
}
