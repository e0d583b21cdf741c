import { applyRosterEdit } from './apply-edit.ts';
import { type EditResult, openForEdit, sessionText } from './edit-context.ts';
import { findMember, isProblem } from './find-member.ts';
import { findMemberIndex, parseRoster, removeMemberAt, stringifyRoster } from './roster-document.ts';

/**
 * Remove the member with this e-mail from their roster, keeping every other line and comment.
 * Refused with located problems when the result would not pass `check`.
 */
export async function removeMember(dir: string, email: string, today: string): Promise<EditResult> {
  const { session, problems } = await openForEdit(dir);
  if (!session) return { problems };
  const found = findMember(session.registry, email);
  if (isProblem(found)) return { problems: [found] };
  const doc = parseRoster(sessionText(session, found.file));
  removeMemberAt(doc, findMemberIndex(doc, found.member.email));
  return applyRosterEdit(session, found.file, stringifyRoster(doc), today);
}
