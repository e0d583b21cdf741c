import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblemsText } from '../problems/problem.ts';
import { checkContent } from './run.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the real templates-library/', () => {
  it('passes every content check with zero errors', async () => {
    const problems = await checkContent({
      dir: path.join(root, 'templates-library'),
      registryDir: path.join(root, 'registry'),
      today: '2026-11-28',
    });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(formatProblemsText(errors)).toBe('');
    expect(errors).toEqual([]);
  });
});
