/**
 * The library's standard 5×5 risk scale: Danish labels for likelihood and consequence and the colour of each
 * risk level, the one source of the bands for the Word export and for every hand-written legend. Plain data
 * without docx. The site's `<Risikomatrix />` keeps its own copy of the bands (the site may import only the model);
 * risk-legend.test.ts holds that copy and the library's legends to this file.
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

/** A risk level with the scores that actually occur in the 5×5 matrix, e.g. kritisk 20–25 (no cell scores 17–19). */
export type RiskBand = RiskLevel & {
  /** Lowest score of a matrix cell at this level. */
  readonly from: number;
  /** Highest score of a matrix cell at this level. */
  readonly to: number;
};

/**
 * The levels with the range of scores their cells have: lav 1–4, middel 5–9, høj 10–16, kritisk 20–25. This is
 * what every legend says, in the Word file, on the site and in the library's own text (risk-legend.ts checks it).
 */
export function riskBands(): RiskBand[] {
  const cells = [1, 2, 3, 4, 5].flatMap((likelihood) =>
    [1, 2, 3, 4, 5].map((consequence) => ({
      score: likelihood * consequence,
      level: riskLevel(likelihood, consequence),
    })),
  );
  return RISK_LEVELS.flatMap((level) => {
    const scores = cells.filter((cell) => cell.level === level).map((cell) => cell.score);
    return scores.length > 0 ? [{ ...level, from: Math.min(...scores), to: Math.max(...scores) }] : [];
  });
}

/** The legend sentence: "Grøn = lav (1–4) · Gul = middel (5–9) · Orange = høj (10–16) · Rød = kritisk (20–25)". */
export function riskLegend(): string {
  return riskBands()
    .map((band) => `${band.colorName} = ${band.name.toLowerCase()} (${band.from}–${band.to})`)
    .join(' · ');
}
