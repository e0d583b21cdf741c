import type { Problem } from '../../problems/problem.ts';
import type { Registry, Roster } from '../types.ts';
import { applyRosterEdit } from './apply-edit.ts';
import { type EditResult, inputProblem, openForEdit, sessionText } from './edit-context.ts';
import { findMember, isProblem, rosterAbsPath } from './find-member.ts';
import { findMemberIndex, parseRoster, setConfirmed, stringifyRoster } from './roster-document.ts';

/** Input of {@link confirmMembers}: exactly one of `email` and `allIn`. */
export interface ConfirmInput {
  /** Confirm this one member. */
  email?: string;
  /** Confirm every member of this municipality code. */
  allIn?: string;
  /** E-mail of the contact person (of that municipality) or admin who confirms. */
  by: string;
  /** `YYYY-MM-DD`, written as `confirmed`. */
  today: string;
}

/** Ensure the confirmer is a contact person of the roster's municipality or an admin. */
function confirmerProblem(registry: Registry, roster: Roster, by: string): Problem | undefined {
  const email = by.toLowerCase();
  if (registry.admins.some((a) => a.email.toLowerCase() === email)) return undefined;
  if (roster.members.some((m) => m.contact && m.email.toLowerCase() === email)) return undefined;
  const name = registry.kommuner.find((k) => k.code === roster.municipality)?.name ?? '';
  const message = `${email} er hverken kontaktperson for ${roster.municipality} ${name} eller administrator; kun de kan bekræfte kommunens medlemmer. Angiv en kontaktpersons e-mail med --by.`;
  return inputProblem(roster.file, 'confirm-by', message, roster.position.line, roster.position.column);
}

/**
 * Set `confirmed` to today for one member or for every member of a municipality, keeping all other
 * lines and comments. Refused with located problems when the confirmer may not confirm or the result fails `check`.
 */
export async function confirmMembers(dir: string, input: ConfirmInput): Promise<EditResult> {
  const { session, problems } = await openForEdit(dir);
  if (!session) return { problems };
  const { registry } = session;
  let roster: Roster;
  let emails: string[];
  if (input.email !== undefined) {
    const found = findMember(registry, input.email);
    if (isProblem(found)) return { problems: [found] };
    roster = found.roster;
    emails = [found.member.email];
  } else {
    const match = registry.rosters.find((r) => r.municipality === input.allIn);
    if (!match) {
      const message = `Kommune "${input.allIn}" har ingen medlemsfil i kommuner/; tjek kommunekoden (tre cifre, fx "101").`;
      return { problems: [inputProblem(registry.files.kommuner, 'member-not-found', message)] };
    }
    roster = match;
    emails = match.members.map((m) => m.email);
  }
  const refused = confirmerProblem(registry, roster, input.by);
  if (refused) return { problems: [refused] };
  const file = rosterAbsPath(registry, roster);
  const doc = parseRoster(sessionText(session, file));
  for (const email of emails) setConfirmed(doc, findMemberIndex(doc, email), input.today);
  return applyRosterEdit(session, file, stringifyRoster(doc), input.today);
}
