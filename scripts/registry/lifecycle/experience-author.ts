/**
 * Who may share an experience through the "Del en erfaring" form: a registry member, found by the issue author's
 * GitHub login (case-insensitively), writing about their own municipality. The member's work e-mail becomes the
 * experience's contact. The municipality value is judged before the person, as for access requests: a wrong value
 * is the form's fault, not the author's.
 */
import { asciiSlug } from '#model/ascii-slug.ts';
import type { ExperienceAuthorDecision, ExperienceAuthority } from '#model/library/experience-form.ts';
import { municipalityOption } from '../issue-form.ts';
import type { Municipality, Registry } from '../types.ts';
import { mentions } from './mentions.ts';
import { resolveMunicipality } from './municipality-choice.ts';

/** The registry's answer to experience requests by the GitHub user `login`. */
export function experienceAuthority(registry: Registry, login: string): ExperienceAuthority {
  const domains = [...registry.kl.domains, ...registry.kommuner.flatMap((k) => k.domains)];
  return {
    ownerCodes: new Set(registry.kommuner.map((k) => k.code)),
    workDomains: new Set(domains.map((d) => d.toLowerCase())),
    judge: (municipality) => judgeAuthor(registry, login, municipality),
  };
}

/** Ensure the author is a member of the municipality the form names. */
export function judgeAuthor(registry: Registry, login: string, value: string): ExperienceAuthorDecision {
  const choice = resolveMunicipality(value, registry);
  if (!choice.ok) return { ok: false, answer: choice.message };
  if (choice.kl) {
    return refuse(
      'KL er ikke en kommune: en erfaring deles af den kommune, der bruger produktet eller løsningen. ' +
        'Ret linjen under «Kommune» i sagen til din egen kommune, så prøver robotten igen.',
    );
  }
  const { municipality } = choice;
  const who = login.toLowerCase();
  const roster = registry.rosters.find((r) => r.municipality === municipality.code);
  const member = roster?.members.find((m) => m.github?.toLowerCase() === who);
  if (member) {
    const owner = {
      code: municipality.code,
      name: municipality.name,
      fullName: municipality.full_name,
      slug: asciiSlug(municipality.name),
    };
    return { ok: true, owner, contact: { name: member.name, email: member.email.toLowerCase() } };
  }
  const chosen = municipalityOption(municipality);
  const contacts = mentions(roster?.members.filter((m) => m.contact) ?? [], 'KL');
  const home = registry.rosters.find((r) => r.members.some((m) => m.github?.toLowerCase() === who));
  const homeMunicipality = registry.kommuner.find((k) => k.code === home?.municipality);
  if (homeMunicipality) {
    const own = municipalityOption(homeMunicipality);
    return refuse(
      `@${login} er medlem for ${own}, men sagen handler om ${chosen}. Du kan kun dele din egen kommunes erfaringer. ` +
        `Er erfaringen fra ${own}, så ret linjen under «Kommune» i sagen til «${own}», så prøver robotten igen. ` +
        `Er den fra ${municipality.name}, så bed et medlem derfra om at dele den (kontaktperson: ${contacts}).`,
    );
  }
  if (registry.admins.some((a) => a.github?.toLowerCase() === who)) {
    return refuse(
      `@${login} er administrator i KL, ikke medlem for ${chosen}, og en erfaring deles af kommunens egne medlemmer. ` +
        `Bed et medlem i ${municipality.name} om at dele den (kontaktperson: ${contacts}).`,
    );
  }
  return refuse(notMember(login, municipality, contacts));
}

/** The answer for a login the registry does not know: how to get the login into the registry, or whom to ask. */
function notMember(login: string, municipality: Municipality, contacts: string): string {
  return (
    `@${login} står ikke i Sikkerhedsnets register med det GitHub-brugernavn, så erfaringen kan ikke deles automatisk: ` +
    'kun medlemmer kan dele deres egen kommunes erfaringer, og robotten finder medlemmet ud fra GitHub-brugernavnet. ' +
    `Er du medlem i ${municipality.name}, så bed kommunens kontaktperson (${contacts}) om at skrive dit ` +
    'GitHub-brugernavn i registret (feltet github). Når ændringen er godkendt, kan du rette sagen, så prøver robotten igen.'
  );
}

function refuse(answer: string): ExperienceAuthorDecision {
  return { ok: false, answer };
}
