/**
 * An experience names a person to ask (`contact`). That person must be a registry member of the municipality
 * the experience belongs to (`owner`), so that the address on the page reaches someone who knows the story, and
 * a shared experience (`audience: alle`) must name someone the broad tier may see.
 */
import { memberMayBeNamed, memberShownInTier } from '#model/registry-members.ts';
import type { ExperienceEntry, Finding } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';

const error = (message: string) => ({ severity: 'error' as const, message });

/** "Aarhus (751)", or the code alone when kommuner.yaml does not know it. */
function municipality(ctx: CheckContext, code: string): string {
  const name = ctx.registry.municipalities.get(code);
  return name ? `${name} (${code})` : code;
}

function contactProblem(
  ctx: CheckContext,
  entry: ExperienceEntry,
): { severity: 'error' | 'warning'; message: string } | undefined {
  const { contact, owner, audience } = entry.data;
  const owners = municipality(ctx, owner);
  const member = ctx.registry.members.byMunicipality.get(owner)?.get(contact);
  if (!member) {
    const elsewhere = ctx.registry.members.byEmail.get(contact);
    if (elsewhere) {
      const other = municipality(ctx, elsewhere.municipality);
      return error(
        `Kontakten ${contact} er medlem af ${other}, ikke af ${owners}. Skriv owner: "${elsewhere.municipality}", hvis erfaringen kommer derfra, eller skriv e-mailen på et medlem af ${owners}.`,
      );
    }
    return error(
      `Kontakten ${contact} er ikke medlem af ${owners} i registret. Skriv e-mailen på et medlem fra kommunens liste i registry/kommuner/, eller bed kommunens kontaktperson om at optage personen først.`,
    );
  }
  if (audience === 'alle' && !memberShownInTier(member, 'bred')) {
    return error(
      `Erfaringen er for alle (audience: alle), men kontakten ${contact} er kun med i kernenetværket, så adressen må ikke vises for Databeskyttelse og Sikkerhed. Vælg en kontakt med tier: bred eller en kontaktperson i ${owners}, eller skriv audience: kerne.`,
    );
  }
  if (!memberMayBeNamed(member)) {
    return {
      severity: 'warning',
      message: `Kontakten ${contact} har fravalgt medlemslisten (vis_i_medlemsliste: false), så siden viser i stedet kontaktpersonerne for ${owners}. Vælg en kontakt, der står på medlemslisten, hvis læserne skal kunne spørge den, der har erfaringen.`,
    };
  }
  return undefined;
}

/**
 * Ensure every experience's contact is a registry member of its owner municipality, and that a shared experience
 * names a broad member or a contact person. Library-wide: removing someone from a roster must flag the
 * experiences that name them, changed or not. Skipped when kommuner.yaml cannot be read (`registry-unreadable`).
 */
export function checkExperienceContacts(ctx: CheckContext): Finding[] {
  if (ctx.registry.problems.length > 0) return [];
  return ctx.library.experiences.flatMap((entry) => {
    const problem = contactProblem(ctx, entry);
    if (!problem) return [];
    return [{ file: entry.file, ...entry.position(entry.offsetOf(['contact'], true)), ...problem }];
  });
}
