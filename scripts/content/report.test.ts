/**
 * `content report` on the fixture library scripts/content/fixtures/report/ with the date pinned: templates over
 * time, the ones due within 60 days (the 60th day included, the 61st not, obsolete ones never), and the library's
 * size by category and status; Markdown in full, JSON and CSV.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReviewReport, reviewReport } from './report.ts';
import { loadContentContext } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const report = async (today: string, dir = 'report') => {
  const ctx = await loadContentContext({
    dir: path.join(fixtures, dir),
    registryDir: path.join(fixtures, 'registry'),
    today,
  });
  return reviewReport(ctx.library, ctx.registry.municipalities, today);
};

const SIZE = [
  '## Bibliotekets størrelse',
  '',
  '| Kategori | Udkast | Gældende | Forældet | I alt |',
  '| --- | ---: | ---: | ---: | ---: |',
  '| Risikostyring | 0 | 1 | 1 | 2 |',
  '| Beredskab | 1 | 1 | 0 | 2 |',
  '| Politikker | 0 | 1 | 0 | 1 |',
  '| Hændelseshåndtering | 0 | 0 | 0 | 0 |',
  '| Leverandørstyring | 0 | 0 | 0 | 0 |',
  '| Databeskyttelse | 0 | 0 | 0 | 0 |',
  '| Awareness | 0 | 0 | 0 | 0 |',
  '| Drift | 0 | 2 | 0 | 2 |',
  '| Ledelse | 0 | 0 | 0 | 0 |',
  '| I alt | 1 | 5 | 1 | 7 |',
  '',
  'Desuden 1 nyhed og 1 møde.',
  '1 side er ikke talt med, fordi den har fejl (se npm run content -- check).',
];

describe('content report', () => {
  it('lists what is over time, what falls due within 60 days, and the size by category and status', async () => {
    expect(formatReviewReport(await report('2026-11-28'), 'md')).toBe(
      [
        '# Skabeloner der skal gennemgås (2026-11-28)',
        '',
        '## Over tid',
        '',
        '1 skabelon er over tid.',
        '',
        '| Skabelon | Titel | Ejer | Ansvarlige | Gennemgået | Frist | Dage over tid | Fil |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| it-beredskabsplan | It-beredskabsplan | København (101) | Anne Demo | 2025-09-30 | 2026-09-30 | 59 | report/beredskab/it-beredskabsplan.mdx |',
        '',
        '## Frist inden for 60 dage (til og med 2027-01-27)',
        '',
        '3 skabeloner skal gennemgås inden for de næste 60 dage.',
        '',
        '| Skabelon | Titel | Ejer | Frist | Dage til fristen | Fil |',
        '| --- | --- | --- | --- | --- | --- |',
        '| noedplan | Nødplan | KL | 2026-12-28 | 30 | report/beredskab/noedplan.mdx |',
        '| risikovurdering | Risikovurdering | Aarhus (751) | 2027-01-10 | 43 | report/risikostyring/risikovurdering.mdx |',
        '| backup | Backup | Aarhus (751) | 2027-01-27 | 60 | report/drift/backup.mdx |',
        '',
        ...SIZE,
      ].join('\n'),
    );
  });

  it('says so when nothing is over time and nothing falls due, and still shows the size', async () => {
    expect(formatReviewReport(await report('2026-02-01'), 'md')).toBe(
      [
        '# Skabeloner der skal gennemgås (2026-02-01)',
        '',
        '## Over tid',
        '',
        'Ingen skabeloner er over tid.',
        '',
        '## Frist inden for 60 dage (til og med 2026-04-02)',
        '',
        'Ingen skabeloner skal gennemgås inden for de næste 60 dage.',
        '',
        ...SIZE,
      ].join('\n'),
    );
  });

  it('counts a review due today as due soon with 0 days left, and moves it to over time the day after', async () => {
    const dueToday = await report('2026-12-28');
    expect(dueToday.dueSoon[0]).toEqual({
      slug: 'noedplan',
      title: 'Nødplan',
      owner: 'KL',
      ownerName: 'KL',
      due: '2026-12-28',
      daysLeft: 0,
      file: 'report/beredskab/noedplan.mdx',
    });
    expect(dueToday.overdue.map((r) => r.slug)).toEqual(['it-beredskabsplan']);
    const dayAfter = await report('2026-12-29');
    expect(dayAfter.dueSoon.map((r) => r.slug)).toEqual(['risikovurdering', 'backup', 'logning']);
    expect(dayAfter.overdue.map((r) => [r.slug, r.daysOverdue])).toEqual([
      ['it-beredskabsplan', 90],
      ['noedplan', 1],
    ]);
  });

  it('gives everything as JSON and the overdue templates alone as CSV', async () => {
    const data = await report('2026-11-28');
    const json = JSON.parse(formatReviewReport(data, 'json'));
    expect(Object.keys(json)).toEqual(['today', 'overdue', 'dueSoon', 'size']);
    expect(json.overdue[0]).toEqual({
      slug: 'it-beredskabsplan',
      title: 'It-beredskabsplan',
      owner: '101',
      ownerName: 'København',
      maintainers: ['Anne Demo'],
      reviewed: '2025-09-30',
      due: '2026-09-30',
      daysOverdue: 59,
      file: 'report/beredskab/it-beredskabsplan.mdx',
    });
    expect(json.dueSoon.map((r: { slug: string; daysLeft: number }) => [r.slug, r.daysLeft])).toEqual([
      ['noedplan', 30],
      ['risikovurdering', 43],
      ['backup', 60],
    ]);
    expect(json.size.templates.drift).toEqual({ udkast: 0, gældende: 2, forældet: 0 });
    expect([json.size.news, json.size.meetings, json.size.invalid]).toEqual([1, 1, 1]);
    // Danish Excel: byte-order mark, semicolons; a comma-separated file on request.
    expect(formatReviewReport(data, 'csv')).toBe(
      [
        '\uFEFFSkabelon;Titel;Ejer;Ansvarlige;Gennemgået;Frist;Dage over tid;Fil',
        'it-beredskabsplan;It-beredskabsplan;København (101);Anne Demo;2025-09-30;2026-09-30;59;report/beredskab/it-beredskabsplan.mdx',
        '',
      ].join('\n'),
    );
    expect(formatReviewReport(data, 'csv', ',').split('\n')[1]).toBe(
      'it-beredskabsplan,It-beredskabsplan,København (101),Anne Demo,2025-09-30,2026-09-30,59,report/beredskab/it-beredskabsplan.mdx',
    );
  });

  it('lists only valid templates: one whose frontmatter fails is left to content check', async () => {
    const data = await report('2026-11-28', 'frontmatter');
    expect(data.overdue.map((r) => r.file)).toEqual(['frontmatter/drift/ok.mdx']);
    expect(formatReviewReport(data, 'csv').split('\n')[1]).toBe(
      'ok;I orden;Aarhus (751);Bo Eksempel;2026-06-30;2026-09-30;59;frontmatter/drift/ok.mdx',
    );
  });
});
