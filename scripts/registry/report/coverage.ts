import { confirmationStatus, isRealDate } from '#model/dates.ts';
import type { Registry } from '../types.ts';

/** Coverage of one municipality. */
export interface MunicipalityCoverage {
  code: string;
  name: string;
  region: string;
  contacts: number;
  kerne: number;
  bred: number;
  /** Members whose confirmation has expired. */
  expired: number;
  /** Members whose confirmation expires within the warning window. */
  expiring: number;
}

/** A member whose confirmation needs attention. */
export interface ConfirmationDue {
  code: string;
  municipality: string;
  name: string;
  email: string;
  confirmed: string;
  expires: string;
  daysLeft: number;
  state: 'expired' | 'expiring';
}

/** The whole report: per municipality, the people to chase, and totals. */
export interface CoverageReport {
  today: string;
  totals: {
    municipalities: number;
    withMembers: number;
    withoutMembers: number;
    withoutContact: number;
    members: number;
    kerne: number;
    bred: number;
    contacts: number;
    admins: number;
    expired: number;
    expiring: number;
  };
  municipalities: MunicipalityCoverage[];
  /** Municipalities with no members at all. */
  nobody: { code: string; name: string }[];
  /** Expired first, then soonest expiry. */
  due: ConfirmationDue[];
}

/** Compute coverage of every municipality in kommuner.yaml on `today` (pure). */
export function coverageReport(registry: Registry, today: string): CoverageReport {
  const rosterByCode = new Map(registry.rosters.map((r) => [r.municipality, r]));
  const municipalities: MunicipalityCoverage[] = [];
  const due: ConfirmationDue[] = [];
  for (const m of registry.kommuner) {
    const members = rosterByCode.get(m.code)?.members ?? [];
    const row: MunicipalityCoverage = {
      code: m.code,
      name: m.name,
      region: m.region,
      contacts: 0,
      kerne: 0,
      bred: 0,
      expired: 0,
      expiring: 0,
    };
    for (const p of members) {
      row[p.tier]++;
      if (p.contact) row.contacts++;
      if (!isRealDate(p.confirmed)) continue;
      const s = confirmationStatus(p.confirmed, registry.policy, today);
      if (s.state === 'valid') continue;
      row[s.state]++;
      due.push({
        code: m.code,
        municipality: m.name,
        name: p.name,
        email: p.email,
        confirmed: p.confirmed,
        expires: s.expires,
        daysLeft: s.daysLeft,
        state: s.state,
      });
    }
    municipalities.push(row);
  }
  municipalities.sort((a, b) => a.code.localeCompare(b.code));
  due.sort((a, b) => a.daysLeft - b.daysLeft || a.code.localeCompare(b.code) || a.email.localeCompare(b.email));
  const sum = (key: 'contacts' | 'kerne' | 'bred' | 'expired' | 'expiring') =>
    municipalities.reduce((n, r) => n + r[key], 0);
  const withMembers = municipalities.filter((r) => r.kerne + r.bred > 0);
  return {
    today,
    totals: {
      municipalities: municipalities.length,
      withMembers: withMembers.length,
      withoutMembers: municipalities.length - withMembers.length,
      withoutContact: municipalities.filter((r) => r.contacts === 0).length,
      members: sum('kerne') + sum('bred'),
      kerne: sum('kerne'),
      bred: sum('bred'),
      contacts: sum('contacts'),
      admins: registry.admins.length,
      expired: sum('expired'),
      expiring: sum('expiring'),
    },
    municipalities,
    nobody: municipalities.filter((r) => r.kerne + r.bred === 0).map((r) => ({ code: r.code, name: r.name })),
    due,
  };
}
