/**
 * KL's report (report.ts, report-format.ts) on the fixture exports (fixtures/exports: 9 questions in two repositories,
 * an unknown asker, a deleted answerer, a self-answer, an automatic answer, a closed question, one asked just before
 * midnight UTC on 31 January, which is February in Denmark) and a small fixture registry (fixtures/registry), with today pinned to
 * 2026-03-05: exact figures, Markdown and CSV, and no person's name or login anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DiscussionExport, discussionExportSchema } from '#model/discussions.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';
import { discussionsReport } from './report.ts';
import { duration, formatReport } from './report-format.ts';

const TODAY = '2026-03-05';
const FIXTURE_REGISTRY = path.join(import.meta.dirname, 'fixtures', 'registry');
const readExport = (tier: string): DiscussionExport =>
  discussionExportSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'exports', `${tier}.json`), 'utf8')),
  );
const EXPORTS = { kerne: readExport('kerne'), bred: readExport('bred') };
const OPTIONS = { separator: ';' as const, categoryName: 'Spørgsmål og svar' };

let registry: Registry;
beforeAll(async () => {
  const loaded = await loadRegistry(FIXTURE_REGISTRY);
  if (!loaded.registry) throw new Error('the fixture registry does not load');
  registry = loaded.registry;
});

const MARKDOWN = [
  '# Spørgsmål og svar i netværket, december 2025 – marts 2026',
  '',
  'Opgjort 5. marts 2026 ud fra GitHub Discussions i kl-sikkerhedsnet/sikkerhedsnet (eksporteret 5. marts 2026) og kl-sikkerhedsnet/sikkerhedsnet-bred (eksporteret 5. marts 2026). Kun spørgsmål i kategorien "Spørgsmål og svar" tælles med; i samme periode kom der desuden 2 tråde med erfaringer og 2 afstemninger fra KL.',
  '',
  '## Overblik',
  '',
  '|  | Kernenetværket | Databeskyttelse og Sikkerhed | I alt |',
  '| --- | --- | --- | --- |',
  '| Spørgsmål | 7 | 2 | 9 |',
  '| Besvaret (accepteret svar) | 3 (43 %) | 1 (50 %) | 4 (44 %) |',
  '| Med svar fra en anden end spørgeren | 4 (57 %) | 1 (50 %) | 5 (56 %) |',
  '| Mediantid til første svar | 22 timer | 2 dage | 1,5 dage |',
  '| Mediantid til accepteret svar | 8 timer | 2 dage | 22 timer |',
  '',
  '## Spørgsmål pr. måned',
  '',
  '| Måned | Kernenetværket | Databeskyttelse og Sikkerhed | I alt | Heraf besvaret |',
  '| --- | --- | --- | --- | --- |',
  '| december 2025 | 1 | 0 | 1 | 0 |',
  '| januar 2026 | 2 | 1 | 3 | 2 |',
  '| februar 2026 | 3 | 1 | 4 | 2 |',
  '| marts 2026 | 1 | 0 | 1 | 0 |',
  '',
  '## Ubesvarede spørgsmål over 7 dage (3)',
  '',
  '| Spørgsmål | Netværk | Kommune | Alder | Svar fra andre |',
  '| --- | --- | --- | --- | --- |',
  '| [Hvor længe opbevarer I logs?](https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/2) | Kernenetværket | Frederiksberg | 44 dage | 1 |',
  '| [Anmeldelse af brud til Datatilsynet](https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/2) | Databeskyttelse og Sikkerhed | København | 23 dage | 0 |',
  '| [NIS2-tilsyn: hvad spørger de om?](https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/6) | Kernenetværket | Holbæk | 8 dage | 0 |',
  '',
  '## Spørgsmål pr. kommune',
  '',
  '| Kommune | Kernenetværket | Databeskyttelse og Sikkerhed | I alt |',
  '| --- | --- | --- | --- |',
  '| 101 København | 4 | 2 | 6 |',
  '| 147 Frederiksberg | 1 | 0 | 1 |',
  '| 316 Holbæk | 1 | 0 | 1 |',
  '| ukendt | 1 | 0 | 1 |',
  '',
  '## Sådan er tallene opgjort',
  '',
  '- Et spørgsmål tælles i den måned, det blev stillet (dansk tid). Lukkede spørgsmål tælles med.',
  '- **Besvaret**: spørgeren (eller en moderator) har markeret et svar som accepteret.',
  '- **Svar fra en anden end spørgeren**: mindst ét svar (ikke en kommentar til et svar) fra en anden GitHub-konto end spørgerens. Sikkerhedsnets automatiske henvisninger til lignende tråde tæller ikke som svar.',
  '- **Tid til første svar** måles fra spørgsmålet til det første svar fra en anden; **tid til accepteret svar** fra spørgsmålet til det svar, der blev accepteret, blev skrevet. Medianen er den midterste værdi blandt de spørgsmål, der har et sådant svar.',
  '- **Ubesvarede** er åbne spørgsmål uden accepteret svar, stillet for mere end 7 dage siden.',
  '- **Kommune** er spørgerens kommune i medlemsregistret (KL for KL\'s administratorer); en GitHub-konto, der ikke står i registret, tælles som "ukendt". Rapporten nævner ingen personer.',
  '',
];

const CSV = [
  'niveau;nummer;titel;adresse;maaned;stillet;kommunekode;kommune;lukket;accepteret_svar;svar_fra_andre;timer_til_foerste_svar;timer_til_accepteret_svar;alder_dage;ubesvaret_over_7_dage',
  'kerne;8;Fax-løsninger i 2025;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/8;2025-12;2025-12-10T09:00:00Z;101;København;ja;nej;0;;;85;nej',
  'kerne;1;Test af it-beredskabsplan – hvordan gør I?;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/1;2026-01;2026-01-05T09:00:00Z;101;København;nej;ja;2;6;6;59;nej',
  'bred;1;Skabelon til awareness-plan?;https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/1;2026-01;2026-01-12T10:00:00Z;101;København;nej;ja;1;48;48;52;nej',
  'kerne;2;Hvor længe opbevarer I logs?;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/2;2026-01;2026-01-20T10:00:00Z;147;Frederiksberg;nej;nej;1;48;;44;ja',
  'kerne;9;Backup af Microsoft 365;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/9;2026-02;2026-01-31T23:30:00Z;101;København;nej;ja;1;8;8;32;nej',
  'kerne;5;Hvem godkender jeres risikovurderinger?;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/5;2026-02;2026-02-03T08:00:00Z;;ukendt;nej;ja;1;36;36;30;nej',
  'bred;2;Anmeldelse af brud til Datatilsynet;https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/2;2026-02;2026-02-10T10:00:00Z;101;København;nej;nej;0;;;23;ja',
  'kerne;6;NIS2-tilsyn: hvad spørger de om?;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/6;2026-02;2026-02-25T12:00:00Z;316;Holbæk;nej;nej;0;;;8;ja',
  'kerne;7;Kryptering af bærbare computere;https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/7;2026-03;2026-03-01T09:00:00Z;101;København;nej;nej;0;;;4;nej',
  '',
];

describe('discussionsReport', () => {
  it('counts questions only, per tier, with the shares and the medians', () => {
    const report = discussionsReport(EXPORTS, registry, { today: TODAY });
    expect([report.from, report.to]).toEqual(['2025-12', '2026-03']);
    expect(report.totals).toEqual({
      kerne: {
        questions: 7,
        accepted: 3,
        answeredByOthers: 4,
        medianHoursToFirstAnswer: 22,
        medianHoursToAcceptedAnswer: 8,
      },
      bred: {
        questions: 2,
        accepted: 1,
        answeredByOthers: 1,
        medianHoursToFirstAnswer: 48,
        medianHoursToAcceptedAnswer: 48,
      },
      alle: {
        questions: 9,
        accepted: 4,
        answeredByOthers: 5,
        medianHoursToFirstAnswer: 36,
        medianHoursToAcceptedAnswer: 22,
      },
    });
    expect(report.others).toEqual({ experiences: 2, polls: 2 });
  });

  it('counts a question in the Danish month it was asked', () => {
    const report = discussionsReport(EXPORTS, registry, { today: TODAY });
    expect(report.months).toEqual([
      { month: '2025-12', kerne: 1, bred: 0, total: 1, accepted: 0 },
      { month: '2026-01', kerne: 2, bred: 1, total: 3, accepted: 2 },
      { month: '2026-02', kerne: 3, bred: 1, total: 4, accepted: 2 },
      { month: '2026-03', kerne: 1, bred: 0, total: 1, accepted: 0 },
    ]);
    expect(report.questions.find((q) => q.tier === 'kerne' && q.number === 9)?.month).toBe('2026-02');
  });

  it('lists open questions without an accepted answer older than 7 days, oldest first; not closed ones', () => {
    const report = discussionsReport(EXPORTS, registry, { today: TODAY });
    expect(
      report.unanswered.map((q) => [q.tier, q.number, q.ageDays, q.municipality?.name, q.answersByOthers]),
    ).toEqual([
      ['kerne', 2, 44, 'Frederiksberg', 1],
      ['bred', 2, 23, 'København', 0],
      ['kerne', 6, 8, 'Holbæk', 0],
    ]);
    // #7 is 4 days old (its only comment is the automatic answer); #8 is closed.
    const seven = report.questions.find((q) => q.tier === 'kerne' && q.number === 7);
    expect([seven?.answersByOthers, seven?.hoursToFirstAnswer, seven?.unanswered]).toEqual([0, null, false]);
  });

  it('counts per municipality through the registry; unknown accounts as "ukendt"; members without questions too', () => {
    const report = discussionsReport(EXPORTS, registry, { today: TODAY });
    expect(report.municipalities).toEqual([
      { code: '101', name: 'København', kerne: 4, bred: 2, total: 6 },
      { code: '147', name: 'Frederiksberg', kerne: 1, bred: 0, total: 1 },
      { code: '316', name: 'Holbæk', kerne: 1, bred: 0, total: 1 },
      { code: '', name: 'ukendt', kerne: 1, bred: 0, total: 1 },
    ]);
  });

  it('keeps to --from and --to', () => {
    const report = discussionsReport(EXPORTS, registry, { today: TODAY, from: '2026-02', to: '2026-02' });
    expect(report.questions.map((q) => `${q.tier}#${q.number}`)).toEqual(['kerne#9', 'kerne#5', 'bred#2', 'kerne#6']);
    expect(report.months).toEqual([{ month: '2026-02', kerne: 3, bred: 1, total: 4, accepted: 2 }]);
    expect(report.others).toEqual({ experiences: 2, polls: 2 });
    expect(report.municipalities.map((m) => [m.name, m.total])).toEqual([
      ['København', 2],
      ['Holbæk', 1],
      ['Frederiksberg', 0],
      ['ukendt', 1],
    ]);
  });

  it('an admin asking is KL; no questions gives no medians', () => {
    const kerne = {
      ...EXPORTS.kerne,
      discussions: EXPORTS.kerne.discussions.map((d) =>
        d.number === 4 ? { ...d, category: 'questions' as const } : d,
      ),
    };
    const report = discussionsReport({ ...EXPORTS, kerne }, registry, { today: TODAY, from: '2026-02', to: '2026-02' });
    expect(report.municipalities.find((m) => m.code === 'KL')).toEqual({
      code: 'KL',
      name: 'KL',
      kerne: 1,
      bred: 0,
      total: 1,
    });
    const empty = discussionsReport(EXPORTS, registry, { today: TODAY, from: '2024-01', to: '2024-02' });
    expect(empty.totals.alle).toEqual({
      questions: 0,
      accepted: 0,
      answeredByOthers: 0,
      medianHoursToFirstAnswer: null,
      medianHoursToAcceptedAnswer: null,
    });
    const text = formatReport(empty, 'md', OPTIONS);
    expect(text).toContain('| Spørgsmål | 0 | 0 | 0 |\n| Besvaret (accepteret svar) | 0 | 0 | 0 |');
    expect(text).toContain('| Mediantid til første svar | – | – | – |');
    expect(text).toContain(
      '## Ubesvarede spørgsmål over 7 dage (0)\n\nIngen: alle åbne spørgsmål over 7 dage har et accepteret svar.',
    );
  });
});

describe('formatReport', () => {
  const report = () => discussionsReport(EXPORTS, registry, { today: TODAY });

  it('Markdown in Danish with tables', () => {
    expect(formatReport(report(), 'md', OPTIONS)).toBe(MARKDOWN.join('\n'));
  });

  it('CSV: one row per question, for Danish Excel', () => {
    expect(formatReport(report(), 'csv', OPTIONS)).toBe(`\uFEFF${CSV.join('\n')}`);
    expect(formatReport(report(), 'csv', { ...OPTIONS, separator: ',' }).split('\n')[2]).toBe(
      'kerne,1,Test af it-beredskabsplan – hvordan gør I?,https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/1,' +
        '2026-01,2026-01-05T09:00:00Z,101,København,nej,ja,2,6,6,59,nej',
    );
  });

  it('JSON: the report as it is', () => {
    expect(JSON.parse(formatReport(report(), 'json', OPTIONS))).toEqual(JSON.parse(JSON.stringify(report())));
  });

  it('names no person and no GitHub login, in any format', () => {
    const people = [
      ...registry.rosters.flatMap((r) => r.members.flatMap((m) => [m.name, m.github ?? m.name])),
      ...registry.admins.flatMap((a) => [a.name, a.github ?? a.name]),
      'tidligere-medlem-demo',
      'github-actions',
    ];
    for (const format of ['md', 'csv', 'json'] as const) {
      const text = formatReport(report(), format, OPTIONS);
      expect([format, people.filter((p) => text.includes(p))]).toEqual([format, []]);
    }
  });

  it.each([
    [0.5, '0,5 timer'],
    [1, '1 time'],
    [22, '22 timer'],
    [24, '1 dag'],
    [36, '1,5 dage'],
    [100, '4,2 dage'],
    [null, '–'],
  ])('duration(%j) is "%s"', (hours, text) => {
    expect(duration(hours)).toBe(text);
  });
});
