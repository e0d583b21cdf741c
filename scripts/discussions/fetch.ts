/**
 * Read one repository's discussions in policy.yaml's three categories over GitHub's GraphQL API into a
 * `DiscussionExport` (#model/discussions.ts). Everything is paged: each category's discussions, a discussion's
 * comments beyond the first page (`Repository.discussion(number:)`), and a comment's replies beyond the first page
 * (`node(id:)`). Rate limits are octokit's: its throttling plugin waits out a RATE_LIMITED answer until
 * x-ratelimit-reset and retries (scripts/github/client.ts), and spaces GraphQL requests a second apart as GitHub
 * asks. Comments hidden by a moderator (minimized) are left out, unless one is the accepted answer.
 */
import {
  type Discussion,
  type DiscussionCategory,
  type DiscussionComment,
  type DiscussionExport,
  discussionExportSchema,
  type GithubAuthor,
} from '#model/discussions.ts';
import type { Tier } from '#model/tiers.ts';
import { findCategories } from './fetch-categories.ts';
import { DiscussionsFetchError } from './fetch-errors.ts';
import {
  COMMENTS_QUERY,
  type CommentsAnswer,
  type Connection,
  DISCUSSIONS_QUERY,
  type DiscussionsAnswer,
  type GqlAuthor,
  type GqlComment,
  type GqlDiscussion,
  type GqlReply,
  REPLIES_QUERY,
  type RepliesAnswer,
} from './fetch-queries.ts';

/** `octokit.graphql`, or anything that posts a document with variables and resolves to the answer's `data`. */
export type Graphql = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export interface RepositoryRef {
  owner: string;
  name: string;
}

export interface FetchOptions {
  /** Whose repository: `kerne` (the core network's) or `bred`. */
  tier: Tier;
  repository: RepositoryRef;
  /** policy.yaml's `discussions.categories`: the names on GitHub. */
  categories: Readonly<Record<DiscussionCategory, string>>;
  /** The export's time stamp (default: now, to the second). */
  now?: () => Date;
  /** Page sizes (GitHub allows 1–100). Small sizes let tests page with little data. */
  pageSizes?: { discussions?: number; comments?: number; replies?: number };
}

export interface FetchResult {
  export: DiscussionExport;
  /** Danish notes about the set-up that do not stop the export (a questions category without the Q&A format). */
  warnings: string[];
}

/** 50 discussions × 50 comments × 50 replies stays far below GitHub's 500,000 nodes and costs about 26 points. */
const DEFAULT_PAGES = { discussions: 50, comments: 50, replies: 50 };

/** Fetch every discussion of the three categories, validated, sorted by number. */
export async function fetchDiscussions(graphql: Graphql, options: FetchOptions): Promise<FetchResult> {
  const repo = options.repository;
  const sizes = { ...DEFAULT_PAGES, ...options.pageSizes };
  const variables = { ...repo, commentSize: sizes.comments, replySize: sizes.replies };
  const { categories, warnings } = await findCategories(graphql, repo, options.categories);
  const discussions: Discussion[] = [];
  for (const category of categories) {
    const pages = paged<GqlDiscussion>(async (after) => {
      const answer = await graphql<DiscussionsAnswer>(DISCUSSIONS_QUERY, {
        ...variables,
        categoryId: category.id,
        pageSize: sizes.discussions,
        after,
      });
      return required(answer.repository, repo).discussions;
    });
    for await (const node of pages) {
      const comments = await allComments(graphql, node, variables);
      discussions.push({
        number: node.number,
        title: node.title,
        url: node.url,
        category: category.key,
        createdAt: node.createdAt,
        author: author(node.author),
        body: node.body,
        answerChosenAt: node.answerChosenAt,
        closed: node.closed,
        comments,
      });
    }
  }
  discussions.sort((a, b) => a.number - b.number);
  const exportedAt = (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const result = {
    version: 1 as const,
    tier: options.tier,
    repository: `${repo.owner}/${repo.name}`,
    exportedAt,
    discussions,
  };
  const parsed = discussionExportSchema.safeParse(result);
  // GitHub's answer is typed by its schema; a mismatch is a change on GitHub's side or a bug here, not user data.
  if (!parsed.success) throw new Error(`GitHubs svar passer ikke til eksportformatet: ${parsed.error.message}`);
  return { export: parsed.data, warnings };
}

/** Every node of a connection, page by page; `first` is the page already fetched, if any. */
async function* paged<T>(
  fetchPage: (after: string | null) => Promise<Connection<T>>,
  first?: Connection<T>,
): AsyncGenerator<T> {
  let page = first ?? (await fetchPage(null));
  for (;;) {
    yield* page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    page = await fetchPage(page.pageInfo.endCursor);
  }
}

/** The discussion's comments, the first page from its own answer, the rest through `Repository.discussion`. */
async function allComments(
  graphql: Graphql,
  node: GqlDiscussion,
  variables: RepositoryRef & { commentSize: number; replySize: number },
): Promise<DiscussionComment[]> {
  const comments: DiscussionComment[] = [];
  const pages = paged<GqlComment>(async (after) => {
    const answer = await graphql<CommentsAnswer>(COMMENTS_QUERY, { ...variables, number: node.number, after });
    const discussion = required(answer.repository, variables).discussion;
    if (!discussion)
      throw new DiscussionsFetchError(`Diskussion #${node.number} forsvandt under eksporten; kør den igen.`);
    return discussion.comments;
  }, node.comments);
  for await (const comment of pages) {
    if (comment.isMinimized && !comment.isAnswer) continue;
    const replies: DiscussionComment['replies'] = [];
    const replyPages = paged<GqlReply>(async (after) => {
      const answer = await graphql<RepliesAnswer>(REPLIES_QUERY, {
        id: comment.id,
        after,
        replySize: variables.replySize,
      });
      if (!answer.node?.replies)
        throw new DiscussionsFetchError(`Kommentaren ${comment.id} forsvandt under eksporten; kør den igen.`);
      return answer.node.replies;
    }, comment.replies);
    for await (const reply of replyPages) {
      if (reply.isMinimized) continue;
      replies.push({ id: reply.id, author: author(reply.author), body: reply.body, createdAt: reply.createdAt });
    }
    comments.push({
      id: comment.id,
      author: author(comment.author),
      body: comment.body,
      createdAt: comment.createdAt,
      isAnswer: comment.isAnswer,
      replies,
    });
  }
  return comments;
}

/** An account as the export keeps it; null for a deleted one (GitHub's "ghost"). */
function author(actor: GqlAuthor): GithubAuthor {
  return actor ? { login: actor.login, id: actor.databaseId ?? null } : null;
}

/** GitHub answers an unknown repository with a NOT_FOUND error, which octokit throws; null here is a broken answer. */
function required<T>(repository: T | null, repo: RepositoryRef): T {
  if (repository === null) throw new Error(`GitHub svarede uden repositoryet ${repo.owner}/${repo.name}.`);
  return repository;
}
