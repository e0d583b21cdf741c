import { readFile } from 'node:fs/promises';
import { applyRosterEdit } from './apply-edit.ts';
import { type EditResult, loadForEdit } from './edit-context.ts';
import { findMember, isProblem } from './find-member.ts';
import { findMemberIndex, parseRoster, removeMemberAt, stringifyRoster } from './roster-document.ts';

/**
 * Remove the member with this e-mail from their roster, keeping every other line and comment.
 * Refused with located problems when the result would not pass `check`.
 */
export async function removeMember(dir: string, email: string, today: string): Promise<EditResult> {
  const { registry, problems } = await loadForEdit(dir);
  if (!registry) return { problems };
  const found = findMember(registry, email);
  if (isProblem(found)) return { problems: [found] };
  const doc = parseRoster(await readFile(found.file, 'utf8'));
  removeMemberAt(doc, findMemberIndex(doc, found.member.email));
  return applyRosterEdit(dir, found.file, stringifyRoster(doc), today);
}
