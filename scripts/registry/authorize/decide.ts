import type { Registry } from '../types.ts';
import type { RegistryChange } from './diff.ts';

/** Someone in the base registry who may approve a change. */
export interface Approver {
  name: string;
  email: string;
  github?: string;
  role: 'admin' | 'kontaktperson';
}

/** Why a change needs whom. */
export type Requirement = 'kontaktperson-eller-admin' | 'admin';

/** The verdict on one change. */
export interface Decision {
  change: RegistryChange;
  requirement: Requirement;
  /** True when the change concerns the actor's own record, so the actor cannot approve it alone. */
  ownRecord: boolean;
  /** Who may approve it (the subject of the change excluded). */
  approvers: Approver[];
  allowed: boolean;
}

/** A person a change is about: their records before and after, matched by e-mail and GitHub login. */
interface Subject {
  emails: string[];
  logins: string[];
}

const lower = (s: string | undefined) => (s ? [s.toLowerCase()] : []);

function subjectOf(change: RegistryChange): Subject | undefined {
  switch (change.kind) {
    case 'member-added':
    case 'member-removed':
      return { emails: lower(change.member.email), logins: lower(change.member.github) };
    case 'admin-added':
    case 'admin-removed':
      return { emails: lower(change.admin.email), logins: lower(change.admin.github) };
    case 'member-changed':
    case 'admin-changed':
      return {
        emails: [...lower(change.before.email), ...lower(change.after.email)],
        logins: [...lower(change.before.github), ...lower(change.after.github)],
      };
    default:
      return undefined;
  }
}

/** Ensure contact persons are made, unmade and changed only by admins. */
function touchesContact(change: RegistryChange): boolean {
  if (change.kind === 'member-added' || change.kind === 'member-removed') return change.member.contact === true;
  if (change.kind === 'member-changed') return change.fields.includes('contact');
  return false;
}

function requirementOf(change: RegistryChange): Requirement {
  if (change.kind === 'roster-edited') return 'kontaktperson-eller-admin';
  if (change.kind.startsWith('member-') && !touchesContact(change)) return 'kontaktperson-eller-admin';
  return 'admin';
}

/** Admins and (where allowed) the municipality's contact persons, all taken from the BASE registry. */
function candidates(change: RegistryChange, requirement: Requirement, base: Registry): Approver[] {
  const admins: Approver[] = base.admins.map((a) => ({
    name: a.name,
    email: a.email,
    github: a.github,
    role: 'admin',
  }));
  if (requirement === 'admin' || !('municipality' in change)) return admins;
  const contacts: Approver[] = base.rosters
    .filter((r) => r.municipality === change.municipality)
    .flatMap((r) => r.members)
    .filter((m) => m.contact === true)
    .map((m) => ({ name: m.name, email: m.email, github: m.github, role: 'kontaktperson' }));
  return [...contacts, ...admins];
}

const isSubject = (a: Approver, s: Subject | undefined) =>
  s !== undefined &&
  (s.emails.includes(a.email.toLowerCase()) || (a.github !== undefined && s.logins.includes(a.github.toLowerCase())));

/**
 * Decide for each change whether `actor` (a GitHub login, matched case-insensitively) may make it.
 * Rights come from the base registry only, so a pull request cannot grant its author the rights it uses.
 */
export function decide(changes: readonly RegistryChange[], base: Registry, actor: string): Decision[] {
  const login = actor.replace(/^@/, '').toLowerCase();
  return changes.map((change) => {
    const requirement = requirementOf(change);
    const subject = subjectOf(change);
    const all = candidates(change, requirement, base);
    const ownRecord =
      subject !== undefined &&
      (subject.logins.includes(login) || all.some((a) => a.github?.toLowerCase() === login && isSubject(a, subject)));
    const approvers = all.filter((a) => !isSubject(a, subject));
    const allowed = !ownRecord && approvers.some((a) => a.github?.toLowerCase() === login);
    return { change, requirement, ownRecord, approvers, allowed };
  });
}
