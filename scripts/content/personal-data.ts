import type { Finding } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import { findingAt, selectedRegistryTexts, selectedTexts } from './check-context.ts';
import { findPhoneNumbers, findPrivateEmails } from './personal-data-scan.ts';

/**
 * Ensure no private e-mail address appears: in the library a non-municipal, non-placeholder address is a
 * warning; in the registry every member must have a work address, so there it is an error.
 */
export function checkPrivateEmails(ctx: CheckContext): Finding[] {
  const library = selectedTexts(ctx).flatMap((text) =>
    findPrivateEmails(text.text, ctx.registry.domains, true).map((f) =>
      findingAt(
        text,
        f.offset,
        'warning',
        `E-mailadressen ${f.value} er ikke en kommunal adresse eller KL-adresse. Fjern den, eller brug en pladsholder som [e-mail] eller fornavn.efternavn@kommune.dk; er det en offentlig funktionsadresse, så skriv {/* offentlig-kontakt */} på samme linje.`,
      ),
    ),
  );
  const registry = selectedRegistryTexts(ctx).flatMap((text) =>
    findPrivateEmails(text.text, ctx.registry.domains, false).map((f) =>
      findingAt(
        text,
        f.offset,
        'error',
        `E-mailadressen ${f.value} er ikke en arbejdsadresse: domænet står ikke i registry/kommuner.yaml. Brug personens adresse i kommunen eller i KL.`,
      ),
    ),
  );
  return [...library, ...registry];
}

/** Ensure templates carry no personal phone numbers (warning; public switchboards can be marked). */
export function checkPhoneNumbers(ctx: CheckContext): Finding[] {
  return selectedTexts(ctx).flatMap((text) =>
    findPhoneNumbers(text.text).map((f) =>
      findingAt(
        text,
        f.offset,
        'warning',
        `Telefonnummeret ${f.value} ser ud til at tilhøre en person. Erstat det med en pladsholder som [telefonnummer]; er det et offentligt hovednummer, så skriv {/* offentlig-kontakt */} på samme linje.`,
      ),
    ),
  );
}
