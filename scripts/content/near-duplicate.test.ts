import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNearDuplicates, jaccard, NEAR_DUPLICATE_THRESHOLD, shingles } from './near-duplicate.ts';
import { loadContentContext } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const options = {
  dir: path.join(fixtures, 'duplicates'),
  registryDir: path.join(fixtures, 'registry'),
  today: '2026-11-28',
};
const WARNING =
  'Teksten ligner skabelonen "kopi-a" (duplicates/risikostyring/kopi-a.mdx) 91 %. Forbedr den eksisterende skabelon i stedet, eller angiv supersedes: [kopi-a] hvis denne skabelon afløser den.';

describe('near-duplicate', () => {
  it('warns on the later of two near-identical templates, and not on one that supersedes them', async () => {
    const ctx = await loadContentContext(options);
    expect(checkNearDuplicates(ctx)).toEqual([
      {
        file: 'duplicates/risikostyring/kopi-b.mdx',
        line: 1,
        column: 1,
        rule: 'near-duplicate',
        severity: 'warning',
        message: WARNING,
      },
    ]);
  });

  it('reports on the changed file when only one of the pair changed', async () => {
    const ctx = await loadContentContext(options);
    ctx.selected = new Set(['duplicates/risikostyring/kopi-a.mdx']);
    expect(checkNearDuplicates(ctx).map((p) => [p.file, p.message.slice(0, 36)])).toEqual([
      ['duplicates/risikostyring/kopi-a.mdx', 'Teksten ligner skabelonen "kopi-b" ('],
    ]);
  });

  it('measures similarity on word shingles, ignoring case and markup', () => {
    const a = shingles('## Et to tre fire fem seks syv otte ni ti');
    const b = shingles('et TO tre fire fem seks syv otte ni **ti**');
    expect(a.size).toBe(6);
    expect(jaccard(a, b)).toBe(1);
    expect(jaccard(a, shingles('et to tre fire fem seks syv otte ni elleve'))).toBeCloseTo(5 / 7, 10);
    expect(NEAR_DUPLICATE_THRESHOLD).toBe(0.8);
  });
});
