import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, shingles } from './near-duplicate.ts';
import { contentCheck, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const options = {
  dir: path.join(fixtures, 'duplicates'),
  registryDir: path.join(fixtures, 'registry'),
  today: '2026-11-28',
};
const WARNING =
  'Teksten ligner skabelonen "kopi-a" (duplicates/risikostyring/kopi-a.mdx) 91 %. Forbedr den eksisterende skabelon i stedet; afløser denne skabelon den, så slet duplicates/risikostyring/kopi-a.mdx og angiv supersedes: [kopi-a].';
const checkNearDuplicates = (ctx: Awaited<ReturnType<typeof loadContentContext>>) =>
  runCheck(contentCheck('near-duplicate'), ctx);

describe('near-duplicate', () => {
  it('warns on the later of two near-identical templates', async () => {
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

describe('near-duplicate and supersedes', () => {
  it('does not warn on a template that supersedes the ones it repeats; the loader says the old files must go', async () => {
    const files = await readLibraryFiles(options.dir);
    const copy = files.find((f) => f.path === 'risikostyring/kopi-b.mdx');
    const source = new TextDecoder()
      .decode(copy?.bytes)
      .replace('title: Kopi B', 'title: Ny\nsupersedes: [kopi-a, kopi-b]');
    const ny = { path: 'risikostyring/ny.mdx', bytes: new TextEncoder().encode(source) };
    const ctx = await loadContentContext(options);
    const library = parseLibrary([...files, ny], { ownerCodes: ctx.registry.codes, displayDir: 'duplicates' });
    expect(checkNearDuplicates({ ...ctx, library }).map((p) => p.file)).toEqual([
      'duplicates/risikostyring/kopi-b.mdx',
    ]);
    expect(library.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'duplicates/risikostyring/ny.mdx:3:14 supersedes-conflict',
      'duplicates/risikostyring/ny.mdx:3:22 supersedes-conflict',
    ]);
  });
});
