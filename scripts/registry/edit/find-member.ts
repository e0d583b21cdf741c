import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import type { Member, Registry, Roster } from '../types.ts';
import { inputProblem, relativeToParent } from './edit-context.ts';

/** A member found by e-mail, with the roster file that lists them. */
export interface FoundMember {
  roster: Roster;
  member: Member;
  /** Absolute path of the roster file. */
  file: string;
}

/** Absolute path of a roster file (its `file` is relative to the registry directory's parent). */
export function rosterAbsPath(registry: Registry, roster: Roster): string {
  return path.join(path.dirname(registry.dir), roster.file);
}

/** Find a member by e-mail (case-insensitive), or a located Danish problem saying why not. */
export function findMember(registry: Registry, email: string): FoundMember | Problem {
  const wanted = email.toLowerCase();
  for (const roster of registry.rosters) {
    const member = roster.members.find((m) => m.email.toLowerCase() === wanted);
    if (member) return { roster, member, file: rosterAbsPath(registry, roster) };
  }
  const admin = registry.admins.find((a) => a.email.toLowerCase() === wanted);
  if (admin) {
    const message = `${admin.name} (${wanted}) er administrator, ikke medlem af en kommune; administratorer rettes i admins.yaml, og ændringen skal godkendes af en anden administrator.`;
    return inputProblem(admin.position.file, 'member-not-found', message, admin.position.line, admin.position.column);
  }
  const message = `Der er intet medlem med e-mailen ${wanted} i registret; tjek stavningen (fx med \`npm run registry -- report\`).`;
  return inputProblem(relativeToParent(registry.dir, registry.dir), 'member-not-found', message);
}

/** Type guard: did {@link findMember} fail? */
export function isProblem(value: FoundMember | Problem): value is Problem {
  return 'rule' in value;
}
