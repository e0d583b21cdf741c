import type { RuleContext } from './context.ts';
import { municipalitiesByCode, municipalityLabel } from './people.ts';

/** Warn when a municipality that has a roster has no contact person (nobody can approve its changes). */
export function contactMissing(ctx: RuleContext): void {
  const byCode = municipalitiesByCode(ctx.registry);
  for (const roster of ctx.registry.rosters) {
    if (roster.members.some((m) => m.contact)) continue;
    ctx.warning(
      roster.position,
      `${municipalityLabel(roster.municipality, byCode.get(roster.municipality))} har ingen kontaktperson; sæt contact: true på et kerne-medlem (kræver godkendelse fra en administrator)`,
    );
  }
}

/** Ensure a contact person is in tier kerne. */
export function contactTier(ctx: RuleContext): void {
  for (const roster of ctx.registry.rosters) {
    for (const m of roster.members) {
      if (!m.contact || m.tier === 'kerne') continue;
      ctx.error(
        m.fields.contact ?? m.position,
        `${m.name} er kontaktperson men har tier: ${m.tier}; en kontaktperson skal have tier: kerne`,
      );
    }
  }
}
