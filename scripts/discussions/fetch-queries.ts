/**
 * The GraphQL documents the export sends, with the answer shapes it reads. Field names are GitHub's public schema
 * (Repository.discussionCategories, Repository.discussions with categoryId and orderBy, Repository.discussion,
 * Discussion.answerChosenAt and .closed, DiscussionComment.isAnswer, .isMinimized and .replies); the local double
 * (scripts/github/testing/fake-graphql.ts) validates every document against the same subset of that schema. Each
 * document holds only the fragments it uses, since GraphQL refuses an unused fragment.
 */

/** An account; `databaseId` only for users, so a bot's or an organisation's id is null. */
const AUTHOR = 'fragment Author on Actor { login ... on User { databaseId } }';
const REPLY = 'fragment Reply on DiscussionComment { id body createdAt isMinimized author { ...Author } }';
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const COMMENT = `fragment Comment on DiscussionComment {
  ...Reply
  isAnswer
  replies(first: $replySize) { ${PAGE_INFO} nodes { ...Reply } }
}`;
const COMMENT_PAGE = `fragment CommentPage on DiscussionCommentConnection { ${PAGE_INFO} nodes { ...Comment } }`;

/** The repository's categories (at most 25 on GitHub) and whether Discussions is on. */
export const CATEGORIES_QUERY = `query DiscussionCategories($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    hasDiscussionsEnabled
    discussionCategories(first: 25, after: $after) { ${PAGE_INFO} nodes { id name isAnswerable } }
  }
}`;

/** One page of one category's discussions, oldest first (a stable order to page through), with their first comments. */
export const DISCUSSIONS_QUERY = `query Discussions($owner: String!, $name: String!, $categoryId: ID!, $after: String,
  $pageSize: Int!, $commentSize: Int!, $replySize: Int!) {
  repository(owner: $owner, name: $name) {
    discussions(first: $pageSize, after: $after, categoryId: $categoryId, orderBy: { field: CREATED_AT, direction: ASC }) {
      ${PAGE_INFO}
      nodes {
        number title url createdAt body answerChosenAt closed
        author { ...Author }
        comments(first: $commentSize) { ...CommentPage }
      }
    }
  }
}
${COMMENT_PAGE}
${COMMENT}
${REPLY}
${AUTHOR}`;

/** The next page of one discussion's comments. */
export const COMMENTS_QUERY = `query DiscussionComments($owner: String!, $name: String!, $number: Int!, $after: String,
  $commentSize: Int!, $replySize: Int!) {
  repository(owner: $owner, name: $name) {
    discussion(number: $number) { comments(first: $commentSize, after: $after) { ...CommentPage } }
  }
}
${COMMENT_PAGE}
${COMMENT}
${REPLY}
${AUTHOR}`;

/** The next page of one comment's replies. */
export const REPLIES_QUERY = `query CommentReplies($id: ID!, $after: String, $replySize: Int!) {
  node(id: $id) { ... on DiscussionComment { replies(first: $replySize, after: $after) { ${PAGE_INFO} nodes { ...Reply } } } }
}
${REPLY}
${AUTHOR}`;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfo;
  nodes: T[];
}

export type GqlAuthor = { login: string; databaseId?: number | null } | null;

export interface GqlReply {
  id: string;
  body: string;
  createdAt: string;
  isMinimized: boolean;
  author: GqlAuthor;
}

export interface GqlComment extends GqlReply {
  isAnswer: boolean;
  replies: Connection<GqlReply>;
}

export interface GqlDiscussion {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  body: string;
  answerChosenAt: string | null;
  closed: boolean;
  author: GqlAuthor;
  comments: Connection<GqlComment>;
}

export interface CategoriesAnswer {
  repository: {
    hasDiscussionsEnabled: boolean;
    discussionCategories: Connection<{ id: string; name: string; isAnswerable: boolean }>;
  } | null;
}

export interface DiscussionsAnswer {
  repository: { discussions: Connection<GqlDiscussion> } | null;
}

export interface CommentsAnswer {
  repository: { discussion: { comments: Connection<GqlComment> } | null } | null;
}

export interface RepliesAnswer {
  node: { replies?: Connection<GqlReply> } | null;
}
