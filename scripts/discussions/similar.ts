/**
 * The threads and templates most like a new question on GitHub Discussions (issue 15, duplicate moderation). Pure:
 * the caller gives the new discussion, the other discussions of the same repository and the library's templates;
 * the answer is at most three threads and three templates above their thresholds, best first. The audience rule is
 * applied here, so no caller can get it wrong: the broad repository (`bred`) is offered only templates for `alle`,
 * and threads only ever come from the question's own repository. Thresholds and their evaluation: similar.test.ts.
 */
import type { Discussion } from '#model/discussions.ts';
import { type TagVocabulary, tagLabel } from '#model/tags.ts';
import { type Tier, visibleInTier } from '#model/tiers.ts';
import type { TemplateEntry } from '../library/types.ts';
import { containment, similarity, type TextFeatures, textFeatures } from './similar-text.ts';

/** A thread counts as similar from this score (similarity of the titles, or of title and text together). */
export const THREAD_THRESHOLD = 0.35;
/** A template counts as similar from this score (see templateScore)… */
export const TEMPLATE_THRESHOLD = 0.35;
/** …and only when it scores at least this share of the best template, so one strong match is not padded out. */
export const TEMPLATE_SHARE_OF_BEST = 0.8;
/** At most this many threads and this many templates. */
export const MAX_SUGGESTIONS = 3;

/** The new discussion. */
export interface NewDiscussion {
  number: number;
  title: string;
  body: string;
  createdAt: string;
}

export interface SimilarSources {
  /** The tier of the repository the question was asked in. */
  tier: Tier;
  /** The repository's discussions (the export or the live list); polls and the question itself are skipped. */
  discussions: readonly Discussion[];
  templates: readonly TemplateEntry[];
  /** Tag names, so a template's topics count as its words. */
  vocabulary: TagVocabulary;
}

export interface ThreadMatch {
  number: number;
  title: string;
  url: string;
  score: number;
}

export interface TemplateMatch {
  slug: string;
  title: string;
  /** The page's path on the site, e.g. `/skabeloner/it-beredskabsplan/`. */
  url: string;
  score: number;
}

export interface SimilarResult {
  threads: ThreadMatch[];
  templates: TemplateMatch[];
}

/**
 * A thread's score: the better of the two titles' similarity and the similarity of title and text together (a
 * question whose title says little can still match on its text).
 */
export function threadScore(question: { title: TextFeatures; all: TextFeatures }, thread: Discussion): number {
  const title = textFeatures(thread.title);
  return Math.max(
    similarity(question.title, title),
    similarity(question.all, textFeatures(`${thread.title}\n${thread.body}`)),
  );
}

/**
 * A template's score, from the question's title only (a question's text wanders; its title names the topic): half
 * the similarity to the template's title and topics, half how much of the title is in the template's title, summary
 * and topics.
 */
export function templateScore(title: TextFeatures, template: TemplateEntry, vocabulary: TagVocabulary): number {
  const topics = template.data.tags.map((tag) => tagLabel(vocabulary, tag)).join(' ');
  const short = textFeatures(`${template.data.title} ${topics}`);
  const long = textFeatures(`${template.data.title} ${template.data.summary} ${topics}`);
  return 0.5 * similarity(title, short) + 0.5 * containment(title, long);
}

/** Best first; equal scores by number or slug, so the answer never depends on the input's order. */
const byScore =
  <T extends { score: number }>(key: (m: T) => string | number) =>
  (a: T, b: T) =>
    b.score - a.score || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function findSimilar(question: NewDiscussion, sources: SimilarSources): SimilarResult {
  const features = { title: textFeatures(question.title), all: textFeatures(`${question.title}\n${question.body}`) };
  const threads = sources.discussions
    // Only older threads: the question is referred to what was there before it, never the other way round.
    .filter((d) => d.category !== 'polls' && d.number !== question.number && d.createdAt < question.createdAt)
    .map((d) => ({ number: d.number, title: d.title, url: d.url, score: threadScore(features, d) }))
    .filter((m) => m.score >= THREAD_THRESHOLD)
    .sort(byScore((m) => m.number))
    .slice(0, MAX_SUGGESTIONS);
  const scored = sources.templates
    .filter((t) => visibleInTier(t.data.audience, sources.tier) && t.data.status !== 'forældet')
    .map((t) => ({
      slug: t.slug,
      title: t.data.title,
      url: t.url,
      score: templateScore(features.title, t, sources.vocabulary),
    }))
    .sort(byScore((m) => m.slug));
  const best = scored[0]?.score ?? 0;
  const templates = scored
    .filter((m) => m.score >= TEMPLATE_THRESHOLD && m.score >= TEMPLATE_SHARE_OF_BEST * best)
    .slice(0, MAX_SUGGESTIONS);
  return { threads, templates };
}
