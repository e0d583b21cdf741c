/**
 * Vendors are gathered on one page per vendor (`/leverandoerer/<slug>/`, the slug from `vendorSlug`), so
 * "Microsoft" and "Microsoft A/S" already share a page; but the page, the search filter and the CSV show one
 * spelling, and authors copy what they see. Different spellings of one vendor are a warning that names the
 * other places and suggests the spelling most experiences use.
 */
import { vendorSlug } from '#model/library/experience.ts';
import type { ExperienceEntry, Finding } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';

/** `file:line:column` of an experience's vendor value. */
function placeOf(entry: ExperienceEntry): string {
  const { line, column } = entry.position(entry.offsetOf(['vendor'], true));
  return `${entry.file}:${line}:${column}`;
}

/** The spelling most entries use; a tie goes to the one that comes first in path order. */
function suggestedSpelling(entries: readonly ExperienceEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.data.vendor, (counts.get(e.data.vendor) ?? 0) + 1);
  let best = '';
  for (const [spelling, count] of counts) if (count > (counts.get(best) ?? 0)) best = spelling;
  return best;
}

/**
 * Ensure one vendor is spelled one way: experiences whose vendors reduce to the same page slug (legal forms,
 * case and punctuation aside, #model/library/experience.ts `normalizeVendor`) but are written differently get a
 * warning at each spelling that is not the suggested one, naming where the other spellings are.
 */
export function checkVendorNearDuplicates(ctx: CheckContext): Finding[] {
  const groups = new Map<string, ExperienceEntry[]>();
  for (const entry of ctx.library.experiences) {
    const slug = vendorSlug(entry.data.vendor);
    groups.set(slug, [...(groups.get(slug) ?? []), entry]);
  }
  const findings: Finding[] = [];
  for (const entries of groups.values()) {
    const firstBySpelling = new Map<string, ExperienceEntry>();
    for (const e of entries) if (!firstBySpelling.has(e.data.vendor)) firstBySpelling.set(e.data.vendor, e);
    if (firstBySpelling.size < 2) continue;
    const suggested = suggestedSpelling(entries);
    for (const entry of entries) {
      const own = entry.data.vendor;
      if (own === suggested) continue;
      const others = [...firstBySpelling]
        .filter(([spelling]) => spelling !== own)
        .map(([spelling, first]) => `"${spelling}" i ${placeOf(first)}`)
        .join(' og ');
      findings.push({
        file: entry.file,
        ...entry.position(entry.offsetOf(['vendor'], true)),
        severity: 'warning',
        message: `Leverandøren "${own}" er vist den samme som ${others}. Skriv leverandøren ens alle steder, fx "${suggested}", så erfaringerne står under ét navn på leverandørsiden og i søgefilteret.`,
      });
    }
  }
  return findings;
}
