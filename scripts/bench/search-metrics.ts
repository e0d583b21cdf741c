/**
 * Scores of `npm run bench:search`: for each query the rank of the first expected page among the results as the
 * search page lists them; hit@1, hit@5 and the mean reciprocal rank over the queries that expect pages, and for
 * nonsense queries (which expect none) the share that found nothing. Printed as a table, each variant beside the
 * baseline measured in the same run.
 */

export interface QueryRun {
  q: string;
  kind: string;
  expect: readonly string[];
  /** Result paths in the order listed. */
  results: readonly string[];
  bytes: number;
}

export interface Scores {
  /** Queries that expect pages. */
  answerable: number;
  hit1: number;
  hit5: number;
  mrr: number;
  /** Nonsense queries, and how many of them found nothing. */
  nonsense: number;
  nonsenseEmpty: number;
  /** Median bytes the gate sent for one search (cold cache). */
  medianBytes: number;
}

/** The 1-based rank of the first expected page in `results`, or undefined. */
export function rankOf(results: readonly string[], expect: readonly string[]): number | undefined {
  const i = results.findIndex((r) => expect.includes(r));
  return i < 0 ? undefined : i + 1;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function score(runs: readonly QueryRun[]): Scores {
  const answerable = runs.filter((r) => r.expect.length > 0);
  const ranks = answerable.map((r) => rankOf(r.results, r.expect));
  const share = (n: number) => (answerable.length === 0 ? 0 : n / answerable.length);
  const nonsense = runs.filter((r) => r.expect.length === 0);
  return {
    answerable: answerable.length,
    hit1: share(ranks.filter((k) => k === 1).length),
    hit5: share(ranks.filter((k) => k !== undefined && k <= 5).length),
    mrr: share(ranks.reduce<number>((sum, k) => sum + (k ? 1 / k : 0), 0)),
    nonsense: nonsense.length,
    nonsenseEmpty: nonsense.filter((r) => r.results.length === 0).length,
    medianBytes: median(runs.map((r) => r.bytes)),
  };
}

/** hit@5 per query kind, "compound 0.92". */
export function hit5ByKind(runs: readonly QueryRun[]): Map<string, { n: number; hit5: number }> {
  const kinds = new Map<string, { n: number; hits: number }>();
  for (const r of runs) {
    if (r.expect.length === 0) continue;
    const k = kinds.get(r.kind) ?? { n: 0, hits: 0 };
    k.n += 1;
    const rank = rankOf(r.results, r.expect);
    if (rank !== undefined && rank <= 5) k.hits += 1;
    kinds.set(r.kind, k);
  }
  return new Map([...kinds].map(([kind, k]) => [kind, { n: k.n, hit5: k.hits / k.n }]));
}

export interface Row {
  name: string;
  runs: readonly QueryRun[];
}

const fixed = (n: number) => n.toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** One table per tier: a row per variant, ratios against `rows[baseline]`. */
export function formatTable(rows: readonly Row[], baseline: number): string {
  const scores = rows.map((r) => score(r.runs));
  const base = scores[baseline] as Scores;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `×${(a / b).toFixed(2)}`);
  const main = table(
    [
      'Variant',
      'hit@1',
      'hit@5',
      'MRR',
      'hit@5 mod basis',
      'nonsens uden fund',
      'bytes pr. søgning (median)',
      'bytes mod basis',
    ],
    rows.map((r, i) => {
      const s = scores[i] as Scores;
      return [
        r.name,
        fixed(s.hit1),
        fixed(s.hit5),
        fixed(s.mrr),
        ratio(s.hit5, base.hit5),
        `${s.nonsenseEmpty}/${s.nonsense}`,
        kb(s.medianBytes),
        ratio(s.medianBytes, base.medianBytes),
      ];
    }),
  );
  const kinds = [...hit5ByKind(rows[0]?.runs ?? []).keys()].sort();
  const byKind = table(
    ['hit@5 pr. slags', ...kinds.map((k) => `${k} (${hit5ByKind(rows[0]?.runs ?? []).get(k)?.n ?? 0})`)],
    rows.map((r) => {
      const per = hit5ByKind(r.runs);
      return [r.name, ...kinds.map((k) => fixed(per.get(k)?.hit5 ?? 0))];
    }),
  );
  return `${main}\n\n${byKind}\n`;
}

/** The queries a variant misses (no expected page in the top 5), for the report under the table. */
export function misses(runs: readonly QueryRun[]): string[] {
  return runs
    .filter((r) => (r.expect.length === 0 ? r.results.length > 0 : (rankOf(r.results, r.expect) ?? 99) > 5))
    .map((r) => `${r.kind} »${r.q}« → ${r.results.slice(0, 3).join(', ') || 'ingen resultater'}`);
}
