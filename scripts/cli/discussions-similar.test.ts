/**
 * `npm run discussions -- similar` as a whole process: live against the local GraphQL double on loopback (loaded with
 * the fixture exports of scripts/discussions/fixtures plus new discussions), posting with `addDiscussionComment` once
 * and never again, skipping KL's polls, staying silent when nothing is similar; offline from an export; and its
 * Danish refusals. GitHub's one second between GraphQL requests applies (octokit's throttling in the real process).
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscussionExport, discussionExportSchema } from '#model/discussions.ts';
import type { FakeDiscussion, FakeGraphql, FakeRepository } from '../github/testing/fake-graphql.ts';
import { startFakeGraphql } from '../github/testing/fake-graphql.ts';
import { fakeRepositoryFromExport } from '../github/testing/fake-graphql-export.ts';
import { runEntry } from './testing/run-process.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'discussions', 'fixtures');
const TOKEN = 'ghp_discussions_similar_test_token';
const NAMES = { questions: 'Spørgsmål og svar', experiences: 'Erfaringer', polls: 'KL spørger' };
const SITE = 'https://sikkerhedsnet.example.dk';
const BRED = 'kl-sikkerhedsnet/sikkerhedsnet-bred';
const MARKER = '<!-- sikkerhedsnet-lignende -->';

const readExport = async (tier: string): Promise<DiscussionExport> => {
  const { readFile } = await import('node:fs/promises');
  return discussionExportSchema.parse(
    JSON.parse(await readFile(path.join(FIXTURES, 'exports', `${tier}.json`), 'utf8')),
  );
};

/** A new discussion in the broad repository, asked after every fixture thread. */
const newDiscussion = (number: number, title: string, body: string, category = NAMES.questions): FakeDiscussion => ({
  number,
  title,
  category,
  createdAt: '2026-03-04T09:00:00Z',
  author: { login: 'carla-proeve', databaseId: 3000103 },
  body,
  comments: [],
});

let fake: FakeGraphql;
let bred: FakeRepository;
beforeEach(async () => {
  const repositories = [
    fakeRepositoryFromExport(await readExport('kerne'), NAMES),
    fakeRepositoryFromExport(await readExport('bred'), NAMES),
  ];
  bred = repositories[1] as FakeRepository;
  bred.discussions.push(
    newDiscussion(
      10,
      'Hvordan laver I et årshjul for awareness?',
      'Vi vil lave en awareness-plan med phishingøvelser.',
    ),
    newDiscussion(11, 'Julefrokost for netværket?', 'Skal vi mødes i december?'),
    newDiscussion(12, 'Hvornår passer det med et awareness-møde?', 'Stem her.', NAMES.polls),
  );
  fake = await startFakeGraphql(
    { viewer: { login: 'github-actions', databaseId: null, kind: 'Bot' }, repositories },
    { token: TOKEN },
  );
});
afterEach(() => fake.close());

const common = ['--registry', path.join(FIXTURES, 'registry'), '--library', path.join(FIXTURES, 'library')];
const live = (args: string[], token = TOKEN) =>
  runEntry('discussions.ts', ['similar', ...args, ...common], {
    GITHUB_TOKEN: token,
    GITHUB_API_URL: fake.url,
    SIKKERHEDSNET_GITHUB_TOKEN: undefined,
    SIKKERHEDSNET_GITHUB_APP_ID: undefined,
    SIKKERHEDSNET_PUBLIC_URL: SITE,
  });
const offline = (args: string[]) =>
  runEntry('discussions.ts', ['similar', ...args, '--dir', path.join(FIXTURES, 'exports'), ...common], {
    GITHUB_TOKEN: undefined,
    SIKKERHEDSNET_GITHUB_TOKEN: undefined,
    SIKKERHEDSNET_GITHUB_APP_ID: undefined,
    SIKKERHEDSNET_PUBLIC_URL: SITE,
  });

const ANSWER_10 =
  `Der findes allerede en tråd om noget lignende: [Skabelon til awareness-plan?](https://github.com/${BRED}/discussions/1). ` +
  'Se, om dit spørgsmål er besvaret dér, og skriv gerne videre i den tråd, så svarene samles ét sted.\n\n' +
  `Skabelonbiblioteket har også en skabelon om emnet: [Awareness-plan for året](${SITE}/skabeloner/awareness-plan/).\n\n` +
  'Passer forslagene ikke, så lad bare spørgsmålet stå; netværket svarer her som sædvanligt.\n\n' +
  '_Skrevet automatisk af Sikkerhedsnet ud fra ordlyden af trådene og skabelonerne._\n\n' +
  `${MARKER}\n`;

