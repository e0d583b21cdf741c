import type { Problem } from '../problems/problem.ts';
import type { CheckContext } from './check-context.ts';
import { problemAt, selectedRegistryTexts, selectedTexts } from './check-context.ts';
import { findCprNumbers } from './cpr-scan.ts';
import { tableLayout } from './cpr-table.ts';
import type { ScanText } from './library-types.ts';

/**
 * Ensure no CPR number appears in the library (pages and attachments) or the registry, unless the author
 * marked it as a synthetic example on the same line. High confidence is an error, low a warning.
 */
export function checkCprNumbers(ctx: CheckContext): Problem[] {
  return [...selectedTexts(ctx), ...selectedRegistryTexts(ctx)].flatMap((text) => cprProblems(text, ctx.today));
}

/** CPR problems of one text; exported for the corpus tests. */
export function cprProblems(text: ScanText, today: string): Problem[] {
  return findCprNumbers(text.text, { today, layout: tableLayout(text.file, text.text) }).map((f) =>
    problemAt(
      text,
      f.offset,
      'cpr-number',
      f.confidence === 'high' ? 'error' : 'warning',
      `Muligt CPR-nummer ${f.masked} (sikkerhed: ${f.confidence === 'high' ? 'høj' : 'lav'}${
        f.reasons.length ? `; ${f.reasons.join(', ')}` : ''
      }). Fjern nummeret eller erstat det med en pladsholder som [CPR-nummer]. Er det et syntetisk eksempel, så marker det på samme linje med {/* syntetisk-cpr */} (MDX) eller "(syntetisk eksempel)".`,
    ),
  );
}
