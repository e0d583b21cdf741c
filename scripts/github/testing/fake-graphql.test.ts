/**
 * The GraphQL double answers as GitHub does for what the duplicate-answer workflow needs beside the export: one
 * discussion by number, `addDiscussionComment` (recorded and visible to later reads), `node(id:)`, GitHub's errors
 * for connections and unknown ids, and schema validation of the documents it is sent. Through the real octokit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../client.ts';
import { discussionNodeId, type FakeGraphql, type FakeGraphqlState, startFakeGraphql } from './fake-graphql.ts';
import { fakeCategories } from './fake-graphql-export.ts';
import { fastClientOptions } from './sync-fixtures.ts';

const TOKEN = 'ghp_fake_graphql_double';
const NAMES = { questions: 'Spørgsmål og svar', experiences: 'Erfaringer', polls: 'KL spørger' };

let fake: FakeGraphql | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function state(): FakeGraphqlState {
  return {
    viewer: { login: 'sikkerhedsnet[bot]', databaseId: 900001, kind: 'Bot' },
    repositories: [
      {
        owner: 'kl-sikkerhedsnet',
        name: 'sikkerhedsnet-bred',
        categories: fakeCategories(NAMES),
        discussions: [
          {
            number: 12,
            title: 'Hvem bruger I til sårbarhedsscanning?',
            category: NAMES.questions,
            createdAt: '2026-11-20T08:00:00Z',
            author: { login: 'mette-proeve', databaseId: 1000752 },
            body: 'Vi skal i udbud.',
            comments: [
              {
                id: 'DC_first',
                author: null,
                body: 'Vi bruger en ekstern leverandør.',
                createdAt: '2026-11-21T08:00:00Z',
                replies: [],
              },
            ],
          },
        ],
      },
    ],
  };
}

async function client() {
  fake = await startFakeGraphql(state(), { token: TOKEN, now: () => new Date('2026-11-30T07:15:00.123Z') });
  return createGitHubClient({ token: TOKEN, ...fastClientOptions(fake.url) });
}

const ONE = `query One($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { discussion(number: $number) { id number title category { name isAnswerable } } }
}`;

describe('the GraphQL double', () => {
  it('answers one discussion by number, and NOT_FOUND for an unknown number', async () => {
    const octokit = await client();
    const vars = { owner: 'kl-sikkerhedsnet', name: 'sikkerhedsnet-bred' };
    expect(await octokit.graphql(ONE, { ...vars, number: 12 })).toEqual({
      repository: {
        discussion: {
          id: 'D_kwDOfake_kl-sikkerhedsnet_sikkerhedsnet-bred_12',
          number: 12,
          title: 'Hvem bruger I til sårbarhedsscanning?',
          category: { name: 'Spørgsmål og svar', isAnswerable: true },
        },
      },
    });
    const error = await octokit.graphql(ONE, { ...vars, number: 99 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GraphqlResponseError',
      data: { repository: { discussion: null } },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository', 'discussion'],
          message: 'Could not resolve to a Discussion with the number of 99.',
        },
      ],
    });
  });

  it('adds a comment with addDiscussionComment, records it, and shows it to later reads', async () => {
    const octokit = await client();
    const repo = fake?.state.repositories[0];
    const discussion = repo?.discussions[0];
    if (!repo || !discussion) throw new Error('no discussion');
    const id = discussionNodeId(repo, discussion);
    const mutation = `mutation Answer($discussionId: ID!, $body: String!) {
      addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
        comment { id url author { login } createdAt }
      }
    }`;
    expect(await octokit.graphql(mutation, { discussionId: id, body: 'Der findes allerede en tråd om …' })).toEqual({
      addDiscussionComment: {
        comment: {
          id: 'DC_kwDOfake_added_1',
          url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/12#discussioncomment-DC_kwDOfake_added_1',
          author: { login: 'sikkerhedsnet[bot]' },
          createdAt: '2026-11-30T07:15:00Z',
        },
      },
    });
    const reply = `mutation Reply($discussionId: ID!, $replyToId: ID!) {
      addDiscussionComment(input: { discussionId: $discussionId, replyToId: $replyToId, body: "Tak!" }) { comment { id replyTo { id } } }
    }`;
    expect(await octokit.graphql(reply, { discussionId: id, replyToId: 'DC_first' })).toEqual({
      addDiscussionComment: { comment: { id: 'DC_kwDOfake_added_2', replyTo: { id: 'DC_first' } } },
    });
    expect(fake?.addedComments).toEqual([
      {
        repository: 'kl-sikkerhedsnet/sikkerhedsnet-bred',
        discussionNumber: 12,
        discussionId: id,
        commentId: 'DC_kwDOfake_added_1',
        body: 'Der findes allerede en tråd om …',
        replyToId: null,
      },
      {
        repository: 'kl-sikkerhedsnet/sikkerhedsnet-bred',
        discussionNumber: 12,
        discussionId: id,
        commentId: 'DC_kwDOfake_added_2',
        body: 'Tak!',
        replyToId: 'DC_first',
      },
    ]);
    const read = `query Read($id: ID!) {
      node(id: $id) { ... on Discussion { comments(first: 10) { totalCount nodes { id replies(first: 10) { nodes { id author { login } } } } } } }
    }`;
    expect(await octokit.graphql(read, { id })).toEqual({
      node: {
        comments: {
          totalCount: 2,
          nodes: [
            {
              id: 'DC_first',
              replies: { nodes: [{ id: 'DC_kwDOfake_added_2', author: { login: 'sikkerhedsnet[bot]' } }] },
            },
            { id: 'DC_kwDOfake_added_1', replies: { nodes: [] } },
          ],
        },
      },
    });
    const unknown = await octokit.graphql(mutation, { discussionId: 'D_nope', body: 'x' }).catch((e: unknown) => e);
    expect(unknown).toMatchObject({
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'D_nope'" }],
    });
    expect(fake?.addedComments).toHaveLength(2);
  });

  it('pages with cursors and refuses what GitHub refuses: no first/last, more than 100, a foreign cursor', async () => {
    const octokit = await client();
    const page = (args: string) => `query { repository(owner: "kl-sikkerhedsnet", name: "sikkerhedsnet-bred") {
      discussionCategories(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } }
    } }`;
    const first = (await octokit.graphql(page('first: 3'))) as {
      repository: { discussionCategories: { pageInfo: { endCursor: string; hasNextPage: boolean } } };
    };
    const { endCursor, hasNextPage } = first.repository.discussionCategories.pageInfo;
    expect(hasNextPage).toBe(true);
    expect(await octokit.graphql(page(`first: 3, after: "${endCursor}"`))).toEqual({
      repository: {
        discussionCategories: {
          totalCount: 4,
          pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: expect.any(String) },
          edges: [{ cursor: expect.any(String), node: { name: 'KL spørger' } }],
        },
      },
    });
    for (const [args, type, message] of [
      [
        '',
        'MISSING_PAGINATION_BOUNDARIES',
        'You must provide a `first` or `last` value to properly paginate the `discussionCategories` connection.',
      ],
      [
        'first: 101',
        'EXCESSIVE_PAGE_SIZE',
        'Requesting 101 records on the `discussionCategories` connection exceeds the `first` limit of 100 records.',
      ],
      ['first: 1, after: "bm9wZQ=="', 'INVALID_CURSOR_ARGUMENTS', '`bm9wZQ==` does not appear to be a valid cursor.'],
    ]) {
      const doc = args ? page(args) : page('first: 1').replace('(first: 1)', '');
      await expect(octokit.graphql(doc)).rejects.toMatchObject({ errors: [{ type, message }] });
    }
  });

  it('validates documents against GitHub’s field names', async () => {
    const octokit = await client();
    const error = await octokit
      .graphql('query { repository(owner: "a", name: "b") { discussions(first: 1) { nodes { isAnswered } } } }')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GraphqlResponseError',
      errors: [{ message: 'Cannot query field "isAnswered" on type "Discussion". Did you mean "answer"?' }],
    });
    expect(fake?.requests.map((r) => [r.path, r.status, r.operation])).toEqual([['/graphql', 200, 'anonymous']]);
  });
});
