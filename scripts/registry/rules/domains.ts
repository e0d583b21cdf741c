import type { RuleContext } from './context.ts';
import { listedPeople, municipalityLabel } from './people.ts';

/** Ensure a member's e-mail is on their municipality's domain, and an admin's on KL's. */
export function emailDomain(ctx: RuleContext): void {
  const kl = ctx.registry.kl;
  for (const entry of listedPeople(ctx.registry)) {
    const domain = entry.person.email.split('@')[1] ?? '';
    const at = entry.person.fields.email ?? entry.person.position;
    if (entry.kind === 'admin') {
      if (!kl.domains.includes(domain)) {
        ctx.error(
          at,
          `administrator ${entry.person.name}: e-mailen ${entry.person.email} er ikke på et af domænerne for ${kl.name} (${kl.domains.join(', ')}); brug arbejdsadressen`,
        );
      }
      continue;
    }
    if (!entry.municipality) continue; // municipality-exists reports it
    if (entry.municipality.domains.includes(domain)) continue;
    const label = municipalityLabel(entry.roster.municipality, entry.municipality);
    ctx.error(
      at,
      `${entry.person.name}: e-mailen ${entry.person.email} er ikke på et af domænerne for ${label} (${entry.municipality.domains.join(', ')}); brug personens arbejdsadresse i kommunen`,
    );
  }
}
