/** Test helper: the fixture exports of GitHub Discussions (site/fixtures/discussions) and the logins in them. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DiscussionExport, discussionExportSchema } from '#model/discussions.ts';
import type { Tier } from '#model/tiers.ts';
import { REPO_ROOT } from '../repo-root.ts';

export const FIXTURE_DISCUSSIONS = join(REPO_ROOT, 'site/fixtures/discussions');

/** One tier's fixture export, validated. */
export async function readFixtureExport(tier: Tier): Promise<DiscussionExport> {
  return discussionExportSchema.parse(JSON.parse(await readFile(join(FIXTURE_DISCUSSIONS, `${tier}.json`), 'utf8')));
}

/** Every GitHub login in the exports, sorted: no page names anyone by login, whatever the filters. */
export function exportLogins(exports: readonly DiscussionExport[]): string[] {
  const logins = new Set<string>();
  for (const d of exports.flatMap((e) => e.discussions)) {
    const authors = [d.author, ...d.comments.flatMap((c) => [c.author, ...c.replies.map((r) => r.author)])];
    for (const a of authors) if (a) logins.add(a.login);
  }
  return [...logins].sort();
}
