import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type QuestionPage, questionPagesSchema } from '#model/discussions.ts';
import type { Tier } from '#model/tiers.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';
import { type DiscussionExports, loadDiscussionExports } from './discussion-exports.ts';
import { questionPages, tierForums, writeTierQuestions } from './question-pages.ts';
import { REPO_ROOT } from './repo-root.ts';

let registry: Registry;
let exports: DiscussionExports;
let tmp: string;

beforeAll(async () => {
  const loaded = await loadRegistry(join(REPO_ROOT, 'site/fixtures/registry'));
  if (!loaded.registry) throw new Error('the fixture registry does not load');
  registry = loaded.registry;
  const read = await loadDiscussionExports(REPO_ROOT, join(REPO_ROOT, 'site/fixtures/discussions'), registry);
  expect(read.problems).toEqual([]);
  exports = read.exports;
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-questions-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Who a page names for each post of a question, in page order: asker, accepted answer (+ replies), other answers. */
function people(q: QuestionPage): string[] {
  const label = (p: QuestionPage['author']) => (p ? `${p.name}, ${p.organisation}` : 'null');
  const answer = (a: QuestionPage['accepted'], kind: string) => [
    `${kind}: ${label(a.author)}`,
    ...a.replies.map((r) => `  reply: ${label(r.author)}`),
  ];
  return [
    `${q.slug} (${q.audience}) asked by ${label(q.author)}`,
    ...answer(q.accepted, 'accepted'),
    ...q.answers.flatMap((a) => answer(a, 'answer')),
  ];
}

const summary = (tier: Tier) => questionPages(registry, exports, tier).questions.flatMap(people);

describe('questionPages', () => {
  it('core tier: the answered questions of both repositories, newest first, authors the core tier may name', () => {
    expect(summary('kerne')).toEqual([
      // Asked by a member who opted out of the member list, answered by an opted-out contact person: named nowhere.
      '4 (alle) asked by null',
      'accepted: null',
      // Asked by a deleted account; answered by a KL moderator (admins.yaml).
      'kerne-12 (kerne) asked by null',
      'accepted: Dorthe Demo, KL',
      // Carla Prøve has no github_id in the registry: found by her login. Maren Hemmelig is core-only: named here.
      '3 (alle) asked by Carla Prøve, København',
      'accepted: Erik Eksempel, KL',
      '  reply: Carla Prøve, København',
      'answer: Maren Hemmelig, København',
      'answer: null',
      // ukendt-konto is in no registry: null, never the login.
      'kerne-7 (kerne) asked by Maren Hemmelig, København',
      'accepted: Anne Demo, København',
      '  reply: null',
      '  reply: Maren Hemmelig, København',
      'answer: null',
      '  reply: Hanne Holm, Holbæk',
    ]);
  });

  it('broad tier: only the broad repository’s questions, and never a core-only member’s name', () => {
    expect(summary('bred')).toEqual([
      '4 (alle) asked by null',
      'accepted: null',
      '3 (alle) asked by Carla Prøve, København',
      'accepted: Erik Eksempel, KL',
      '  reply: Carla Prøve, København',
      'answer: null',
      'answer: null',
    ]);
  });

  it('leaves out unanswered questions and the other categories', () => {
    const titles = questionPages(registry, exports, 'kerne').questions.map((q) => q.title);
    expect(titles).not.toContain('Må skildpadderne i arkivet få VPN-adgang?');
    expect(titles).not.toContain('Erfaringer med blå kameler i driften');
    expect(titles).not.toContain('Hvordan tester I phishing?');
    expect(titles).not.toContain('Hvilket logværktøj bruger I?');
    expect(titles).toHaveLength(4);
  });

  it('keeps the texts and dates: asked, answered when the answer was chosen, answers oldest first', () => {
    const q = questionPages(registry, exports, 'kerne').questions.find((x) => x.slug === 'kerne-7');
    expect(q).toEqual({
      slug: 'kerne-7',
      audience: 'kerne',
      title: 'Hvordan tæller vi lilla flamingoer i serverrummet?',
      url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/7',
      askedAt: '2026-10-20T08:15:00Z',
      answeredAt: '2026-10-22T09:00:00Z',
      author: { name: 'Maren Hemmelig', organisation: 'København' },
      body: 'Lilla flamingoer står på ét ben i serverrummet hver nat klokken tolv.\n\nHvordan logger I dem, så revisor kan se det bagefter?',
      accepted: {
        author: { name: 'Anne Demo', organisation: 'København' },
        body: 'Tæl flamingoerne med en gul regnemaskine fra Vejle og gem tallet i logboksen.\n\n1. Åbn logboksen.\n2. Skriv tallet og datoen.',
        createdAt: '2026-10-21T07:30:00Z',
        replies: [
          {
            author: null,
            body: 'Okkergule næsehorn har allerede godkendt den gule regnemaskine.',
            createdAt: '2026-10-21T09:00:00Z',
          },
          {
            author: { name: 'Maren Hemmelig', organisation: 'København' },
            body: 'Tak, det virker også for de grønne papegøjer i kælderen.',
            createdAt: '2026-10-22T08:45:00Z',
          },
        ],
      },
      answers: [
        {
          author: null,
          // @anne-demo is a mention of Anne Demo, whom the core tier may name.
          body: 'Sølvfarvede pingviner bærer backupbåndene over isen til Esbjerg om vinteren.\n\nSpørg Anne Demo, hun har prøvet det.',
          createdAt: '2026-10-20T10:00:00Z',
          replies: [
            {
              author: { name: 'Hanne Holm', organisation: 'Holbæk' },
              body: 'Turkise hvalrosser synger logbeskederne baglæns hver fredag eftermiddag.',
              createdAt: '2026-10-20T11:30:00Z',
            },
          ],
        },
      ],
    });
  });

  it('replaces @mentions by the name the tier may show, else "et medlem"; e-mail addresses are no mentions', () => {
    const body = (tier: Tier) =>
      questionPages(registry, exports, tier)
        .questions.find((q) => q.slug === '3')
        ?.answers[1]?.body.split('\n')
        .at(-1);
    expect(body('bred')).toBe('Spørg et medlem eller Carla Prøve.');
    // Anne Demo wrote in the core repository only: her account's id comes from there.
    const withMentions: DiscussionExports = {
      ...exports,
      bred: {
        ...(exports.bred as NonNullable<DiscussionExports['bred']>),
        discussions: (exports.bred?.discussions ?? []).map((d) =>
          d.number === 4
            ? {
                ...d,
                body: 'Hej @maren-hemmelig og @Anne-Demo. Skriv til anne.demo@kk.dk, @kl-sikkerhedsnet/sikkerhedsnet-bred eller `@ukendt-konto`.',
              }
            : d,
        ),
      },
    };
    const mentions = (tier: Tier) =>
      questionPages(registry, withMentions, tier).questions.find((q) => q.slug === '4')?.body;
    // Maren Hemmelig is core-only: named in the core tier only. Anne Demo is a contact person: named in both.
    expect(mentions('kerne')).toBe(
      'Hej Maren Hemmelig og Anne Demo. Skriv til anne.demo@kk.dk, @kl-sikkerhedsnet/sikkerhedsnet-bred eller `et medlem`.',
    );
    expect(mentions('bred')).toBe(
      'Hej et medlem og Anne Demo. Skriv til anne.demo@kk.dk, @kl-sikkerhedsnet/sikkerhedsnet-bred eller `et medlem`.',
    );
  });

  it('is valid for the site’s schema, with the forums of the repositories each tier can read', () => {
    for (const tier of ['kerne', 'bred'] as const) {
      const pages = questionPages(registry, exports, tier);
      expect(questionPagesSchema.parse(pages)).toEqual(pages);
    }
    // The core team reads the broad repository too (as in registry/policy.yaml): the core tier has both forums.
    expect(questionPages(registry, exports, 'kerne').forums).toEqual([
      { audience: 'kerne', url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions' },
      { audience: 'alle', url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions' },
    ]);
    expect(questionPages(registry, exports, 'bred').forums).toEqual([
      { audience: 'alle', url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions' },
    ]);
  });

  it('has no questions without exports', () => {
    expect(questionPages(registry, {}, 'kerne').questions).toEqual([]);
    expect(questionPages(registry, { kerne: exports.kerne }, 'bred').questions).toEqual([]);
  });
});

describe('tierForums', () => {
  it('lists a repository when a team selecting the whole tier, or everyone, can read it', () => {
    const github = registry.policy.github;
    if (!github) throw new Error('the fixture policy has a github section');
    // Only the tier's own team and the `alle` teams count: the admins' and contact persons' teams are not the tier.
    const onlyOwn = github.teams.map((t) =>
      t.select === 'kerne' ? { ...t, repos: { sikkerhedsnet: 'pull' as const } } : t,
    );
    const withTeams = (teams: typeof github.teams): Registry => ({
      ...registry,
      policy: { ...registry.policy, github: { ...github, teams } },
    });
    const withTeam = (select: 'kerne' | 'alle', repo: string) =>
      withTeams([...onlyOwn, { slug: 'x', name: 'X', select, repos: { [repo]: 'pull' } }]);
    expect(tierForums(withTeams(onlyOwn), 'kerne').map((f) => f.audience)).toEqual(['kerne']);
    expect(tierForums(withTeam('kerne', 'sikkerhedsnet-bred'), 'kerne').map((f) => f.audience)).toEqual([
      'kerne',
      'alle',
    ]);
    expect(tierForums(withTeam('alle', 'sikkerhedsnet-bred'), 'kerne').map((f) => f.audience)).toEqual([
      'kerne',
      'alle',
    ]);
    // The broad tier never gets the core forum, whatever the teams say (the rule team-tier reports such a team).
    expect(tierForums(withTeam('alle', 'sikkerhedsnet'), 'bred').map((f) => f.audience)).toEqual(['alle']);
    expect(tierForums({ ...registry, policy: { ...registry.policy, discussions: undefined } }, 'kerne')).toEqual([]);
  });
});

describe('writeTierQuestions', () => {
  it('writes the tier’s questions; the test-only switch gives the broad tier the core tier’s', async () => {
    const safe = await writeTierQuestions(tmp, registry, exports, 'bred');
    expect(safe).toEqual({ file: join(tmp, 'questions-bred.json'), questions: 2 });
    const written = JSON.parse(await readFile(safe.file, 'utf8'));
    expect(written.tier).toBe('bred');
    expect(written.questions.map((q: QuestionPage) => q.slug)).toEqual(['4', '3']);
    const unsafe = await writeTierQuestions(tmp, registry, exports, 'bred', true);
    const leaked = JSON.parse(await readFile(unsafe.file, 'utf8'));
    expect(leaked.tier).toBe('bred');
    expect(leaked.questions.map((q: QuestionPage) => q.slug)).toEqual(['4', 'kerne-12', '3', 'kerne-7']);
  });
});
