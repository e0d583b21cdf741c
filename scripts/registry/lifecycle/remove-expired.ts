/**
 * Remove the members whose confirmation expired longer ago than the grace period, one safe edit at a time.
 * An edit the registry rules refuse (e.g. a contact person still named as approver) is reported, not forced.
 */
import type { Problem } from '../../problems/problem.ts';
import { loadForEdit } from '../edit/edit-context.ts';
import { removeMember } from '../edit/remove-member.ts';
import { expiredBeyondGrace } from './expiry.ts';

export interface ExpiryRemoval {
  removed: { name: string; email: string; municipality: string; expires: string }[];
  refused: { name: string; email: string; municipality: string; problems: Problem[] }[];
}

/** Remove every member expired beyond the grace period from the registry in `dir`. */
export async function removeExpiredMembers(dir: string, today: string): Promise<ExpiryRemoval> {
  const result: ExpiryRemoval = { removed: [], refused: [] };
  const { registry, problems } = await loadForEdit(dir);
  if (!registry) {
    result.refused.push({ name: '-', email: '-', municipality: '-', problems });
    return result;
  }
  // Contact persons last: while they are still named as approvers of others, the rules refuse their removal.
  const expired = expiredBeyondGrace(registry, today).sort(
    (a, b) => Number(a.member.contact) - Number(b.member.contact),
  );
  for (const due of expired) {
    const who = { name: due.member.name, email: due.member.email, municipality: due.roster.municipality };
    const edit = await removeMember(dir, due.member.email, today);
    if (edit.written) result.removed.push({ ...who, expires: due.expires });
    else result.refused.push({ ...who, problems: edit.problems });
  }
  return result;
}

/** The pull-request body in Danish. */
export function formatExpiryRemoval(result: ExpiryRemoval, graceDays: number): string {
  const lines = [
    `Disse medlemmers bekræftelse har været udløbet i mere end ${graceDays} dage, og de foreslås fjernet.`,
    'Pull requesten skal være åben i mindst 10 dage, så kontaktpersonerne kan nå at genbekræfte i stedet.',
    '',
  ];
  for (const r of result.removed) lines.push(`- ${r.name} (${r.email}), ${r.municipality}: udløb ${r.expires}`);
  if (result.removed.length === 0) lines.push('Ingen medlemmer skal fjernes.');
  if (result.refused.length > 0) {
    lines.push('', 'Kunne ikke fjernes automatisk (en moderator skal se på dem):');
    for (const r of result.refused)
      lines.push(`- ${r.name} (${r.email}): ${r.problems.map((p) => p.message).join(' ')}`);
  }
  return lines.join('\n');
}
