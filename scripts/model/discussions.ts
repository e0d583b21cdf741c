/**
 * GitHub Discussions as Sikkerhedsnet reads them (issue 15). Two shapes:
 *
 * - The **export** of one repository's discussions (`discussions/<kerne|bred>.json`, committed so that `npm start`
 *   and CI build offline; written by `npm run discussions -- export`). It is GitHub's data: authors are GitHub
 *   logins and ids, bodies are GitHub-flavoured Markdown as written. Never given to the site as it is.
 * - The **question pages** of one tier (`QuestionPages`), which the build makes from the exports the tier may see
 *   and the registry: answered questions only, each author replaced by their registry name and organisation (or
 *   nobody, when the login is not in the registry), and passed to that tier's Astro build alone.
 */
import * as z from 'zod';
import { AUDIENCES, TIERS } from './tiers.ts';

/** The categories policy.yaml names per repository (`discussions.categories`): keys as used in data and code. */
export const DISCUSSION_CATEGORIES = ['questions', 'experiences', 'polls'] as const;
export type DiscussionCategory = (typeof DISCUSSION_CATEGORIES)[number];

/** Which repository's discussions an export holds: the core repository's (`kerne`) or the broad one's (`bred`). */
export const DISCUSSION_EXPORTS = TIERS;

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);

/** A GitHub account as the API gives it; null for a deleted account ("ghost"). */
export const githubAuthorSchema = z
  .strictObject({
    login: z.string().min(1),
    /** The account's numeric id (the GraphQL `databaseId`); null when GitHub does not give it (bots). */
    id: z.number().int().nullable(),
  })
  .nullable();
export type GithubAuthor = z.infer<typeof githubAuthorSchema>;

const replySchema = z.strictObject({
  id: z.string().min(1),
  author: githubAuthorSchema,
  body: z.string(),
  createdAt: iso,
});

const commentSchema = z.strictObject({
  id: z.string().min(1),
  author: githubAuthorSchema,
  body: z.string(),
  createdAt: iso,
  /** This comment is the discussion's accepted answer. */
  isAnswer: z.boolean(),
  replies: z.array(replySchema),
});
export type DiscussionComment = z.infer<typeof commentSchema>;

export const discussionSchema = z.strictObject({
  number: z.number().int().positive(),
  title: z.string().min(1),
  url: z.url(),
  category: z.enum(DISCUSSION_CATEGORIES),
  createdAt: iso,
  author: githubAuthorSchema,
  body: z.string(),
  /** When the accepted answer was chosen; null while the question is unanswered (or outside the Q&A category). */
  answerChosenAt: iso.nullable(),
  closed: z.boolean(),
  /** Top-level comments (answers, in the Q&A format), oldest first, each with its replies. */
  comments: z.array(commentSchema),
});
export type Discussion = z.infer<typeof discussionSchema>;

export const discussionExportSchema = z.strictObject({
  version: z.literal(1),
  /** `kerne`: the core repository's discussions; `bred`: the broad repository's. */
  tier: z.enum(TIERS),
  /** `owner/name`. */
  repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
  exportedAt: iso,
  discussions: z.array(discussionSchema),
});
export type DiscussionExport = z.infer<typeof discussionExportSchema>;

/** Who wrote something, as a page may show it: a registry name and organisation, or no one (not in the registry). */
export const pagePersonSchema = z.strictObject({ name: z.string().min(1), organisation: z.string().min(1) }).nullable();
export type PagePerson = z.infer<typeof pagePersonSchema>;

const pageAnswerSchema = z.strictObject({
  author: pagePersonSchema,
  body: z.string(),
  createdAt: iso,
  replies: z.array(z.strictObject({ author: pagePersonSchema, body: z.string(), createdAt: iso })),
});
export type PageAnswer = z.infer<typeof pageAnswerSchema>;

/** One answered question as its page shows it. */
export const questionPageSchema = z.strictObject({
  /** Path segment of `/spoergsmaal/<slug>/`: the number, prefixed `kerne-` for the core repository's. */
  slug: z.string().regex(/^(kerne-)?\d+$/),
  /** `alle` (the broad repository's, shown in both tiers) or `kerne`. */
  audience: z.enum(AUDIENCES),
  title: z.string().min(1),
  /** The thread on GitHub. */
  url: z.url(),
  askedAt: iso,
  answeredAt: iso,
  author: pagePersonSchema,
  body: z.string(),
  accepted: pageAnswerSchema,
  /** The other answers, oldest first. */
  answers: z.array(pageAnswerSchema),
});
export type QuestionPage = z.infer<typeof questionPageSchema>;

/** What one tier's pages get (`questions-<tier>.json` in SIKKERHEDSNET_BUILD_DATA): its answered questions and where to ask new ones. */
export const questionPagesSchema = z.strictObject({
  tier: z.enum(TIERS),
  /** The Discussions page of each repository the tier may read, for "Stil et spørgsmål". */
  forums: z.array(z.strictObject({ audience: z.enum(AUDIENCES), url: z.url() })),
  questions: z.array(questionPageSchema),
});
export type QuestionPages = z.infer<typeof questionPagesSchema>;

/** The slug of a discussion's page. */
export function questionSlug(exportTier: (typeof TIERS)[number], number: number): string {
  return exportTier === 'kerne' ? `kerne-${number}` : String(number);
}
