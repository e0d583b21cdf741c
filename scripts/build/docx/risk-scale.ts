/**
 * The library's standard 5×5 risk scale: Danish labels for likelihood and consequence and the colour of each
 * risk level. Plain data without docx, so the site's `<Risikomatrix />` component can use the same scale and
 * colours as the Word export.
 */

/** Likelihood (sandsynlighed) 1–5, lowest first. */
export const LIKELIHOOD_LABELS = [
  'Meget usandsynlig',
  'Usandsynlig',
  'Mulig',
  'Sandsynlig',
  'Meget sandsynlig',
] as const;

/** Consequence (konsekvens) 1–5, lowest first. */
export const CONSEQUENCE_LABELS = ['Ubetydelig', 'Mindre', 'Moderat', 'Alvorlig', 'Kritisk'] as const;

/** A risk level: the scores it covers (likelihood × consequence) and its traffic-light colour. */
export type RiskLevel = {
  /** Danish name shown in the legend. */
  readonly name: string;
  /** Colour name in Danish, for the legend. */
  readonly colorName: string;
  /** Highest score of the level; the lowest is one above the previous level's `max`. */
  readonly max: number;
  /** Background colour as hex without `#`: the site's `.risk-*` colours (site.css), light enough for black text. */
  readonly fill: string;
};

/** Risk levels from low to critical. */
export const RISK_LEVELS: readonly RiskLevel[] = [
  { name: 'Lav', colorName: 'Grøn', max: 4, fill: 'B7E1B0' },
  { name: 'Middel', colorName: 'Gul', max: 9, fill: 'FBE59A' },
  { name: 'Høj', colorName: 'Orange', max: 16, fill: 'F8BE8A' },
  { name: 'Kritisk', colorName: 'Rød', max: 25, fill: 'F2A5A5' },
];

/**
 * The risk level of a cell in the matrix.
 * @param likelihood 1–5.
 * @param consequence 1–5.
 */
export function riskLevel(likelihood: number, consequence: number): RiskLevel {
  const score = likelihood * consequence;
  const level = RISK_LEVELS.find((candidate) => score <= candidate.max) ?? RISK_LEVELS[RISK_LEVELS.length - 1];
  if (!level) throw new Error('RISK_LEVELS must not be empty');
  return level;
}

/** The legend sentence, e.g. "Grøn = lav (1–4) · Gul = middel (5–9) · …". */
export function riskLegend(): string {
  let min = 1;
  return RISK_LEVELS.map((level) => {
    const text = `${level.colorName} = ${level.name.toLowerCase()} (${min}–${level.max})`;
    min = level.max + 1;
    return text;
  }).join(' · ');
}
