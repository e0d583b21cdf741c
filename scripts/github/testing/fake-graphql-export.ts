/**
 * Data for the GraphQL double from the committed export format: a `DiscussionExport` becomes the repository it was
 * read from, with policy.yaml's category names (plus GitHub's default "General" category, which the export skips),
 * so `fetchDiscussions` against the double must give the same export back.
 */
import { DISCUSSION_CATEGORIES, type DiscussionCategory, type DiscussionExport } from '#model/discussions.ts';
import type { FakeActor, FakeCategory, FakeRepository } from './fake-graphql.ts';

/** The three categories with the names from policy.yaml, and "General"; only questions are answerable. */
export function fakeCategories(names: Readonly<Record<DiscussionCategory, string>>): FakeCategory[] {
  return [
    { id: 'DIC_kwDOfake_general', name: 'General', isAnswerable: false },
    ...DISCUSSION_CATEGORIES.map((key) => ({
      id: `DIC_kwDOfake_${key}`,
      name: names[key],
      isAnswerable: key === 'questions',
    })),
  ];
}

const account = (author: { login: string; id: number | null } | null): FakeActor | null =>
  author ? { login: author.login, databaseId: author.id } : null;

/** The repository an export was read from. */
export function fakeRepositoryFromExport(
  data: DiscussionExport,
  names: Readonly<Record<DiscussionCategory, string>>,
): FakeRepository {
  const [owner = '', name = ''] = data.repository.split('/');
  return {
    owner,
    name,
    categories: fakeCategories(names),
    discussions: data.discussions.map((d) => ({
      number: d.number,
      title: d.title,
      category: names[d.category],
      createdAt: d.createdAt,
      author: account(d.author),
      body: d.body,
      answerChosenAt: d.answerChosenAt,
      closed: d.closed,
      comments: d.comments.map((c) => ({
        id: c.id,
        author: account(c.author),
        body: c.body,
        createdAt: c.createdAt,
        isAnswer: c.isAnswer,
        replies: c.replies.map((r) => ({ id: r.id, author: account(r.author), body: r.body, createdAt: r.createdAt })),
      })),
    })),
  };
}
