import type { Finding } from '../library/types.ts';
import type { CheckContext } from './check-context.ts';
import { findingAt, selectedTexts } from './check-context.ts';

/** Levels above internal use, lower-case, longest first so "strengt fortrolig" wins over "fortrolig". */
const LEVELS = 'strengt fortrolig|yderst hemmelig|tophemmelig|fortrolig|hemmelig';

/** A key-value line such as `klassifikation: fortrolig` (frontmatter, a table cell or a bold label). */
const KEY_VALUE = new RegExp(
  `(?<![\\p{L}])(klassifikation|klassificering|sikkerhedsklassifikation)(\\*\\*|__)?\\s*[:=]\\s*(\\*\\*|__)?\\s*["']?(${LEVELS})(t|e)?(?![\\p{L}])`,
  'giu',
);
/** An upper-case marking in the text, e.g. a "FORTROLIGT" stamp or header. */
const MARKING = /(?<![\p{L}"'`“”»«])(STRENGT FORTROLIGT?|FORTROLIGT?|HEMMELIGT?)(?![\p{L}"'`“”»«])/gu;

export interface ClassificationFinding {
  offset: number;
  level: string;
}

/**
 * Classification markings above internal use. A marking written in quotes or backticks (a policy that
 * explains the levels, e.g. 'mærkes "FORTROLIGT"') is a mention, not a marking, and is skipped.
 */
export function findClassification(text: string): ClassificationFinding[] {
  const found: ClassificationFinding[] = [];
  for (const m of text.matchAll(KEY_VALUE)) {
    found.push({ offset: m.index, level: `${m[1]?.toLowerCase()}: ${m[4]?.toLowerCase()}${m[5] ?? ''}` });
  }
  for (const m of text.matchAll(MARKING)) {
    if (found.some((f) => Math.abs(f.offset - m.index) < 40)) continue;
    found.push({ offset: m.index, level: m[1] ?? '' });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Ensure nothing classified above internal use is in the library: confidential material is shared
 * bilaterally between municipalities, never through the network.
 */
export function checkClassification(ctx: CheckContext): Finding[] {
  return selectedTexts(ctx).flatMap((text) =>
    findClassification(text.text).map((f) =>
      findingAt(
        text,
        f.offset,
        'error',
        `Materialet er mærket "${f.level}". Fortroligt materiale deles bilateralt mellem kommuner, aldrig i biblioteket: fjern indholdet, eller fjern mærkningen hvis materialet kun er til intern brug.`,
      ),
    ),
  );
}
