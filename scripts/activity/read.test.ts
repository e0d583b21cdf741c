/**
 * Reading the gate's activity directory: the fixture (scripts/activity/fixtures/aktivitet) has two replicas' files,
 * damaged lines of every sort (cut off, garbage, a number for a code, another version, an empty query, a negative
 * count, a last line cut off without a newline) and files outside the period that hold damaged lines themselves, so
 * the damage count shows they were not opened.
 */
import { describe, expect, it } from 'vitest';
import { readActivity } from './read.ts';

const DIR = `${import.meta.dirname}/fixtures/aktivitet`;

describe('readActivity', () => {
  it('keeps the valid events of the period and counts damaged lines per kind, without opening other days', async () => {
    const read = await readActivity(DIR, { from: '2026-10-31', to: '2026-11-30' });
    expect(read.files).toEqual({ pages: 2, queries: 2 });
    expect(read.damaged).toEqual({ pages: 4, queries: 3 });
    expect(read.pages.map((e) => `${e.d} ${e.m} ${e.s ?? '-'}`)).toEqual([
      '2026-11-20 101 beredskabsplan',
      '2026-11-20 101 beredskabsplan',
      '2026-11-20 101 -',
      '2026-11-20 101 phishing-oevelse',
      '2026-11-20 316 beredskabsplan',
      '2026-11-20 KL risikovurdering',
      '2026-11-20 101 -',
      '2026-11-20 101 -',
      '2026-11-20 316 risikovurdering',
    ]);
    expect(read.queries.map((e) => `${e.m} ${e.q} ${e.n}`)).toEqual([
      '101 Beredskabsplan  Vandværk 0',
      '316 beredskabsplan vandværk 1',
      '147 [cpr] skema 0',
      '101 NIS2 leverandør 2',
    ]);
  });

  it('a period that reaches an older file opens it, and its garbage line is counted', async () => {
    const read = await readActivity(DIR, { from: '2026-05-04', to: '2026-05-04' });
    expect([read.files, read.damaged, read.pages.length, read.queries.length]).toEqual([
      { pages: 1, queries: 0 },
      { pages: 1, queries: 0 },
      1,
      0,
    ]);
  });
});
