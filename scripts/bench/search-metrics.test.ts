import { describe, expect, it } from 'vitest';
import { formatTable, hit5ByKind, misses, type QueryRun, rankOf, score } from './search-metrics.ts';

const run = (q: string, kind: string, expect: string[], results: string[], bytes = 1000): QueryRun => ({
  q,
  kind,
  expect,
  results,
  bytes,
});

const runs = [
  run('a', 'plain', ['/a/'], ['/a/', '/b/']),
  run('b', 'plain', ['/b/', '/x/'], ['/c/', '/d/', '/x/']),
  run('c', 'typo', ['/c/'], ['/1/', '/2/', '/3/', '/4/', '/5/', '/c/'], 3000),
  run('d', 'typo', ['/d/'], []),
  run('xyzzy', 'nonsense', [], [], 500),
  run('qwer', 'nonsense', [], ['/a/'], 700),
];

describe('search benchmark scores', () => {
  it('ranks the first expected page', () => {
    expect([rankOf(['/a/', '/b/'], ['/b/']), rankOf(['/a/'], ['/b/']), rankOf([], ['/a/'])]).toEqual([
      2,
      undefined,
      undefined,
    ]);
  });

  it('gives hit@1, hit@5, MRR over the queries that expect pages, nonsense apart, and the median bytes', () => {
    expect(score(runs)).toEqual({
      answerable: 4,
      hit1: 0.25,
      hit5: 0.5,
      mrr: (1 + 1 / 3 + 1 / 6) / 4,
      nonsense: 2,
      nonsenseEmpty: 1,
      medianBytes: 1000,
    });
    expect([...hit5ByKind(runs)]).toEqual([
      ['plain', { n: 2, hit5: 1 }],
      ['typo', { n: 2, hit5: 0 }],
    ]);
  });

  it('lists the misses: no expected page in the top 5, or a nonsense query that found something', () => {
    expect(misses(runs)).toEqual(['typo »c« → /1/, /2/, /3/', 'typo »d« → ingen resultater', 'nonsense »qwer« → /a/']);
  });

  it('prints each variant beside the baseline', () => {
    const better = runs.map((r) => (r.q === 'd' ? { ...r, results: ['/d/'] } : r));
    const table = formatTable(
      [
        { name: 'fuld', runs: better },
        { name: 'basis', runs },
      ],
      1,
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| Variant \| hit@1 \| hit@5 \| MRR +\| hit@5 mod basis \|/);
    expect(lines[2]).toBe(
      '| fuld    | 0.50  | 0.75  | 0.63 | ×1.50           | 1/2               | 1.0 KB                     | ×1.00           |',
    );
    expect(lines[3]).toBe(
      '| basis   | 0.25  | 0.50  | 0.38 | ×1.00           | 1/2               | 1.0 KB                     | ×1.00           |',
    );
    expect(table).toContain('| hit@5 pr. slags | plain (2) | typo (2) |');
  });
});
