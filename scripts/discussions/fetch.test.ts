/**
 * fetchDiscussions with the real octokit client (throttling and retry plugins, GitHub's pacing switched off) against
 * the local GraphQL double on loopback: paging, rate limits, HTTP and GraphQL failures, and GitHub set-ups that do
 * not match policy.yaml.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscussionExport } from '#model/discussions.ts';
import { createGitHubClient } from '../github/client.ts';
import {
  type FakeComment,
  type FakeDiscussion,
  type FakeGraphql,
  type FakeGraphqlState,
  startFakeGraphql,
} from '../github/testing/fake-graphql.ts';
import { fakeCategories } from '../github/testing/fake-graphql-export.ts';
import { fastClientOptions } from '../github/testing/sync-fixtures.ts';
import { type FetchOptions, fetchDiscussions } from './fetch.ts';
import { DiscussionsFetchError, graphqlFailureMessage } from './fetch-errors.ts';

const TOKEN = 'ghp_fake_graphql_token_for_tests';
const NAMES = { questions: 'Spørgsmål og svar', experiences: 'Erfaringer', polls: 'KL spørger' } as const;
const REPO = { owner: 'kl-sikkerhedsnet', name: 'sikkerhedsnet' };
const ANNE = { login: 'anne-demo', databaseId: 1000101 };
const BO = { login: 'bo-eksempel', databaseId: 1000102 };
const NOW = new Date('2026-11-30T06:00:00.250Z');

let fake: FakeGraphql | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const at = (day: number, hour = 9) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

function comment(id: string, day: number, extra: Partial<FakeComment> = {}): FakeComment {
  return { id, author: BO, body: `Svar ${id}`, createdAt: at(day), replies: [], ...extra };
}

function discussion(number: number, category: string, extra: Partial<FakeDiscussion> = {}): FakeDiscussion {
  return {
    number,
    title: `Spørgsmål ${number}`,
    category,
    createdAt: at(number),
    author: ANNE,
    body: `Tekst ${number}`,
    comments: [],
    ...extra,
  };
}

/** Five questions (one with five comments, one comment with three replies), two experiences, a poll, one in General. */
function state(): FakeGraphqlState {
  const many = [1, 2, 3, 4, 5].map((n) => comment(`DC_many_${n}`, 10 + n, { isAnswer: n === 2 }));
  (many[0] as FakeComment).replies = [1, 2, 3].map((n) => ({
    id: `DC_reply_${n}`,
    author: n === 2 ? null : ANNE,
    body: `Tak ${n}`,
    createdAt: at(11, 10 + n),
  }));
  (many[4] as FakeComment).isMinimized = true;
  return {
    viewer: { login: 'sikkerhedsnet-bot', databaseId: 42, kind: 'Bot' },
    repositories: [
      {
        ...REPO,
        categories: fakeCategories(NAMES),
        discussions: [
          discussion(7, 'General'),
          discussion(5, NAMES.questions, { comments: many, answerChosenAt: at(16) }),
          discussion(1, NAMES.questions),
          discussion(2, NAMES.experiences, { author: null }),
          discussion(3, NAMES.questions, { closed: true }),
          discussion(4, NAMES.polls, { author: { login: 'github-actions', databaseId: 41898282, kind: 'Bot' } }),
          discussion(6, NAMES.questions),
          discussion(8, NAMES.questions),
          discussion(9, NAMES.experiences),
        ],
      },
    ],
  };
}

async function run(options: Partial<FetchOptions> = {}, log: string[] = [], baseUrl?: string) {
  if (!fake) throw new Error('start the double first');
  const octokit = createGitHubClient({ token: TOKEN, ...fastClientOptions(baseUrl ?? fake.url, (l) => log.push(l)) });
  return fetchDiscussions(octokit.graphql, {
    tier: 'kerne',
    repository: REPO,
    categories: NAMES,
    now: () => NOW,
    pageSizes: { discussions: 2, comments: 2, replies: 2 },
    ...options,
  });
}

const operations = () =>
  Object.entries(Object.groupBy(fake?.requests ?? [], (r) => r.operation)).map(([name, list]) => [name, list?.length]);

