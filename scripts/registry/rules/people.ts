import type { Admin, Member, Municipality, Registry, Roster } from '../types.ts';

/** A person listed in the registry: a roster member or an admin. */
export type Listed =
  | { kind: 'member'; person: Member; roster: Roster; municipality?: Municipality }
  | { kind: 'admin'; person: Admin };

/** Municipalities by code; the first wins when a code is duplicated (kommuner-unique reports that). */
export function municipalitiesByCode(registry: Registry): Map<string, Municipality> {
  const out = new Map<string, Municipality>();
  for (const m of registry.kommuner) if (!out.has(m.code)) out.set(m.code, m);
  return out;
}

const cache = new WeakMap<Registry, Listed[]>();

/** Every member (in roster order) followed by every admin. Computed once per registry: rules only read it. */
export function listedPeople(registry: Registry): readonly Listed[] {
  const cached = cache.get(registry);
  if (cached) return cached;
  const byCode = municipalitiesByCode(registry);
  const out: Listed[] = [];
  for (const roster of registry.rosters) {
    const municipality = byCode.get(roster.municipality);
    for (const person of roster.members) {
      out.push(municipality ? { kind: 'member', person, roster, municipality } : { kind: 'member', person, roster });
    }
  }
  for (const person of registry.admins) out.push({ kind: 'admin', person });
  cache.set(registry, out);
  return out;
}

/** "101 København" or "kommune 999" when the code is unknown. */
export function municipalityLabel(code: string, municipality?: Municipality): string {
  return municipality ? `${code} ${municipality.name}` : `kommune ${code}`;
}

/** "Bo Eksempel (bo.eksempel@kk.dk) i 101 København" / "administrator Dorthe Demo (…)". */
export function describe(entry: Listed): string {
  const who = `${entry.person.name} (${entry.person.email})`;
  if (entry.kind === 'admin') return `administrator ${who}`;
  return `${who} i ${municipalityLabel(entry.roster.municipality, entry.municipality)}`;
}

/** Where a listed person is written: the position of their list item. */
export function whereListed(entry: Listed): string {
  const p = entry.person.position;
  return `${p.file}:${p.line}`;
}
