/**
 * `npm run discussions -- report` as a whole process on the fixture exports and registry of
 * scripts/discussions/fixtures, today pinned: the three formats, the period flags, and the Danish refusals. The
 * figures themselves are checked line by line in scripts/discussions/report.test.ts.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEntry } from './testing/run-process.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'discussions', 'fixtures');
const common = ['--registry', path.join(FIXTURES, 'registry'), '--today', '2026-03-05'];
const report = (args: string[], dir = path.join(FIXTURES, 'exports')) =>
  runEntry('discussions.ts', ['report', '--dir', dir, ...args, ...common]);

const temps: string[] = [];
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
async function exportsCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-report-'));
  temps.push(root);
  const dir = path.join(root, 'discussions');
  await cp(path.join(FIXTURES, 'exports'), dir, { recursive: true });
  return dir;
}

const USAGE =
  'Brug: npm run discussions -- report [--format md|csv|json] [--separator ;|,] [--from ÅÅÅÅ-MM] [--to ÅÅÅÅ-MM] [--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD]\n';

describe('npm run discussions -- report', () => {
  it('Markdown by default, for the whole period of the exports', async () => {
    const result = await report([]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Spørgsmål og svar i netværket, december 2025 – marts 2026');
    expect(lines).toContain('| Spørgsmål | 7 | 2 | 9 |');
    expect(lines).toContain('| Mediantid til første svar | 22 timer | 2 dage | 1,5 dage |');
    expect(lines).toContain('## Ubesvarede spørgsmål over 7 dage (3)');
    expect(lines).toContain('| ukendt | 1 | 0 | 1 |');
  });

  it('--from and --to, CSV with commas, and JSON', async () => {
    const csv = await report(['--format', 'csv', '--separator', ',', '--from', '2026-02', '--to', '2026-02']);
    expect([csv.code, csv.stderr]).toEqual([0, '']);
    expect(csv.stdout.split('\n').map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '\uFEFFniveau,nummer',
      'kerne,9',
      'kerne,5',
      'bred,2',
      'kerne,6',
      '',
    ]);
    const json = await report(['--format', 'json', '--to', '2026-01']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as { from: string; to: string; totals: { alle: { questions: number } } };
    expect([data.from, data.to, data.totals.alle.questions]).toEqual(['2025-12', '2026-01', 4]);
  });

  it('an export that is missing or broken: exit 1, with where and how to fix it', async () => {
    const dir = await exportsCopy();
    await rm(path.join(dir, 'bred.json'));
    await writeFile(path.join(dir, 'kerne.json'), '{"version": 1,\n  "tier": "kerne",\n');
    const result = await report([], dir);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr.split('\n')).toEqual([
      'discussions/kerne.json:3:1  discussions-export  filen er ikke gyldig JSON her (filen slutter, før JSON-værdien er ' +
        'færdig); filen skrives af npm run discussions -- export: kør eksporten igen, eller gendan filen fra git ' +
        '(git checkout -- discussions/kerne.json)',
      'discussions/bred.json: filen findes ikke. Hent trådene med npm run discussions -- export.',
      '',
      'Rapporten kan ikke laves uden begge eksporter.',
      '',
    ]);
  });

  it.each([
    [['--from', '2026-13'], '--from skal være en måned som 2026-01, ikke "2026-13"'],
    [['--to', '2026-3'], '--to skal være en måned som 2026-01, ikke "2026-3"'],
    [['--from', '2026-03', '--to', '2026-01'], '--from 2026-03 ligger efter --to 2026-01'],
    [['--format', 'pdf'], '--format skal være en af: md, csv, json (fik "pdf")'],
  ])('bad flags %j: exit 2 with the message and the usage', async (args, message) => {
    expect(await report(args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n${USAGE}` });
  });
});
