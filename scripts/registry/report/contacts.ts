import { toCsv } from '#model/csv.ts';
import type { Registry } from '../types.ts';

/** A contact person, for meeting invitations. */
export interface ContactRow {
  code: string;
  municipality: string;
  region: string;
  name: string;
  email: string;
  title: string;
}

/** Every contact person, by municipality code then name (pure). */
export function contactList(registry: Registry): ContactRow[] {
  const byCode = new Map(registry.kommuner.map((m) => [m.code, m]));
  const rows: ContactRow[] = [];
  for (const roster of registry.rosters) {
    const m = byCode.get(roster.municipality);
    for (const p of roster.members) {
      if (!p.contact) continue;
      rows.push({
        code: roster.municipality,
        municipality: m?.name ?? '',
        region: m?.region ?? '',
        name: p.name,
        email: p.email,
        title: p.title,
      });
    }
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'da'));
}

/** The contact list as CSV for Danish Excel (see csv.ts); `separator` `,` for other programs. */
export function contactsCsv(rows: readonly ContactRow[], separator: ';' | ',' = ';'): string {
  return toCsv(
    ['kode', 'kommune', 'region', 'navn', 'email', 'stilling'],
    rows.map((r) => [r.code, r.municipality, r.region, r.name, r.email, r.title]),
    separator,
  );
}
