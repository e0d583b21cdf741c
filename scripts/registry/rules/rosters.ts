import path from 'node:path';
import { rosterFileName } from '../file-names.ts';
import type { RuleContext } from './context.ts';
import { municipalitiesByCode } from './people.ts';

/** Ensure every roster names a municipality that exists in kommuner.yaml. */
export function municipalityExists(ctx: RuleContext): void {
  const byCode = municipalitiesByCode(ctx.registry);
  for (const roster of ctx.registry.rosters) {
    if (byCode.has(roster.municipality)) continue;
    ctx.error(
      roster.position,
      `kommunekoden "${roster.municipality}" findes ikke i kommuner.yaml; ret koden til kommunens officielle tre cifre`,
    );
  }
}

/** Ensure each municipality has at most one roster file. */
export function rosterUnique(ctx: RuleContext): void {
  const first = new Map<string, string>();
  for (const roster of ctx.registry.rosters) {
    const seen = first.get(roster.municipality);
    if (seen === undefined) first.set(roster.municipality, roster.file);
    else {
      ctx.error(
        roster.position,
        `kommune ${roster.municipality} har allerede en fil (${seen}); flyt medlemmerne dertil og slet denne fil`,
      );
    }
  }
}

/** Ensure a roster's file name is `<code>-<ascii name>.yaml` for the municipality it names. */
export function rosterFileNameMatches(ctx: RuleContext): void {
  const byCode = municipalitiesByCode(ctx.registry);
  for (const roster of ctx.registry.rosters) {
    const municipality = byCode.get(roster.municipality);
    if (!municipality) continue; // municipality-exists reports it
    const expected = rosterFileName(municipality.code, municipality.name);
    const actual = path.posix.basename(roster.file);
    if (actual === expected) continue;
    ctx.error(
      { file: roster.file, line: 1, column: 1 },
      `filen hører til ${municipality.code} ${municipality.name} og skal hedde ${expected}; omdøb filen (eller ret "municipality")`,
    );
  }
}
