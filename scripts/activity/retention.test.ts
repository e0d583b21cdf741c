/** Retention on a temporary copy of the fixture activity directory: only what is older than 13 months goes. */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRetention, planRetention, quarterEnd } from './retention.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'aktivitet');
const temps: string[] = [];
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function copy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-retention-'));
  temps.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('retention', () => {
  it('quarterEnd', () => {
    expect(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map(quarterEnd)).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
    ]);
  });

  it('deletes log files of days before the cutoff and keys of quarters ended before it, nothing newer', async () => {
    const dir = await copy();
    const plan = await planRetention(dir, '2026-11-30');
    expect(plan).toEqual({
      cutoff: '2025-10-30',
      files: ['sider-2025-09-01-gate1.jsonl'],
      keys: [path.join('noegler', '2025-Q3.key')],
    });
    await applyRetention(dir, plan);
    expect((await readdir(dir)).sort()).toEqual([
      'LÆSMIG.txt',
      'noegler',
      'sider-2026-05-04-gate1.jsonl',
      'sider-2026-09-15-gate1.jsonl',
      'sider-2026-10-10-gate1.jsonl',
      'sider-2026-11-20-gate1.jsonl',
      'sider-2026-11-20-gate2.jsonl',
      'soegninger-2026-10-05-gate1.jsonl',
      'soegninger-2026-11-20-gate1.jsonl',
      'soegninger-2026-11-25-gate2.jsonl',
    ]);
    expect((await readdir(path.join(dir, 'noegler'))).sort()).toEqual([
      '2025-Q4.key',
      '2026-Q2.key',
      '2026-Q3.key',
      '2026-Q4.key',
    ]);
  });

  it('the day on the cutoff and the quarter that ends after it are kept', async () => {
    const dir = await copy();
    // 2026-10-01 − 13 months = 2025-09-01: the file of that day stays, and Q3 2025 has not ended before it.
    expect(await planRetention(dir, '2026-10-01')).toEqual({ cutoff: '2025-09-01', files: [], keys: [] });
  });
});
