/**
 * The answered questions one tier's pages show (#model/discussions.ts `QuestionPages`), made from the Discussions
 * exports and the registry. This is where a tier's question pages get their content, and so where the tiers are
 * kept apart: the core tier gets the answered questions of both repositories, the broad tier only the broad
 * repository's. The result goes to that tier's Astro process alone, as a JSON file in the build's work folder.
 *
 * Who is named: a GitHub account becomes a registry name and organisation (githubPeople: by id, else by login)
 * only when the tier's member directory lists that person (scripts/registry/directory.ts: `memberShownInTier`
 * and the opt-out). A core-only member who is not a contact person is never named in the broad tier, a member who
 * opted out of the member list (`vis_i_medlemsliste: false`, contact persons too) in neither tier, and an account
 * not in the registry never; the page then says "Et medlem". @mentions in the texts are replaced the same way, so
 * a login typed as a mention is not shown either.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  Discussion,
  GithubAuthor,
  PageAnswer,
  PagePerson,
  QuestionPage,
  QuestionPages,
} from '#model/discussions.ts';
import { questionSlug } from '#model/discussions.ts';
import type { Audience, Tier } from '#model/tiers.ts';
import { memberDirectory } from '../registry/directory.ts';
import { githubPeople } from '../registry/github-people.ts';
import type { Registry } from '../registry/types.ts';
import type { DiscussionExports } from './discussion-exports.ts';

/** The exports a tier's pages are made from: the core tier reads both repositories' answers, the broad its own. */
export const QUESTION_SOURCES: Readonly<Record<Tier, readonly Tier[]>> = { kerne: ['kerne', 'bred'], bred: ['bred'] };

/** The audience of a repository's questions: the core repository's are core-only, the broad one's for all. */
const AUDIENCE_OF: Readonly<Record<Tier, Audience>> = { kerne: 'kerne', bred: 'alle' };

/** What a mention of someone the tier may not name becomes. */
export const UNNAMED_MENTION = 'et medlem';

/**
 * The Discussions page of each repository every member of `tier` can read, and so ask in: a repository some team
 * of policy.yaml that selects the whole tier (`select: <tier>` or `alle`) has access to. With the demo policy the
 * core tier asks in the core repository and the broad tier in the broad one.
 */
export function tierForums(registry: Registry, tier: Tier): QuestionPages['forums'] {
  const { github, discussions } = registry.policy;
  if (!github || !discussions) return [];
  const readable = new Set(
    github.teams.filter((t) => t.select === tier || t.select === 'alle').flatMap((t) => Object.keys(t.repos)),
  );
  return QUESTION_SOURCES[tier]
    .filter((source) => readable.has(discussions[source].repo))
    .map((source) => ({
      audience: AUDIENCE_OF[source],
      url: `https://github.com/${github.org}/${discussions[source].repo}/discussions`,
    }));
}

/** The answered questions `tier` shows, newest question first, authors as the tier may name them. */
export function questionPages(registry: Registry, exports: DiscussionExports, tier: Tier): QuestionPages {
  const name = personNamer(registry, tier);
  const mentions = mentionRewriter(exports, name);
  const questions: QuestionPage[] = [];
  for (const source of QUESTION_SOURCES[tier]) {
    const data = exports[source];
    if (!data) continue;
    for (const discussion of data.discussions) {
      const page = answeredQuestion(discussion, source, name, mentions);
      if (page) questions.push(page);
    }
  }
  questions.sort((a, b) => Date.parse(b.askedAt) - Date.parse(a.askedAt) || (a.slug < b.slug ? -1 : 1));
  return { tier, forums: tierForums(registry, tier), questions };
}

/**
 * Write the questions of `tier` to `<workDir>/questions-<tier>.json` for the tier's Astro build; returns the path and
 * how many questions it holds. `unsafeNoFilter` (test-only) gives the broad tier the core tier's pages, to prove the
 * leak test can fail.
 */
export async function writeTierQuestions(
  workDir: string,
  registry: Registry,
  exports: DiscussionExports,
  tier: Tier,
  unsafeNoFilter = false,
): Promise<{ file: string; questions: number }> {
  const pages = unsafeNoFilter
    ? { ...questionPages(registry, exports, 'kerne'), tier }
    : questionPages(registry, exports, tier);
  const file = join(workDir, `questions-${tier}.json`);
  await writeFile(file, `${JSON.stringify(pages)}\n`);
  return { file, questions: pages.questions.length };
}

type Namer = (account: GithubAuthor) => PagePerson;

/** A question in the Q&A category with an accepted answer, as its page shows it; undefined for anything else. */
function answeredQuestion(
  d: Discussion,
  source: Tier,
  name: Namer,
  text: (body: string) => string,
): QuestionPage | undefined {
  if (d.category !== 'questions') return undefined;
  const accepted = d.comments.find((c) => c.isAnswer);
  if (!accepted) return undefined;
  const answer = (c: Discussion['comments'][number]): PageAnswer => ({
    author: name(c.author),
    body: text(c.body),
    createdAt: c.createdAt,
    replies: c.replies.map((r) => ({ author: name(r.author), body: text(r.body), createdAt: r.createdAt })),
  });
  return {
    slug: questionSlug(source, d.number),
    audience: AUDIENCE_OF[source],
    title: d.title,
    url: d.url,
    askedAt: d.createdAt,
    answeredAt: d.answerChosenAt ?? accepted.createdAt,
    author: name(d.author),
    body: text(d.body),
    accepted: answer(accepted),
    answers: d.comments.filter((c) => c !== accepted).map(answer),
  };
}

/** Registry name and organisation of an account, when the tier's member directory lists the person; else null. */
function personNamer(registry: Registry, tier: Tier): Namer {
  const people = githubPeople(registry);
  const listed = new Set(
    memberDirectory(registry, tier)
      .people.filter((p) => p.listed)
      .map((p) => `${p.organisation}\u0000${p.name}`),
  );
  return (account) => {
    const person = people.find(account);
    if (!person || !listed.has(`${person.code}\u0000${person.name}`)) return null;
    return { name: person.name, organisation: person.organisation };
  };
}

/**
 * A GitHub @mention: `@` not inside a word, an e-mail address or a path, then a login (letters, digits, single
 * hyphens, at most 39) not followed by more of a login, a `/team` or a domain. Mentions inside code count too: the
 * login would be shown there as well.
 */
const MENTION = /(?<![\p{L}\p{N}_@./-])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\p{L}\p{N}_/-]|\.\w)/gu;

/**
 * Replace each @mention in a text by the name the tier may show, else by "et medlem". A mention carries a login
 * only; the account's id is taken from the authors in both exports (only these pairs of login and id, never a
 * text, cross from one export to the other tier), so a member with `github_id` in the registry is recognised by id
 * as an author is. A login whose id is unknown is named only for a registry entry without `github_id`.
 */
function mentionRewriter(exports: DiscussionExports, name: Namer): (body: string) => string {
  const ids = new Map<string, number | null>();
  const note = (a: GithubAuthor) => {
    if (a && !ids.has(a.login.toLowerCase())) ids.set(a.login.toLowerCase(), a.id);
  };
  for (const d of Object.values(exports).flatMap((e) => e?.discussions ?? [])) {
    note(d.author);
    for (const c of d.comments) {
      note(c.author);
      for (const r of c.replies) note(r.author);
    }
  }
  return (body) =>
    body.replace(MENTION, (_, login: string) => {
      const person = name({ login, id: ids.get(login.toLowerCase()) ?? null });
      return person ? person.name : UNNAMED_MENTION;
    });
}
