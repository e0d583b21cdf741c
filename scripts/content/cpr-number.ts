import type { Finding, ScanText } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import { findingAt, selectedRegistryTexts, selectedTexts } from './check-context.ts';
import { findCprNumbers } from './cpr-scan.ts';
import { tableLayout } from './cpr-table.ts';

/**
 * Ensure no CPR number appears in the library (pages and attachments) or the registry, unless the author
 * marked it as a synthetic example on the same line. High confidence is an error, low a warning.
 */
export function checkCprNumbers(ctx: CheckContext): Finding[] {
  return [...selectedTexts(ctx), ...selectedRegistryTexts(ctx)].flatMap((text) => cprFindings(text, ctx.today));
}

/** CPR findings of one text; exported for the corpus tests. */
export function cprFindings(text: ScanText, today: string): Finding[] {
  return findCprNumbers(text.text, { today, layout: tableLayout(text.file, text.text) }).map((f) =>
    findingAt(
      text,
      f.offset,
      f.confidence === 'high' ? 'error' : 'warning',
      `Muligt CPR-nummer ${f.masked} (sikkerhed: ${f.confidence === 'high' ? 'høj' : 'lav'}${
        f.reasons.length ? `; ${f.reasons.join(', ')}` : ''
      }). Fjern nummeret eller erstat det med en pladsholder som [CPR-nummer]. Er det et syntetisk eksempel, så marker det på samme linje med {/* syntetisk-cpr */} (MDX) eller "(syntetisk eksempel)".`,
    ),
  );
}
