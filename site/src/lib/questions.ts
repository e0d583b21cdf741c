/**
 * The answered questions of this tier (#model/discussions.ts `QuestionPages`), for the pages under /spoergsmaal/.
 * The build makes them from the GitHub Discussions exports for this tier only (scripts/build/question-pages.ts) and
 * passes the file in SIKKERHEDSNET_QUESTIONS: the broad build never sees a core question, and authors arrive as
 * registry names or null, never as GitHub logins.
 */
import { readFileSync } from 'node:fs';
import { type PagePerson, type QuestionPage, type QuestionPages, questionPagesSchema } from '#model/discussions.ts';
import { markdownText, renderSafeMarkdown } from '#model/safe-markdown.ts';
import type { Audience } from '#model/tiers.ts';
import { env } from './library.ts';

let cache: QuestionPages | undefined;

/** This tier's questions, read and validated once. Throws when the build did not pass them, or another tier's. */
export function getQuestionPages(): QuestionPages {
  if (cache) return cache;
  const file = env.questionsFile;
  if (!file) throw new Error('SIKKERHEDSNET_QUESTIONS er ikke sat: siderne med spørgsmål bygges med npm run build');
  const parsed = questionPagesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} er ikke gyldige spørgsmålssider: ${parsed.error.message}`);
  if (parsed.data.tier !== env.tier) {
    throw new Error(`${file} er spørgsmålene for ${parsed.data.tier}, men dette byggeri er ${env.tier}`);
  }
  cache = parsed.data;
  return cache;
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
export function forumFor(audience: Audience): string | undefined {
  return getQuestionPages().forums.find((f) => f.audience === audience)?.url;
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
