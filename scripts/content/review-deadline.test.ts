import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '#model/dates.ts';
import { contentCheck, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const checkReviewDeadlines = (ctx: Awaited<ReturnType<typeof load>>) => runCheck(contentCheck('review-deadline'), ctx);
const load = () =>
  loadContentContext({
    dir: path.join(fixtures, 'frontmatter'),
    registryDir: path.join(fixtures, 'registry'),
    today: '2026-11-28',
  });

describe('review-deadline', () => {
  it('adds months with the day clamped, and counts days', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2023-02-29'.replace('29', '28'), 12)).toBe('2024-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-06-30', 3)).toBe('2026-09-30');
    expect(daysBetween('2026-09-30', '2026-11-28')).toBe(59);
  });

  it('warns on valid current templates past reviewed + interval, at the reviewed key; obsolete and invalid ones are skipped', async () => {
    const ctx = await load();
    // forkert.mdx is past its date too, but fails its schema: the frontmatter problems are reported instead.
    expect(checkReviewDeadlines(ctx)).toEqual([
      {
        file: 'frontmatter/drift/ok.mdx',
        line: 9,
        column: 1,
        rule: 'review-deadline',
        severity: 'warning',
        message:
          'Skabelonen skulle have været gennemgået senest 2026-09-30 (59 dage over tid). Gennemgå indholdet, og opdater reviewed til datoen for gennemgangen.',
      },
    ]);
    // Due on 2026-09-30: not overdue on the day itself, overdue the day after.
    ctx.today = '2026-09-30';
    expect(checkReviewDeadlines(ctx)).toEqual([]);
    ctx.today = '2026-10-01';
    expect(checkReviewDeadlines(ctx).map((p) => p.file)).toEqual(['frontmatter/drift/ok.mdx']);
  });

  it('warns on experiences past reviewed + 24 months, at the reviewed key, naming whom to ask', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'experiences'),
      registryDir: path.join(fixtures, 'experiences-registry'),
      today: '2026-11-28',
    });
    expect(checkReviewDeadlines(ctx)).toEqual([
      {
        file: 'experiences/erfaringer/koebenhavn-gammel.mdx',
        line: 11,
        column: 1,
        rule: 'review-deadline',
        severity: 'warning',
        message:
          'Erfaringen skulle have været gennemgået senest 2026-09-30 (59 dage over tid; erfaringer gennemgås hver 24. måned). Spørg ukendt.person@kk.dk, om den stadig gælder, ret teksten, og opdater reviewed til datoen for gennemgangen.',
      },
    ]);
    // reviewed "2024-09-30": due on 2026-09-30 itself, overdue the day after.
    ctx.today = '2026-09-30';
    expect(checkReviewDeadlines(ctx)).toEqual([]);
    ctx.today = '2026-10-01';
    expect(checkReviewDeadlines(ctx).map((p) => p.file)).toEqual(['experiences/erfaringer/koebenhavn-gammel.mdx']);
  });
});
