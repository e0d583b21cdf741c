import type { Admin, Member, Registry } from '../types.ts';
import type { FileMap } from './git-snapshot.ts';

/** One change between the base registry and the working tree, as plain data. */
export type RegistryChange =
  | { kind: 'member-added'; municipality: string; municipalityName: string; member: Member }
  | { kind: 'member-removed'; municipality: string; municipalityName: string; member: Member }
  | {
      kind: 'member-changed';
      municipality: string;
      municipalityName: string;
      before: Member;
      after: Member;
      fields: string[];
    }
  /** The roster file's text changed (comments, order, renamed file) without any member change. */
  | { kind: 'roster-edited'; municipality: string; municipalityName: string; file: string }
  | { kind: 'admin-added'; admin: Admin }
  | { kind: 'admin-removed'; admin: Admin }
  | { kind: 'admin-changed'; before: Admin; after: Admin; fields: string[] }
  /** Any other changed, added or removed file (kommuner.yaml, policy.yaml, schema, README …). */
  | { kind: 'file-changed'; file: string; status: 'ændret' | 'tilføjet' | 'slettet' };

const ROSTER_FILE = /^kommuner\/[^/]+\.yaml$/;

/** Compare two records field by field, ignoring the loader's places (`position`, `fields`, `items`). */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // The loader's places are not data: a moved line is not a change.
  keys.delete('position');
  keys.delete('fields');
  keys.delete('items');
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

function membersByEmail(registry: Registry): Map<string, Map<string, Member>> {
  const out = new Map<string, Map<string, Member>>();
  for (const roster of registry.rosters) {
    const map = out.get(roster.municipality) ?? new Map<string, Member>();
    for (const m of roster.members) map.set(m.email.toLowerCase(), m);
    out.set(roster.municipality, map);
  }
  return out;
}

function municipalityName(code: string, base: Registry, head: Registry): string {
  return (head.kommuner.find((k) => k.code === code) ?? base.kommuner.find((k) => k.code === code))?.name ?? code;
}

/** Member-level changes per municipality (a member is identified by lower-case e-mail). */
function diffMembers(base: Registry, head: Registry): RegistryChange[] {
  const before = membersByEmail(base);
  const after = membersByEmail(head);
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: RegistryChange[] = [];
  for (const municipality of codes) {
    const name = municipalityName(municipality, base, head);
    const b = before.get(municipality) ?? new Map<string, Member>();
    const a = after.get(municipality) ?? new Map<string, Member>();
    for (const [email, member] of b) {
      const now = a.get(email);
      if (!now) {
        changes.push({ kind: 'member-removed', municipality, municipalityName: name, member });
        continue;
      }
      const fields = changedFields(member, now);
      if (fields.length > 0) {
        changes.push({
          kind: 'member-changed',
          municipality,
          municipalityName: name,
          before: member,
          after: now,
          fields,
        });
      }
    }
    for (const [email, member] of a) {
      if (!b.has(email)) changes.push({ kind: 'member-added', municipality, municipalityName: name, member });
    }
  }
  return changes;
}

function diffAdmins(base: Registry, head: Registry): RegistryChange[] {
  const b = new Map(base.admins.map((x) => [x.email.toLowerCase(), x]));
  const a = new Map(head.admins.map((x) => [x.email.toLowerCase(), x]));
  const changes: RegistryChange[] = [];
  for (const [email, admin] of b) {
    const now = a.get(email);
    if (!now) changes.push({ kind: 'admin-removed', admin });
    else {
      const fields = changedFields(admin, now);
      if (fields.length > 0) changes.push({ kind: 'admin-changed', before: admin, after: now, fields });
    }
  }
  for (const [email, admin] of a) if (!b.has(email)) changes.push({ kind: 'admin-added', admin });
  return changes;
}

/**
 * Everything that differs between the base and the working tree: member and admin changes from the loaded data,
 * and file-level changes from the raw texts so that a comment-only edit is still seen (and still needs approval).
 * `prefix` is the registry directory relative to the repository root, used to name files.
 */
export function diffRegistries(
  base: Registry,
  head: Registry,
  baseFiles: FileMap,
  headFiles: FileMap,
  prefix: string,
): RegistryChange[] {
  const memberChanges = diffMembers(base, head);
  const adminChanges = diffAdmins(base, head);
  const touched = new Set(memberChanges.map((c) => ('municipality' in c ? c.municipality : '')));
  const fileChanges: RegistryChange[] = [];
  const rosterCode = (registry: Registry, rel: string) =>
    registry.rosters.find((r) => r.file.endsWith(`/${rel}`) || r.file === rel)?.municipality;
  const paths = [...new Set([...baseFiles.keys(), ...headFiles.keys()])].sort();
  for (const rel of paths) {
    const old = baseFiles.get(rel);
    const now = headFiles.get(rel);
    if (old && now && Buffer.compare(old, now) === 0) continue;
    const file = prefix ? `${prefix}/${rel}` : rel;
    if (ROSTER_FILE.test(rel)) {
      const code = rosterCode(head, rel) ?? rosterCode(base, rel);
      if (code !== undefined) {
        if (!touched.has(code)) {
          touched.add(code);
          const municipalityNameText = municipalityName(code, base, head);
          fileChanges.push({ kind: 'roster-edited', municipality: code, municipalityName: municipalityNameText, file });
        }
        continue;
      }
    }
    if (rel === 'admins.yaml' && adminChanges.length > 0) continue;
    const status = old === undefined ? 'tilføjet' : now === undefined ? 'slettet' : 'ændret';
    fileChanges.push({ kind: 'file-changed', file, status });
  }
  return [...memberChanges, ...fileChanges, ...adminChanges];
}
