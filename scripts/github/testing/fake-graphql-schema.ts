/**
 * The part of GitHub's public GraphQL schema that the local double serves: Discussions (categories, discussions,
 * comments, replies), actors, `node(id:)`, `viewer`, `rateLimit` and the mutation `addDiscussionComment`. Names,
 * arguments, defaults and nullability are GitHub's (docs.github.com/graphql/reference and the guide "Using the
 * GraphQL API for Discussions"), so a document the double accepts uses real field names; fields GitHub has and the
 * double does not are refused as unknown, which is the safe direction.
 */
import { buildSchema } from 'graphql';

const CONNECTION_ARGS = 'after: String, before: String, first: Int, last: Int';

export const FAKE_GRAPHQL_SDL = `
scalar DateTime
scalar URI

interface Node { id: ID! }

interface Actor {
  avatarUrl(size: Int): URI!
  login: String!
  resourcePath: URI!
  url: URI!
}

type User implements Actor & Node {
  avatarUrl(size: Int): URI!
  databaseId: Int
  id: ID!
  login: String!
  name: String
  resourcePath: URI!
  url: URI!
}

type Bot implements Actor & Node {
  avatarUrl(size: Int): URI!
  databaseId: Int
  id: ID!
  login: String!
  resourcePath: URI!
  url: URI!
}

type PageInfo {
  endCursor: String
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
}

enum OrderDirection { ASC DESC }
enum DiscussionOrderField { CREATED_AT UPDATED_AT }
enum DiscussionState { CLOSED OPEN }
input DiscussionOrder { direction: OrderDirection! field: DiscussionOrderField! }

type DiscussionCategory implements Node {
  createdAt: DateTime!
  description: String
  emoji: String!
  id: ID!
  isAnswerable: Boolean!
  name: String!
  repository: Repository!
  slug: String!
  updatedAt: DateTime!
}
type DiscussionCategoryEdge { cursor: String! node: DiscussionCategory }
type DiscussionCategoryConnection {
  edges: [DiscussionCategoryEdge]
  nodes: [DiscussionCategory]
  pageInfo: PageInfo!
  totalCount: Int!
}

type Discussion implements Node {
  answer: DiscussionComment
  answerChosenAt: DateTime
  author: Actor
  body: String!
  category: DiscussionCategory!
  closed: Boolean!
  closedAt: DateTime
  comments(${CONNECTION_ARGS}): DiscussionCommentConnection!
  createdAt: DateTime!
  databaseId: Int
  id: ID!
  locked: Boolean!
  number: Int!
  repository: Repository!
  resourcePath: URI!
  title: String!
  updatedAt: DateTime!
  url: URI!
}
type DiscussionEdge { cursor: String! node: Discussion }
type DiscussionConnection { edges: [DiscussionEdge] nodes: [Discussion] pageInfo: PageInfo! totalCount: Int! }

type DiscussionComment implements Node {
  author: Actor
  body: String!
  createdAt: DateTime!
  databaseId: Int
  deletedAt: DateTime
  discussion: Discussion
  id: ID!
  isAnswer: Boolean!
  isMinimized: Boolean!
  minimizedReason: String
  replies(${CONNECTION_ARGS}): DiscussionCommentConnection!
  replyTo: DiscussionComment
  updatedAt: DateTime!
  url: URI!
}
type DiscussionCommentEdge { cursor: String! node: DiscussionComment }
type DiscussionCommentConnection {
  edges: [DiscussionCommentEdge]
  nodes: [DiscussionComment]
  pageInfo: PageInfo!
  totalCount: Int!
}

type Repository implements Node {
  discussion(number: Int!): Discussion
  discussionCategories(${CONNECTION_ARGS}, filterByAssignable: Boolean = false): DiscussionCategoryConnection!
  discussions(
    ${CONNECTION_ARGS}
    answered: Boolean = null
    categoryId: ID = null
    orderBy: DiscussionOrder = { field: UPDATED_AT, direction: DESC }
    states: [DiscussionState!] = []
  ): DiscussionConnection!
  hasDiscussionsEnabled: Boolean!
  id: ID!
  name: String!
  nameWithOwner: String!
  url: URI!
}

type RateLimit { cost: Int! limit: Int! nodeCount: Int! remaining: Int! resetAt: DateTime! used: Int! }

type Query {
  node(id: ID!): Node
  rateLimit(dryRun: Boolean = false): RateLimit
  repository(followRenames: Boolean = true, name: String!, owner: String!): Repository
  viewer: User!
}

input AddDiscussionCommentInput { body: String! clientMutationId: String discussionId: ID! replyToId: ID }
type AddDiscussionCommentPayload { clientMutationId: String comment: DiscussionComment }

type Mutation {
  addDiscussionComment(input: AddDiscussionCommentInput!): AddDiscussionCommentPayload
}
`;

export const fakeGraphqlSchema = buildSchema(FAKE_GRAPHQL_SDL);
