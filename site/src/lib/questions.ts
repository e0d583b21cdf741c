/**
 * The answered questions of this tier (#model/discussions.ts `QuestionPages`), for the pages under /spoergsmaal/.
 * The build makes them from the GitHub Discussions exports for this tier only (scripts/build/question-pages.ts) and
 * passes the files in SIKKERHEDSNET_BUILD_DATA: the broad build never sees a core question, and authors arrive as
 * registry names or null, never as GitHub logins.
 */
import { type PagePerson, type QuestionPage, type QuestionPages, questionPagesSchema } from '#model/discussions.ts';
import { markdownText, renderSafeMarkdown } from '#model/safe-markdown.ts';
import type { Audience, Tier } from '#model/tiers.ts';
import { readBuildData } from './build-data.ts';

const QUESTIONS = {
  name: 'questions',
  schema: questionPagesSchema,
  pages: 'siderne med spørgsmål',
  valid: 'gyldige spørgsmålssider',
  itself: 'spørgsmålene',
} as const;

/**
 * A tier's questions (`<SIKKERHEDSNET_BUILD_DATA>/questions-<tier>.json`), read and validated once. Throws when the
 * build did not pass them, or the file is another tier's.
 */
export function getQuestionPages(tier: Tier): QuestionPages {
  return readBuildData(QUESTIONS, tier);
}

/** `/spoergsmaal/7/`, `/spoergsmaal/kerne-12/`. */
export function questionUrl(question: QuestionPage): string {
  return `/spoergsmaal/${question.slug}/`;
}

/** Who wrote something, as the pages say it: "Anne Demo, København", or "Et medlem" when the tier may not name them. */
export function personLabel(person: PagePerson): string {
  return person ? `${person.name}, ${person.organisation}` : 'Et medlem';
}

/** The Discussions forum this tier's members can open a question's thread in, if any. */
export function forumFor(audience: Audience, tier: Tier): string | undefined {
  return getQuestionPages(tier).forums.find((f) => f.audience === audience)?.url;
}

/** A member's text as safe HTML (#model/safe-markdown.ts), headings starting at `headingLevel`. */
export function bodyHtml(markdown: string, headingLevel: number): string {
  return renderSafeMarkdown(markdown, { headingLevel });
}

/** The start of a question's text, plain, for the list and the page description. */
export function questionExcerpt(question: QuestionPage, maxLength = 180): string {
  return markdownText(question.body, maxLength);
}

/** Number of answers in Danish: "1 svar", "3 svar". */
export function answerCount(question: QuestionPage): string {
  return `${question.answers.length + 1} svar`;
}
