import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '#model/dates.ts';
import { formatReviewReport, reportRows } from './report.ts';
import { overdueTemplates } from './review-deadline.ts';
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

  it('reports overdue templates with owner name and days overdue as Markdown, CSV and JSON', async () => {
    const ctx = await load();
    const rows = reportRows(overdueTemplates(ctx.library, ctx.today), ctx.registry.municipalities);
    expect(formatReviewReport(rows, 'md', ctx.today)).toBe(
      [
        '# Skabeloner der skal gennemgås (2026-11-28)',
        '',
        '1 skabelon er over tid.',
        '',
        '| Skabelon | Titel | Ejer | Ansvarlige | Gennemgået | Frist | Dage over tid | Fil |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| ok | I orden | Aarhus (751) | Bo Eksempel | 2026-06-30 | 2026-09-30 | 59 | frontmatter/drift/ok.mdx |',
      ].join('\n'),
    );
    expect(formatReviewReport(rows, 'csv', ctx.today).split('\n')[1]).toBe(
      'ok,I orden,Aarhus (751),Bo Eksempel,2026-06-30,2026-09-30,59,frontmatter/drift/ok.mdx',
    );
    const json = JSON.parse(formatReviewReport(rows, 'json', ctx.today));
    expect(json.overdue[0]).toEqual({
      slug: 'ok',
      title: 'I orden',
      owner: '751',
      ownerName: 'Aarhus',
      maintainers: ['Bo Eksempel'],
      reviewed: '2026-06-30',
      due: '2026-09-30',
      daysOverdue: 59,
      file: 'frontmatter/drift/ok.mdx',
    });
    expect(formatReviewReport([], 'md', ctx.today)).toBe(
      '# Skabeloner der skal gennemgås (2026-11-28)\n\nIngen skabeloner er over tid.',
    );
  });
});
