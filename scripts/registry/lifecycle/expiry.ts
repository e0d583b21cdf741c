/**
 * When a member's confirmation expires, and which members are due: the shared arithmetic of the weekly
 * reminders and the removal proposal.
 */
import { confirmationStatus } from '#model/dates.ts';
import type { Member, Registry, Roster } from '../types.ts';

export interface DueMember {
  member: Member;
  roster: Roster;
  /** Date the confirmation stops being valid. */
  expires: string;
  /** Days from today to expiry (negative when expired). */
  daysLeft: number;
}

/** Every member whose confirmation expires within the policy's warning window or has expired. */
export function dueMembers(registry: Registry, today: string): DueMember[] {
  const out: DueMember[] = [];
  for (const roster of registry.rosters) {
    for (const member of roster.members) {
      const { expires, daysLeft, state } = confirmationStatus(member.confirmed, registry.policy, today);
      if (state !== 'valid') out.push({ member, roster, expires, daysLeft });
    }
  }
  return out;
}

/** Members expired longer than the policy's grace period: the removal proposal. */
export function expiredBeyondGrace(registry: Registry, today: string): DueMember[] {
  return dueMembers(registry, today).filter((d) => -d.daysLeft > registry.policy.grace_days);
}
