/**
 * `npm run discussions -- export` as a whole process against the local GraphQL double on loopback, loaded with the
 * committed demo exports: what it writes, what it leaves alone, rate limits, and its Danish refusals. GitHub's one
 * second between GraphQL requests applies here (octokit's throttling in the real process), so a full export of both
 * tiers takes about seven seconds.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCUSSIONS_DIR } from '#model/layout.ts';
import { TIERS } from '#model/tiers.ts';
import { readDiscussionExport } from '../discussions/export-file.ts';
import { type FakeGraphql, type FakeGraphqlState, startFakeGraphql } from '../github/testing/fake-graphql.ts';
import { fakeRepositoryFromExport } from '../github/testing/fake-graphql-export.ts';
import { ROOT, runEntry } from './testing/run-process.ts';

const TOKEN = 'ghp_discussions_export_test_token';
const NAMES = { questions: 'Spørgsmål og svar', experiences: 'Erfaringer', polls: 'KL spørger' };
const COMMITTED = path.join(ROOT, DISCUSSIONS_DIR);
const temps: string[] = [];
let fake: FakeGraphql;

async function demoState(): Promise<FakeGraphqlState> {
  const repositories = [];
  for (const tier of TIERS) {
    const file = await readDiscussionExport(COMMITTED, tier);
    if (file.status !== 'ok') throw new Error(`${tier}.json must be valid`);
    repositories.push(fakeRepositoryFromExport(file.export, NAMES));
  }
  return { viewer: { login: 'kl-admin-demo', databaseId: 1000001 }, repositories };
}

async function temp(name: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-export-'));
  temps.push(root);
  const dir = path.join(root, name);
  await mkdir(dir);
  return dir;
}

const env = (token = TOKEN) => ({
  GITHUB_TOKEN: token,
  GITHUB_API_URL: fake.url,
  SIKKERHEDSNET_GITHUB_TOKEN: undefined,
  SIKKERHEDSNET_GITHUB_APP_ID: undefined,
});

const exportCli = (args: string[], environment: Record<string, string | undefined> = env()) =>
  runEntry('discussions.ts', ['export', ...args], environment);

beforeEach(async () => {
  fake = await startFakeGraphql(await demoState(), { token: TOKEN });
});
afterEach(() => fake.close());
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('npm run discussions -- export', () => {
  it('reads both repositories and leaves files that hold the same discussions alone', async () => {
    const out = await temp('discussions');
    await cp(COMMITTED, out, { recursive: true });
    const result = await exportCli(['--out', out]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(
      `${out}/kerne.json: 8 diskussioner fra kl-sikkerhedsnet/sikkerhedsnet, uændret.\n` +
        `${out}/bred.json: 7 diskussioner fra kl-sikkerhedsnet/sikkerhedsnet-bred, uændret.\n`,
    );
    for (const tier of TIERS) {
      expect(await readFile(path.join(out, `${tier}.json`), 'utf8')).toBe(
        await readFile(path.join(COMMITTED, `${tier}.json`), 'utf8'),
      );
    }
    expect(fake.requests.map((r) => [r.operation, r.variables.name])).toEqual([
      ['DiscussionCategories', 'sikkerhedsnet'],
      ['Discussions', 'sikkerhedsnet'],
      ['Discussions', 'sikkerhedsnet'],
      ['Discussions', 'sikkerhedsnet'],
      ['DiscussionCategories', 'sikkerhedsnet-bred'],
      ['Discussions', 'sikkerhedsnet-bred'],
      ['Discussions', 'sikkerhedsnet-bred'],
      ['Discussions', 'sikkerhedsnet-bred'],
    ]);
  });

  it('writes a new export, equal to the committed one but for its time stamp, after waiting out a rate limit', async () => {
    const out = await temp('eksport');
    fake.faults.push({ kind: 'rate-limited', times: 1, operation: /query Discussions\b/ });
    const before = Math.floor(Date.now() / 1000) * 1000;
    const result = await exportCli(['--tier', 'bred', '--out', out]);
    expect(result.stderr).toBe('GitHub: rate limit på POST /graphql; venter 1 s og prøver igen.\n');
    expect([result.code, result.stdout]).toEqual([
      0,
      `${out}/bred.json: 7 diskussioner fra kl-sikkerhedsnet/sikkerhedsnet-bred, skrevet.\n`,
    ]);
    expect(await readdir(out)).toEqual(['bred.json']);
    const written = await readFile(path.join(out, 'bred.json'), 'utf8');
    const stamp = /"exportedAt": "([^"]+)"/.exec(written)?.[1] ?? '';
    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(stamp)).toBeLessThanOrEqual(Date.now());
    const committed = await readFile(path.join(COMMITTED, 'bred.json'), 'utf8');
    expect(written).toBe(committed.replace(/"exportedAt": "[^"]+"/, `"exportedAt": "${stamp}"`));
  });

  it('stops on a token GitHub refuses, in Danish, without writing or printing the token (exit 2)', async () => {
    const out = await temp('discussions');
    const result = await exportCli(['--out', out], env('ghp_wrong_token'));
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'kl-sikkerhedsnet/sikkerhedsnet (kerne): GitHub kunne ikke læses (HTTP 401: Bad credentials - https://docs.github.com/graphql). Tokenet er ugyldigt eller udløbet. Intet er ændret.\n',
    );
    expect(await readdir(out)).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([401]);
  });

  it('refuses a repository whose categories do not match policy.yaml (exit 1), and writes neither tier', async () => {
    const bred = fake.state.repositories[1];
    if (!bred) throw new Error('no broad repository');
    bred.categories = bred.categories.filter((c) => c.name !== 'KL spørger');
    const out = await temp('discussions');
    const result = await exportCli(['--out', out]);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toBe(
      'kl-sikkerhedsnet/sikkerhedsnet-bred (bred): kl-sikkerhedsnet/sikkerhedsnet-bred har ikke kategorien «KL spørger» i Discussions (der er: «General», «Spørgsmål og svar», «Erfaringer»). Opret den på GitHub (Discussions → blyanten ved Categories → New category), eller ret navnet under discussions.categories i registry/policy.yaml.\n',
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses a policy that would show the core network’s questions to the broad group, before asking GitHub', async () => {
    const registry = await temp('registry');
    await cp(path.join(ROOT, 'registry'), registry, { recursive: true });
    const policy = path.join(registry, 'policy.yaml');
    await writeFile(
      policy,
      (await readFile(policy, 'utf8')).replace('bred: { repo: sikkerhedsnet-bred }', 'bred: { repo: sikkerhedsnet }'),
    );
    const result = await exportCli(['--registry', registry]);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(
      /^Registret kan ikke indlæses; ret fejlene først:\nregistry\/policy\.yaml:\d+:\d+ {2}discussions-repo {2}discussions\.bred\.repo er sikkerhedsnet, som står i github\.kerne_repos;/,
    );
    expect(fake.requests).toEqual([]);
  });

  it('needs a token (exit 2) and a known tier (exit 2, with the usage)', async () => {
    const noToken = await exportCli([], { ...env(), GITHUB_TOKEN: undefined });
    expect(noToken).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Mangler GITHUB_TOKEN (eller SIKKERHEDSNET_GITHUB_APP_ID og SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY): sæt et token, der kan læse Discussions i begge repositoryer. Uden token bygger sitet med de gemte eksporter i discussions/.\n',
    });
    const badTier = await exportCli(['--tier', 'alle']);
    expect(badTier).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '--tier skal være kerne eller bred (fik "alle")\nBrug: npm run discussions -- export [--tier kerne|bred]... [--out MAPPE] [--registry MAPPE]\n',
    });
    expect(fake.requests).toEqual([]);
  });
});
