/**
 * The live GitHub side of the duplicate answers: read the new discussion (its category and whether it already has
 * the automatic answer) and post the answer as a comment. Two GraphQL documents, with field names from GitHub's
 * public schema (Repository.discussion(number:), Discussion.category, DiscussionComment.body, the mutation
 * addDiscussionComment), which the local double (scripts/github/testing/fake-graphql.ts) validates.
 */
import type { Graphql, RepositoryRef } from './fetch.ts';

const NEW_DISCUSSION_QUERY = `query NewDiscussion($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    discussion(number: $number) {
      id number title body url createdAt
      category { name }
      comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { body } }
    }
  }
}`;

const ADD_COMMENT_MUTATION = `mutation AddSimilarAnswer($discussionId: ID!, $body: String!) {
  addDiscussionComment(input: { discussionId: $discussionId, body: $body }) { comment { id url } }
}`;

interface NewDiscussionAnswer {
  repository: {
    discussion: {
      id: string;
      number: number;
      title: string;
      body: string;
      url: string;
      createdAt: string;
      category: { name: string };
      comments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { body: string }[] };
    } | null;
  } | null;
}

/** A discussion as the duplicate answer needs it. */
export interface LiveDiscussion {
  /** The node id, for addDiscussionComment. */
  id: string;
  number: number;
  title: string;
  body: string;
  url: string;
  createdAt: string;
  /** The category's name on GitHub. */
  categoryName: string;
  /** The bodies of its top-level comments, oldest first. */
  commentBodies: string[];
}

/** The discussion with every comment's body, or undefined when the repository has no discussion with that number. */
export async function readLiveDiscussion(
  graphql: Graphql,
  repository: RepositoryRef,
  number: number,
): Promise<LiveDiscussion | undefined> {
  let after: string | null = null;
  let found: LiveDiscussion | undefined;
  do {
    let answer: NewDiscussionAnswer;
    try {
      answer = await graphql<NewDiscussionAnswer>(NEW_DISCUSSION_QUERY, { ...repository, number, after });
    } catch (error) {
      // GitHub answers an unknown number with a NOT_FOUND error and `discussion: null` beside a found repository.
      const data = (error as { data?: NewDiscussionAnswer }).data;
      if (data?.repository && data.repository.discussion === null) return undefined;
      throw error;
    }
    const d = answer.repository?.discussion;
    if (!d) return undefined;
    found ??= {
      id: d.id,
      number: d.number,
      title: d.title,
      body: d.body,
      url: d.url,
      createdAt: d.createdAt,
      categoryName: d.category.name,
      commentBodies: [],
    };
    found.commentBodies.push(...d.comments.nodes.map((c) => c.body));
    after = d.comments.pageInfo.hasNextPage ? d.comments.pageInfo.endCursor : null;
  } while (after);
  return found;
}

/** Post `body` as a top-level comment; returns the comment's URL. */
export async function postAnswer(graphql: Graphql, discussionId: string, body: string): Promise<string> {
  const answer = await graphql<{ addDiscussionComment: { comment: { url: string } | null } | null }>(
    ADD_COMMENT_MUTATION,
    { discussionId, body },
  );
  const url = answer.addDiscussionComment?.comment?.url;
  if (!url) throw new Error('GitHub svarede på addDiscussionComment uden den nye kommentar.');
  return url;
}
