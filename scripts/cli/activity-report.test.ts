/**
 * `npm run activity -- report` as a whole process on the fixture activity directory and registry of
 * scripts/activity/fixtures, today pinned to 2026-11-30: the whole Markdown report, CSV, JSON, the contact persons'
 * list, retention on a temporary copy, and the Danish refusals.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEntry } from './testing/run-process.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'activity', 'fixtures');
const DIR = path.join(FIXTURES, 'aktivitet');
const common = ['--registry', path.join(FIXTURES, 'registry'), '--today', '2026-11-30'];
const report = (args: string[], dir = DIR) => runEntry('activity.ts', ['report', '--dir', dir, ...args, ...common]);

const temps: string[] = [];
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

const KEPT = 'Opbevaring: med --keep blev 1 logfil og 1 nøgle fra før 2025-10-30 ikke slettet.\n';
const DAMAGED = (pages: number, queries: number) =>
  `Advarsel: ${pages + queries} beskadigede linjer i aktivitetsloggen er sprunget over (${pages} sidevisninger, ${queries} søgninger).\n`;
const USAGE =
  'Brug: npm run activity -- report [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--format md|csv|json] [--separator ;|,] ' +
  '[--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD] [--inactive-months N] [--municipality KODE] [--keep]\n';

describe('npm run activity -- report', () => {
  it('Markdown by default, for the month up to today: aggregates only, damaged lines counted', async () => {
    const result = await report(['--keep']);
    expect([result.code, result.stderr]).toEqual([0, DAMAGED(4, 3) + KEPT]);
    expect(result.stdout.split('\n')).toEqual([
      '# Aktivitet i netværket, 31. oktober 2026 – 30. november 2026',
      '',
      'Opgjort 30. november 2026 ud fra portens aktivitetslog og medlemsregistret. Rapporten nævner ingen personer: medlemmer tælles kun pr. kommune.',
      '',
      '## Overblik',
      '',
      '|  | Antal |',
      '| --- | --- |',
      '| Medlemmer i registret | 10 |',
      '| Aktive de seneste 30 dage | 5 (50 %) |',
      '| Aktive de seneste 90 dage | 7 (70 %) |',
      '| Kommuner uden aktive medlemmer (90 dage) | 1 af 3 |',
      '',
      '## Kommuner uden aktive medlemmer de seneste 90 dage (1)',
      '',
      '| Kommune | Medlemmer |',
      '| --- | --- |',
      '| 147 Frederiksberg | 1 |',
      '',
      '## Aktivitet pr. kommune',
      '',
      '| Kommune | Medlemmer | Aktive 30 dage | Aktive 90 dage | Andel aktive (90 dage) |',
      '| --- | --- | --- | --- | --- |',
      '| 101 København | 4 | 2 | 4 | 100 % |',
      '| 147 Frederiksberg | 1 | 0 | 0 | 0 % |',
      '| 316 Holbæk | 3 | 2 | 2 | 67 % |',
      '| KL (administratorer) | 2 | 1 | 1 | 50 % |',
      '',
      '## Mest læste skabeloner (3 af 3)',
      '',
      '| Skabelon | Læsere | Visninger | Visninger 30. september 2026 – 30. oktober 2026 | Udvikling |',
      '| --- | --- | --- | --- | --- |',
      '| /skabeloner/beredskabsplan/ | 2 | 3 | 1 | +200 % |',
      '| /skabeloner/risikovurdering/ | 2 | 2 | 1 | +100 % |',
      '| /skabeloner/phishing-oevelse/ | 1 | 1 | 0 | ny |',
      '',
      '## Det, medlemmerne søger efter uden at finde (3 af 3)',
      '',
      'Søgninger med ingen eller få resultater, de hyppigste først: forslag til, hvad KL kan skrive om.',
      '',
      '| Søgning | Antal | Heraf uden resultater | Kommuner | Senest |',
      '| --- | --- | --- | --- | --- |',
      '| `beredskabsplan vandværk` | 2 | 1 | 2 | 20. november 2026 |',
      '| `nis2 leverandør` | 1 | 0 | 1 | 25. november 2026 |',
      '| `[cpr] skema` | 1 | 1 | 1 | 20. november 2026 |',
      '',
      '## Datagrundlag',
      '',
      '- 4 logfiler med sidevisninger og 3 med søgninger er læst (perioden, perioden før og de seneste 90 dage).',
      '- Beskadigede linjer sprunget over: 4 sidevisninger og 3 søgninger.',
      '- Sidevisninger de seneste 90 dage fra personer, der ikke længere står i registret: 1; uden kvartalsnøgle: 0.',
      '',
      '## Sådan er tallene opgjort',
      '',
      '- **Medlemmer** er medlemmerne i kommunens liste i medlemsregistret i dag; for KL administratorerne.',
      '- **Aktiv** er et medlem, der har åbnet mindst én side på Sikkerhedsnet i de seneste 30 eller 90 dage til og med periodens sidste dag. Hvert medlem tælles én gang, i den kommune, registret siger.',
      '- **Læsere** af en skabelon er forskellige pseudonymer, der har åbnet den i perioden; pseudonymerne skifter hvert kvartal, så en læser i to kvartaler tælles to gange. **Udvikling** sammenligner visningerne med perioden af samme længde lige før.',
      '- **Søgninger** er søgninger med 0–2 resultater, som søgesiden har meldt til porten, med CPR-numre, e-mailadresser og lange tal maskeret. De tælles med små bogstaver og uden ekstra mellemrum; kun kommunen gemmes om den, der søgte.',
      '- Aktivitet gemmes i 13 måneder og slettes derefter.',
      '',
    ]);
    for (const name of ['Anne', 'Demo', '@kk.dk', 'Holger']) expect(result.stdout).not.toContain(name);
  });

  it('CSV (one row per municipality) and JSON; --from and --to choose the period', async () => {
    const csv = await report(['--keep', '--format', 'csv', '--separator', ',']);
    expect([csv.code, csv.stdout]).toEqual([
      0,
      '\uFEFFkommunekode,kommune,medlemmer,aktive_30_dage,aktive_90_dage,andel_aktive_90_dage_pct\n' +
        '101,København,4,2,4,100\n147,Frederiksberg,1,0,0,0\n316,Holbæk,3,2,2,67\nKL,KL,2,1,1,50\n',
    ]);
    const json = await report(['--keep', '--format', 'json', '--from', '2026-10-01', '--to', '2026-10-31']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect([data.period, data.previous, data.totals]).toEqual([
      { from: '2026-10-01', to: '2026-10-31' },
      { from: '2026-08-31', to: '2026-09-30' },
      { members: 10, active30: 2, active90: 3, share90: 30 },
    ]);
    expect(data.templates).toEqual([
      { slug: 'beredskabsplan', readers: 1, views: 1, previousViews: 0 },
      { slug: 'risikovurdering', readers: 1, views: 1, previousViews: 0 },
    ]);
    expect(data.queries).toEqual([
      { query: 'gammel søgning', count: 1, zeroResults: 1, municipalities: 1, lastSeen: '2026-10-05' },
    ]);
    expect(data.quality).toEqual({
      files: { pages: 2, queries: 1 },
      damaged: { pages: 0, queries: 0 },
      unknownMembers: 0,
      withoutKey: 0,
      badKeys: [],
    });
  });

  it('--municipality: that municipality’s members not seen for N months, for its contact persons only', async () => {
    const holbaek = await report(['--keep', '--municipality', '316']);
    expect([holbaek.code, holbaek.stderr]).toEqual([0, DAMAGED(5, 3) + KEPT]);
    expect(holbaek.stdout.split('\n')).toEqual([
      '# Medlemmer i Holbæk, der ikke har været på Sikkerhedsnet i over 6 måneder',
      '',
      '> Fortroligt: listen nævner personer og er kun til kommunens kontaktpersoner. Den må ikke lægges i en sag, en diskussion eller andre steder, hvor andre kan læse den.',
      '',
      'Til: Hanne Holm (hanne.holm@holb.dk). Opgjort 30. november 2026: 1 af kommunens 3 medlemmer har ikke åbnet en side siden 30. maj 2026. Medlemmer, der er optaget senere, er ikke med.',
      '',
      '| Navn | E-mail | Sidst set |',
      '| --- | --- | --- |',
      '| Holger Skjult | holger.skjult@holb.dk | 4. maj 2026 |',
      '',
      'Aktivitet gemmes kun i 13 måneder, så "ikke set siden 30. oktober 2025" kan også betyde, at personen aldrig har været på siden. Spørg ved næste genbekræftelse, om de stadig skal være medlemmer.',
      '',
    ]);
    const frederiksberg = await report(['--keep', '--municipality', '147', '--format', 'csv']);
    expect(frederiksberg.stdout).toBe(
      '\uFEFFkommunekode;navn;email;sidst_set\n147;Frede Kontakt;frede.kontakt@frederiksberg.dk;\n',
    );
    const copenhagen = await report(['--keep', '--municipality', '101', '--inactive-months', '2', '--format', 'json']);
    expect(JSON.parse(copenhagen.stdout).inactive).toEqual([
      { name: 'Ole Fravalgt', email: 'ole.fravalgt@kk.dk', lastSeen: '2026-09-15' },
    ]);
  });

  it('without --keep: deletes what is older than 13 months before --today and says so', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-activity-'));
    temps.push(root);
    const dir = path.join(root, 'aktivitet');
    await cp(DIR, dir, { recursive: true });
    const first = await report(['--format', 'csv'], dir);
    expect([first.code, first.stderr]).toEqual([
      0,
      `${DAMAGED(4, 3)}Opbevaring (13 måneder): slettede 1 logfil og 1 nøgle fra før 2025-10-30.\n`,
    ]);
    expect((await readdir(dir)).filter((name) => name.startsWith('sider-2025'))).toEqual([]);
    expect((await readdir(path.join(dir, 'noegler'))).sort()).toEqual([
      '2025-Q4.key',
      '2026-Q2.key',
      '2026-Q3.key',
      '2026-Q4.key',
    ]);
    const second = await report(['--format', 'csv'], dir);
    expect([second.stdout, second.stderr]).toEqual([
      first.stdout,
      `${DAMAGED(4, 3)}Opbevaring (13 måneder): slettede 0 logfiler og 0 nøgler fra før 2025-10-30.\n`,
    ]);
  });

  it('a missing activity directory: exit 1 with how to fix it', async () => {
    const result = await report([], '/nonexistent/aktivitet');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '/nonexistent/aktivitet: aktivitetsmappen findes ikke. Angiv portens mappe med --dir (eller SIKKERHEDSNET_ACTIVITY).\n',
    });
  });

  it.each([
    [
      ['--from', '2026-11-31'],
      '--from 2026-11-31 findes ikke i kalenderen; skriv en rigtig dato som ÅÅÅÅ-MM-DD, fx 2026-11-28',
    ],
    [['--to', '2026-11'], '--to skal være en dato som 2026-11-28, ikke "2026-11"'],
    [['--from', '2026-11-10', '--to', '2026-11-01'], '--from 2026-11-10 ligger efter --to 2026-11-01'],
    [['--to', '2026-12-01'], '--to 2026-12-01 ligger efter --today 2026-11-30'],
    [['--inactive-months', '0'], '--inactive-months skal være et helt antal måneder fra 1 til 13, ikke "0"'],
    [
      ['--municipality', '999'],
      '--municipality 999 findes ikke i registret; brug en kommunekode fra kommuner.yaml, fx 101, eller KL',
    ],
    [['--format', 'pdf'], '--format skal være en af: md, csv, json (fik "pdf")'],
  ])('bad flags %j: exit 2 with the message and the usage', async (args, message) => {
    expect(await report(['--keep', ...args])).toEqual({ code: 2, stdout: '', stderr: `${message}\n${USAGE}` });
  });
});
