/**
 * The committed demo exports (discussions/kerne.json, discussions/bred.json) are what the export writes: fetching
 * the GraphQL double loaded with the same data gives the files byte for byte. And they hold what the build and KL's
 * report need to show: answered and unanswered questions, experiences, a poll, the demo registry's members, one
 * author who is not in the registry and one deleted account.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscussionExport } from '#model/discussions.ts';
import { DISCUSSIONS_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { TIERS } from '#model/tiers.ts';
import { createGitHubClient } from '../github/client.ts';
import { type FakeGraphql, startFakeGraphql } from '../github/testing/fake-graphql.ts';
import { fakeRepositoryFromExport } from '../github/testing/fake-graphql-export.ts';
import { fastClientOptions } from '../github/testing/sync-fixtures.ts';
import { githubPeople } from '../registry/github-people.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';
import { exportPath, readDiscussionExport, serializeDiscussionExport } from './export-file.ts';
import { fetchDiscussions } from './fetch.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, DISCUSSIONS_DIR);
const TOKEN = 'ghp_demo_exports';
const DAY = 86_400_000;

let registry: Registry;
const exports = new Map<string, DiscussionExport>();
let fake: FakeGraphql;

beforeAll(async () => {
  const loaded = await loadRegistry(path.join(ROOT, REGISTRY_DIR));
  if (!loaded.registry) throw new Error('the demo registry must load');
  registry = loaded.registry;
  for (const tier of TIERS) {
    const file = await readDiscussionExport(DIR, tier);
    if (file.status !== 'ok') throw new Error(`${tier}.json: ${JSON.stringify(file)}`);
    exports.set(tier, file.export);
  }
  const names = registry.policy.discussions?.categories;
  if (!names) throw new Error('policy.yaml must name the categories');
  fake = await startFakeGraphql(
    {
      viewer: { login: 'kl-admin-demo', databaseId: 1000001 },
      repositories: [...exports.values()].map((data) => fakeRepositoryFromExport(data, names)),
    },
    { token: TOKEN },
  );
});
afterAll(() => fake?.close());

describe.each(TIERS)('the demo export %s.json', (tier) => {
  const data = () => exports.get(tier) as DiscussionExport;

  it('is exactly what the export writes for the same discussions on GitHub', async () => {
    const discussions = registry.policy.discussions;
    const org = registry.policy.github?.org;
    if (!discussions || !org) throw new Error('policy.yaml must name the repositories');
    expect(data().repository).toBe(`${org}/${discussions[tier].repo}`);
    const octokit = createGitHubClient({ token: TOKEN, ...fastClientOptions(fake.url) });
    const fetched = await fetchDiscussions(octokit.graphql, {
      tier,
      repository: { owner: org, name: discussions[tier].repo },
      categories: discussions.categories,
      now: () => new Date(data().exportedAt),
    });
    expect(serializeDiscussionExport(fetched.export)).toBe(await readFile(exportPath(DIR, tier), 'utf8'));
  });

  it('holds 6–10 discussions: answered and unanswered questions (one over 7 days old), experiences and a poll', () => {
    const { discussions, exportedAt } = data();
    expect(discussions.length).toBeGreaterThanOrEqual(6);
    expect(discussions.length).toBeLessThanOrEqual(10);
    const questions = discussions.filter((d) => d.category === 'questions');
    const answered = questions.filter((d) => d.answerChosenAt !== null);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    for (const d of answered) {
      // One accepted answer, chosen after it was written; other answers beside it on most.
      const accepted = d.comments.filter((c) => c.isAnswer);
      expect(accepted).toHaveLength(1);
      expect((d.answerChosenAt ?? '') >= (accepted[0]?.createdAt ?? '')).toBe(true);
    }
    expect(answered.some((d) => d.comments.length > 1)).toBe(true);
    const old = questions.filter(
      (d) => d.answerChosenAt === null && Date.parse(exportedAt) - Date.parse(d.createdAt) > 7 * DAY,
    );
    expect(old.length).toBeGreaterThanOrEqual(1);
    expect(discussions.filter((d) => d.category === 'experiences').length).toBeGreaterThanOrEqual(1);
    expect(discussions.filter((d) => d.category === 'polls').length).toBeGreaterThanOrEqual(1);
    expect(discussions.filter((d) => d.category !== 'questions').every((d) => d.answerChosenAt === null)).toBe(true);
  });

  it('is written by the demo registry’s members, one former member who is not in it, and one deleted account', () => {
    const people = githubPeople(registry);
    const authors = data().discussions.flatMap((d) => [
      d.author,
      ...d.comments.flatMap((c) => [c.author, ...c.replies.map((r) => r.author)]),
    ]);
    expect(authors).toContain(null);
    const strangers = new Set(authors.filter((a) => a !== null && !people.find(a)).map((a) => a?.login));
    expect([...strangers]).toEqual(['tidligere-medlem-demo']);
    const members = new Set(authors.flatMap((a) => (a && people.find(a) ? [people.find(a)?.tier] : [])));
    // The broad repository is read by the broad team and KL's admins (policy.yaml), the core one by the core team.
    expect([...members].sort()).toEqual(tier === 'kerne' ? ['kerne'] : ['bred', 'kerne']);
  });
});
