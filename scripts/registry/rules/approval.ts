import type { RuleContext } from './context.ts';
import { municipalitiesByCode, municipalityLabel } from './people.ts';

/**
 * Ensure `approved_by` is a contact person of the member's own municipality or an admin, and never the
 * member themself.
 */
export function approvedBy(ctx: RuleContext): void {
  const admins = new Set(ctx.registry.admins.map((a) => a.email));
  const byCode = municipalitiesByCode(ctx.registry);
  for (const roster of ctx.registry.rosters) {
    const contacts = new Set(roster.members.filter((m) => m.contact).map((m) => m.email));
    const label = municipalityLabel(roster.municipality, byCode.get(roster.municipality));
    for (const member of roster.members) {
      const at = member.fields.approved_by ?? member.position;
      if (member.approved_by === member.email) {
        ctx.error(
          at,
          `${member.name} kan ikke godkende sig selv; skriv e-mailen på en anden kontaktperson i ${label} eller en administrator`,
        );
      } else if (!contacts.has(member.approved_by) && !admins.has(member.approved_by)) {
        ctx.error(
          at,
          `${member.name}: approved_by ${member.approved_by} er hverken kontaktperson i ${label} eller administrator; skriv e-mailen på den, der godkendte`,
        );
      }
    }
  }
}