describe('npm run discussions -- similar, live', () => {
  it('answers a new question once, with the broad repository’s thread and an `alle` template, and never twice', async () => {
    const first = await live(['--repo', BRED, '--number', '10', '--post']);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(fake.addedComments.map((c) => [c.repository, c.discussionNumber, c.body, c.replyToId])).toEqual([
      [BRED, 10, ANSWER_10, null],
    ]);
    expect(first.stdout).toBe(
      `${ANSWER_10}\nSkrevet på diskussion #10 i ${BRED}: https://github.com/${BRED}/discussions/10#discussioncomment-DC_kwDOfake_added_1\n`,
    );
    expect(fake.requests.map((r) => r.operation)).toEqual([
      'NewDiscussion',
      'DiscussionCategories',
      'Discussions',
      'Discussions',
      'Discussions',
      'AddSimilarAnswer',
    ]);
    // A rerun (or a second event) finds the marker and writes nothing.
    const again = await live(['--repo', 'bred', '--number', '10', '--post']);
    expect(again).toEqual({
      code: 0,
      stdout: `Diskussion #10 i ${BRED} har allerede fået en automatisk henvisning; intet nyt svar.\n`,
      stderr: '',
    });
    expect(fake.addedComments).toHaveLength(1);
  });

  it('leaves KL’s polls alone after one request, and says nothing when nothing is similar', async () => {
    const poll = await live(['--repo', 'bred', '--number', '12', '--post']);
    expect(poll).toEqual({
      code: 0,
      stdout:
        `Diskussion #12 i ${BRED} er i kategorien "KL spørger": Sikkerhedsnet henviser kun automatisk i ` +
        '"Spørgsmål og svar" og "Erfaringer".\n',
      stderr: '',
    });
    expect(fake.requests.map((r) => r.operation)).toEqual(['NewDiscussion']);
    const unrelated = await live(['--repo', 'bred', '--number', '11', '--post']);
    expect(unrelated).toEqual({
      code: 0,
      stdout: `Intet ligner diskussion #11 i ${BRED} nok til en henvisning; intet svar.\n`,
      stderr: '',
    });
    expect(fake.addedComments).toEqual([]);
  });

  it('a number the repository does not have: exit 1, nothing posted', async () => {
    expect(await live(['--repo', 'bred', '--number', '99', '--post'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `Diskussion #99 findes ikke i ${BRED}.\n`,
    });
    expect(fake.addedComments).toEqual([]);
  });

  it('a token GitHub refuses: exit 2 in Danish, without the token', async () => {
    const result = await live(['--repo', 'bred', '--number', '10', '--post'], 'ghp_wrong');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `${BRED}: GitHub kunne ikke læses (HTTP 401: Bad credentials - https://docs.github.com/graphql). Tokenet er ugyldigt eller udløbet. Intet er ændret.\n`,
    });
  });
});

describe('npm run discussions -- similar, offline', () => {
  it('shows the answer from the export without posting', async () => {
    const result = await offline(['--repo', 'kerne', '--number', '2']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(
      'Svar til diskussion #2 i kl-sikkerhedsnet/sikkerhedsnet (skrives kun med --post):\n\n' +
        `Der findes allerede en skabelon om emnet i skabelonbiblioteket: [Logning og overvågning](${SITE}/skabeloner/logning-og-overvaagning/).\n\n` +
        'Passer forslagene ikke, så lad bare spørgsmålet stå; netværket svarer her som sædvanligt.\n\n' +
        '_Skrevet automatisk af Sikkerhedsnet ud fra ordlyden af trådene og skabelonerne._\n\n' +
        `${MARKER}\n`,
    );
  });

  it('never shows a core-only template for the broad repository', async () => {
    const result = await offline(['--repo', 'bred', '--number', '2']);
    expect(result.stdout).toContain(
      `[Brud på persondatasikkerheden: log og anmeldelse](${SITE}/skabeloner/brud-paa-persondatasikkerheden/)`,
    );
    expect(result.stdout).not.toMatch(/haandtering-af-sikkerhedshaendelser|kl-sikkerhedsnet\/sikkerhedsnet\//);
  });

  it.each([
    [
      ['--repo', 'kerne', '--number', '2', '--post'],
      2,
      'Mangler GITHUB_TOKEN (eller SIKKERHEDSNET_GITHUB_APP_ID og SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY): --post skriver på GitHub og kræver et token med «Discussions: Read and write» på repositoryet (i workflowet: permissions: discussions: write).\n',
    ],
    [
      ['--repo', 'kerne', '--number', '42'],
      1,
      'Diskussion #42 er ikke i exports/kerne.json (eksporteret 2026-03-05T06:00:00Z). Sæt GITHUB_TOKEN, så den læses fra GitHub, eller hent trådene igen med npm run discussions -- export.\n',
    ],
  ])('%j: exit %i', async (args, code, stderr) => {
    expect(await offline(args)).toEqual({ code, stdout: '', stderr });
  });

  const USAGE =
    'Brug: npm run discussions -- similar --repo kerne|bred|EJER/NAVN --number N [--post] [--dir MAPPE] [--library MAPPE] [--registry MAPPE]\n';
  it.each([
    [['--number', '2'], 'Angiv både --repo og --number.'],
    [['--repo', 'kerne', '--number', '0'], '--number skal være et diskussionsnummer, fx 12, ikke "0"'],
    [['--repo', 'kerne', '--number', '2x'], '--number skal være et diskussionsnummer, fx 12, ikke "2x"'],
    [
      ['--repo', 'kl-sikkerhedsnet/andet', '--number', '2'],
      '--repo kl-sikkerhedsnet/andet er hverken kerne, bred eller et af repositoryerne i registry/policy.yaml (kl-sikkerhedsnet/sikkerhedsnet og kl-sikkerhedsnet/sikkerhedsnet-bred).',
    ],
  ])('bad flags %j: exit 2 with the message and the usage', async (args, message) => {
    expect(await offline(args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n${USAGE}` });
  });
});
