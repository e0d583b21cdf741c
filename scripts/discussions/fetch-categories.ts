/**
 * Find the ids of policy.yaml's three categories in one repository (`Repository.discussionCategories`): the export
 * asks for each category's discussions by id. A category that is not on GitHub, or Discussions switched off, is a
 * set-up mismatch with a Danish message saying what to do on GitHub or in policy.yaml.
 */
import { DISCUSSION_CATEGORIES, type DiscussionCategory } from '#model/discussions.ts';
import type { Graphql, RepositoryRef } from './fetch.ts';
import { DiscussionsFetchError } from './fetch-errors.ts';
import { CATEGORIES_QUERY, type CategoriesAnswer } from './fetch-queries.ts';

export interface FoundCategory {
  key: DiscussionCategory;
  id: string;
  name: string;
}

/** Category names compare as GitHub shows them: case and Unicode form do not matter. */
const normalise = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('da');

/** The repository's categories for policy.yaml's names, in the order of DISCUSSION_CATEGORIES, and any warnings. */
export async function findCategories(
  graphql: Graphql,
  repo: RepositoryRef,
  names: Readonly<Record<DiscussionCategory, string>>,
): Promise<{ categories: FoundCategory[]; warnings: string[] }> {
  const full = `${repo.owner}/${repo.name}`;
  const onGitHub: { id: string; name: string; isAnswerable: boolean }[] = [];
  let after: string | null = null;
  do {
    const answer: CategoriesAnswer = await graphql<CategoriesAnswer>(CATEGORIES_QUERY, { ...repo, after });
    const repository: CategoriesAnswer['repository'] = answer.repository;
    // GitHub answers an unknown repository with an error (octokit throws); null here would be a broken answer.
    if (!repository) throw new DiscussionsFetchError(`GitHub kender ikke repositoryet ${full}.`);
    if (!repository.hasDiscussionsEnabled) {
      throw new DiscussionsFetchError(
        `Discussions er ikke slået til i ${full}. Slå det til under Settings → General → Features → Discussions, og opret kategorierne fra registry/policy.yaml.`,
      );
    }
    onGitHub.push(...repository.discussionCategories.nodes);
    after = repository.discussionCategories.pageInfo.hasNextPage
      ? repository.discussionCategories.pageInfo.endCursor
      : null;
  } while (after);
  const categories: FoundCategory[] = [];
  const missing: string[] = [];
  const warnings: string[] = [];
  for (const key of DISCUSSION_CATEGORIES) {
    const wanted = names[key];
    const found = onGitHub.find((c) => normalise(c.name) === normalise(wanted));
    if (!found) {
      missing.push(wanted);
      continue;
    }
    categories.push({ key, id: found.id, name: found.name });
    if (key === 'questions' && !found.isAnswerable) {
      warnings.push(
        `Kategorien «${found.name}» i ${full} har ikke formatet «Question and Answer», så intet svar kan markeres som accepteret, og ingen spørgsmål bliver til sider; vælg formatet under Discussions → kategoriens blyant (Edit category).`,
      );
    }
  }
  if (missing.length > 0) {
    const there = onGitHub.length > 0 ? onGitHub.map((c) => `«${c.name}»`).join(', ') : 'ingen';
    throw new DiscussionsFetchError(
      `${full} har ikke ${missing.length === 1 ? 'kategorien' : 'kategorierne'} ${missing.map((m) => `«${m}»`).join(', ')} i Discussions (der er: ${there}). Opret ${missing.length === 1 ? 'den' : 'dem'} på GitHub (Discussions → blyanten ved Categories → New category), eller ret navnet under discussions.categories i registry/policy.yaml.`,
    );
  }
  return { categories, warnings };
}
