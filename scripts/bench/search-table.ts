/**
 * The table of `npm run bench:search-latency`: medians per gate and visit, ratios against the baseline gate
 * measured in the same run, and the targets (warm ≤ 150 ms, cold ≤ 500 ms from Enter to the first result).
 */

/** One measured visit. */
export interface Sample {
  /** Enter → first rendered result. */
  ms: number;
  /** Navigation start → search ready (NaN when the visit did not wait for it). */
  readyMs: number;
  /** Bytes the gate sent for the visit, headers included. */
  bytes: number;
  /** Answers of the gate other than 304, and 304s. */
  full: number;
  notModified: number;
}

export type Visits = Record<'cold' | 'warm', Sample[]>;

export interface GateResults {
  name: string;
  /** Enter in the search page's own box, once the search is ready. */
  onPage: Visits;
  /** Enter in the header's search box on the front page: navigation, Pagefind's load and the search. */
  fromHeader: Visits;
  /** Pagefind's search and the first 20 results' data, called directly on a warm search page. */
  direct: number[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const stat = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
const ms = (samples: Sample[], key: keyof Sample) => `${stat(samples, key).toFixed(0)} ms`;
const ratio = (a: Sample[], b: Sample[], key: keyof Sample) => (stat(a, key) / stat(b, key)).toFixed(2);
const verdict = (value: number, target: number) => `${value.toFixed(0)} ms ${value <= target ? 'OK' : 'IKKE NÅET'}`;

function row(gate: GateResults, kind: 'cold' | 'warm'): string {
  const page = gate.onPage[kind];
  const cells = [
    gate.name,
    kind === 'cold' ? 'kold' : 'varm',
    ms(page, 'ms'),
    ms(gate.fromHeader[kind], 'ms'),
    ms(page, 'readyMs'),
    `${(stat(page, 'bytes') / 1000).toFixed(1)} kB`,
    `${stat(page, 'full')}/${stat(page, 'notModified')}`,
  ];
  const widths = [14, 5, 18, 19, 20, 18, 12];
  return `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
}

/** The printed result: `before` is the baseline gate (`no-store`), `after` the gate with private caching. */
export function formatTable(before: GateResults, after: GateResults): string {
  const lines = [
    '| gate           | besøg | Enter på søgesiden | Enter i sidehovedet | søgesiden klar efter | overført pr. besøg | svar 200/304 |',
    '| -------------- | ----- | -----------------: | ------------------: | -------------------: | -----------------: | -----------: |',
    row(before, 'cold'),
    row(before, 'warm'),
    row(after, 'cold'),
    row(after, 'warm'),
    '',
    'Enter … = tid fra Enter til første viste resultat; overført og svar: besøget på søgesiden, målt ved gaten.',
  ];
  for (const [label, key] of [
    ['Enter på søgesiden', 'onPage'],
    ['Enter i sidehovedet', 'fromHeader'],
  ] as const) {
    const [b, a] = [before[key], after[key]];
    lines.push(
      `${label}: privat cache / no-store: kold ${ratio(a.cold, b.cold, 'ms')}, varm ${ratio(a.warm, b.warm, 'ms')}; ` +
        `varm / kold (privat cache): ${ratio(a.warm, a.cold, 'ms')}; ` +
        `mål varm ≤ 150 ms: ${verdict(stat(a.warm, 'ms'), 150)}, kold ≤ 500 ms: ${verdict(stat(a.cold, 'ms'), 500)}`,
    );
  }
  lines.push(
    `bytes pr. besøg, privat cache / no-store: kold ${ratio(after.onPage.cold, before.onPage.cold, 'bytes')}, ` +
      `varm ${ratio(after.onPage.warm, before.onPage.warm, 'bytes')}`,
    `Pagefind kaldt direkte (søgning + de første 20 resultaters data, varm side): ${median(after.direct).toFixed(0)} ms ` +
      `(no-store: ${median(before.direct).toFixed(0)} ms)`,
    '',
  );
  return lines.join('\n');
}