describe('fetchDiscussions', () => {
  it('reads every discussion of the three categories, page by page, with all comments and replies', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const { export: data, warnings } = await run();
    expect(warnings).toEqual([]);
    expect(data.exportedAt).toBe('2026-11-30T06:00:00Z');
    expect(data.repository).toBe('kl-sikkerhedsnet/sikkerhedsnet');
    expect(data.discussions.map((d) => [d.number, d.category])).toEqual([
      [1, 'questions'],
      [2, 'experiences'],
      [3, 'questions'],
      [4, 'polls'],
      [5, 'questions'],
      [6, 'questions'],
      [8, 'questions'],
      [9, 'experiences'],
    ]);
    const five = data.discussions.find((d) => d.number === 5);
    expect(five?.url).toBe('https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/5');
    expect(five?.answerChosenAt).toBe('2026-11-16T09:00:00Z');
    // The minimized fifth comment is left out; the first keeps all three replies, the deleted account as null.
    expect(five?.comments.map((c) => [c.id, c.isAnswer, c.replies.length])).toEqual([
      ['DC_many_1', false, 3],
      ['DC_many_2', true, 0],
      ['DC_many_3', false, 0],
      ['DC_many_4', false, 0],
    ]);
    expect(five?.comments[0]?.replies).toEqual([
      {
        id: 'DC_reply_1',
        author: { login: 'anne-demo', id: 1000101 },
        body: 'Tak 1',
        createdAt: '2026-11-11T11:00:00Z',
      },
      { id: 'DC_reply_2', author: null, body: 'Tak 2', createdAt: '2026-11-11T12:00:00Z' },
      {
        id: 'DC_reply_3',
        author: { login: 'anne-demo', id: 1000101 },
        body: 'Tak 3',
        createdAt: '2026-11-11T13:00:00Z',
      },
    ]);
    expect(data.discussions.find((d) => d.number === 2)?.author).toBeNull();
    // A bot has no user id.
    expect(data.discussions.find((d) => d.number === 4)?.author).toEqual({ login: 'github-actions', id: null });
    expect(data.discussions.find((d) => d.number === 3)?.closed).toBe(true);
    // Questions: 5 in pages of 2 (3 requests), experiences 1, polls 1; discussion 5's comments: two more pages;
    // comment DC_many_1's third reply: one more page.
    expect(operations()).toEqual([
      ['DiscussionCategories', 1],
      ['Discussions', 5],
      ['CommentReplies', 1],
      ['DiscussionComments', 2],
    ]);
  });

  it('pages by GitHub’s default sizes when none are given', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const octokit = createGitHubClient({ token: TOKEN, ...fastClientOptions(fake.url) });
    const { export: data } = await fetchDiscussions(octokit.graphql, {
      tier: 'bred',
      repository: REPO,
      categories: NAMES,
    });
    expect(data.tier).toBe('bred');
    expect(data.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(data.discussions).toHaveLength(8);
    expect(fake.requests.map((r) => [r.operation, r.variables.pageSize ?? r.variables.commentSize])).toEqual([
      ['DiscussionCategories', undefined],
      ['Discussions', 50],
      ['Discussions', 50],
      ['Discussions', 50],
    ]);
  });

  it('waits out GitHub’s GraphQL rate limit (HTTP 200, RATE_LIMITED) and retries', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    fake.faults.push({ kind: 'rate-limited', times: 2, operation: /query Discussions\b/ });
    const log: string[] = [];
    const { export: data } = await run({}, log);
    expect(data.discussions).toHaveLength(8);
    expect(fake.requests.slice(0, 4).map((r) => [r.operation, r.status, r.fault])).toEqual([
      ['DiscussionCategories', 200, undefined],
      ['Discussions', 200, 'rate-limited'],
      ['Discussions', 200, 'rate-limited'],
      ['Discussions', 200, undefined],
    ]);
    expect(log).toEqual([
      'GitHub: rate limit på POST /graphql; venter 1 s og prøver igen.',
      'GitHub: rate limit på POST /graphql; venter 1 s og prøver igen.',
    ]);
  });

  it('waits out a secondary rate limit (403, retry-after) and a 502, and retries', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    fake.faults.push({ kind: 'secondary-rate-limit', times: 1, retryAfterSeconds: 2 });
    fake.faults.push({ kind: 'status', status: 502, times: 1, body: { message: 'Server Error' } });
    const log: string[] = [];
    const { export: data } = await run({}, log);
    expect(data.discussions).toHaveLength(8);
    expect(fake.requests.slice(0, 3).map((r) => [r.status, r.fault])).toEqual([
      [403, 'secondary-rate-limit'],
      [502, 'status'],
      [200, undefined],
    ]);
    expect(log).toEqual(['GitHub: sekundær rate limit på POST /graphql; venter 2 s og prøver igen.']);
  });

  it('gives up on a rate limit that is not lifted, with a Danish message', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    fake.faults.push({ kind: 'rate-limited', times: 10 });
    const log: string[] = [];
    const error = await run({}, log).catch((e: unknown) => e);
    expect(fake.requests.map((r) => r.fault)).toEqual(['rate-limited', 'rate-limited', 'rate-limited', 'rate-limited']);
    expect(log.at(-1)).toBe('GitHub: rate limit på POST /graphql; giver op efter 3 forsøg.');
    expect(graphqlFailureMessage(error, 'kl-sikkerhedsnet/sikkerhedsnet')).toMatch(
      /^GitHubs grænse for forespørgsler \(rate limit\) er nået, og den blev ikke løftet, mens eksporten ventede; den nulstilles kl\. \d\d\.\d\d \(dansk tid\)\. Kør eksporten igen senere\. Intet er ændret\.$/,
    );
  });

  it('names the reset time of the rate limit in Danish time', () => {
    const reset = String(Date.UTC(2026, 10, 30, 11, 0) / 1000);
    const error = Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
      data: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for user ID 1.' }] },
      response: { headers: { 'x-ratelimit-reset': reset } },
    });
    expect(graphqlFailureMessage(error, 'x/y')).toBe(
      'GitHubs grænse for forespørgsler (rate limit) er nået, og den blev ikke løftet, mens eksporten ventede; den nulstilles kl. 12.00 (dansk tid). Kør eksporten igen senere. Intet er ændret.',
    );
  });

  it('fails on a bad token (401) and a wrong API address (404) without retrying', async () => {
    fake = await startFakeGraphql(state(), { token: 'another-token' });
    const unauthorized = await run().catch((e: unknown) => e);
    expect(unauthorized).toMatchObject({
      name: 'HttpError',
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
    expect(fake.requests).toEqual([{ path: '/graphql', status: 401, operation: 'anonymous', variables: {} }]);
    await fake.close();
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const missing = await run({}, [], `${fake.url}/wrong`).catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: 'HttpError', status: 404 });
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([['/wrong/graphql', 404]]);
    expect(graphqlFailureMessage(missing, 'x/y')).toBeUndefined();
  });

  it('posts to /api/graphql for a GitHub Enterprise Server address (…/api/v3)', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const { export: data } = await run({}, [], `${fake.url}/api/v3`);
    expect(data.discussions).toHaveLength(8);
    expect(new Set(fake.requests.map((r) => r.path))).toEqual(new Set(['/api/graphql']));
  });

  it('reports an unknown repository (GraphQL NOT_FOUND) in Danish', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const error = await run({ repository: { owner: 'kl-sikkerhedsnet', name: 'findes-ikke' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'GraphqlResponseError' });
    expect(graphqlFailureMessage(error, 'kl-sikkerhedsnet/findes-ikke')).toBe(
      'GitHub kender ikke repositoryet kl-sikkerhedsnet/findes-ikke, eller tokenet må ikke se det. Ret navnet under discussions i registry/policy.yaml, eller giv tokenet (appen) læseadgang til Discussions i kl-sikkerhedsnet/findes-ikke. Intet er ændret.',
    );
  });

  it('refuses a repository without Discussions or without a category from policy.yaml', async () => {
    const off = state();
    (off.repositories[0] as { hasDiscussionsEnabled?: boolean }).hasDiscussionsEnabled = false;
    fake = await startFakeGraphql(off, { token: TOKEN });
    await expect(run()).rejects.toThrow(
      new DiscussionsFetchError(
        'Discussions er ikke slået til i kl-sikkerhedsnet/sikkerhedsnet. Slå det til under Settings → General → Features → Discussions, og opret kategorierne fra registry/policy.yaml.',
      ),
    );
    await fake.close();
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const error = await run({ categories: { ...NAMES, polls: 'KL Spørger ', experiences: 'Erfaring' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DiscussionsFetchError);
    expect(graphqlFailureMessage(error, 'x')).toBe(
      'kl-sikkerhedsnet/sikkerhedsnet har ikke kategorien «Erfaring» i Discussions (der er: «General», «Spørgsmål og svar», «Erfaringer», «KL spørger»). Opret den på GitHub (Discussions → blyanten ved Categories → New category), eller ret navnet under discussions.categories i registry/policy.yaml.',
    );
  });

  it('warns when the questions category cannot mark an answer', async () => {
    const data = state();
    const repo = data.repositories[0];
    if (!repo) throw new Error('no repository');
    repo.categories = repo.categories.map((c) => ({ ...c, isAnswerable: false }));
    fake = await startFakeGraphql(data, { token: TOKEN });
    const { warnings } = await run();
    expect(warnings).toEqual([
      'Kategorien «Spørgsmål og svar» i kl-sikkerhedsnet/sikkerhedsnet har ikke formatet «Question and Answer», så intet svar kan markeres som accepteret, og ingen spørgsmål bliver til sider; vælg formatet under Discussions → kategoriens blyant (Edit category).',
    ]);
  });

  it('sends nothing beyond the double on loopback', async () => {
    fake = await startFakeGraphql(state(), { token: TOKEN });
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    try {
      const result: { export: DiscussionExport } = await run();
      expect(result.export.discussions).toHaveLength(8);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fake.address).toBe('127.0.0.1');
    expect(seen.length).toBe(fake.requests.length);
    expect(seen.every((url) => url === `${fake?.url}/graphql`)).toBe(true);
  });
});
