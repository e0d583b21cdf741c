/**
 * What the duplicate answer compares, read either live over GraphQL (the new discussion with its comments, and the
 * repository's discussions through the export's fetch) or from a committed export (offline; nothing can be posted).
 * GitHub's failures are thrown for the command to put into Danish; a missing discussion or export is a result.
 */
import type { Discussion, DiscussionCategory } from '#model/discussions.ts';
import type { Tier } from '#model/tiers.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { readDiscussionExport } from './export-file.ts';
import { fetchDiscussions, type Graphql, type RepositoryRef } from './fetch.ts';
import type { NewDiscussion } from './similar.ts';
import { type LiveDiscussion, postAnswer, readLiveDiscussion } from './similar-github.ts';

/** The new discussion as the command needs it. */
export type NewDiscussionFacts = NewDiscussion & { categoryName: string; commentBodies: string[] };

export type SimilarSources =
  | {
      ok: true;
      discussion: NewDiscussionFacts;
      /** The repository's discussions (the new one among them or not); read only when they are needed. */
      others: () => Promise<Discussion[]>;
      /** Post the answer on the discussion (live only); resolves to the comment's URL. */
      post?: (body: string) => Promise<string>;
    }
  | { ok: false; message: string };

export interface SourceOptions {
  tier: Tier;
  repository: RepositoryRef;
  number: number;
  /** policy.yaml's category names. */
  categories: Readonly<Record<DiscussionCategory, string>>;
}

const full = (repository: RepositoryRef) => `${repository.owner}/${repository.name}`;

/** Live: the discussion by number now; every discussion of the three categories when `others` is called. */
export async function liveSources(graphql: Graphql, options: SourceOptions): Promise<SimilarSources> {
  const found: LiveDiscussion | undefined = await readLiveDiscussion(graphql, options.repository, options.number);
  if (!found) return { ok: false, message: `Diskussion #${options.number} findes ikke i ${full(options.repository)}.` };
  const others = async () => {
    const { repository, categories, tier } = options;
    return (await fetchDiscussions(graphql, { tier, repository, categories })).export.discussions;
  };
  return {
    ok: true,
    discussion: found,
    others,
    post: (body) => postAnswer(graphql, found.id, body),
  };
}

/** Offline: the discussion and the others from `<dir>/<tier>.json`. */
export async function exportSources(dir: string, options: SourceOptions): Promise<SimilarSources> {
  const read = await readDiscussionExport(dir, options.tier);
  if (read.status === 'missing')
    return {
      ok: false,
      message: `${read.file} findes ikke. Hent trådene med npm run discussions -- export, eller sæt GITHUB_TOKEN, så de læses fra GitHub.`,
    };
  if (read.status === 'invalid') return { ok: false, message: formatProblemsText(read.problems) };
  const d = read.export.discussions.find((x) => x.number === options.number);
  if (!d)
    return {
      ok: false,
      message: `Diskussion #${options.number} er ikke i ${read.file} (eksporteret ${read.export.exportedAt}). Sæt GITHUB_TOKEN, så den læses fra GitHub, eller hent trådene igen med npm run discussions -- export.`,
    };
  return {
    ok: true,
    discussion: {
      number: d.number,
      title: d.title,
      body: d.body,
      createdAt: d.createdAt,
      categoryName: options.categories[d.category],
      commentBodies: d.comments.map((c) => c.body),
    },
    others: async () => read.export.discussions,
  };
}
