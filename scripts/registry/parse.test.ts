import { describe, expect, it } from 'vitest';
import { parseRegistry } from './parse.ts';
import type { FileEntry } from './registry-files.ts';
import { fixtureFiles } from './testing/fixture-files.ts';

const DIR = '/repo/registry';
const R = 'kommuner/101-koebenhavn.yaml';

const problemsOf = (files: ReadonlyMap<string, FileEntry>) =>
  parseRegistry({ dir: DIR, files }).problems.map((p) => [p.file, p.rule, p.message].join('  '));

describe('parseRegistry (in memory)', () => {
  it('builds the registry with places from a file set, with Registry.dir as given', async () => {
    const { registry, problems } = parseRegistry({ dir: DIR, files: await fixtureFiles() });
    expect(problems).toEqual([]);
    expect(registry?.dir).toBe(DIR);
    expect(registry?.rosters.map((r) => r.file)).toEqual([
      'registry/kommuner/101-koebenhavn.yaml',
      'registry/kommuner/751-aarhus.yaml',
    ]);
    expect(registry?.rosters[0]?.members[1]?.position).toEqual({ file: `registry/${R}`, line: 14, column: 5 });
  });

  it('reports a registry directory that does not exist', () => {
    expect(parseRegistry({ dir: '/repo/registret' }).problems).toEqual([
      {
        file: 'registret',
        line: 1,
        column: 1,
        rule: 'file-missing',
        severity: 'error',
        message: 'registermappen findes ikke',
      },
    ]);
  });

  it('ignores what a git tree holds besides the registry files (README, schemas, hidden files)', async () => {
    const files = await fixtureFiles({
      'README.md': '# Vejledning',
      'schema/roster.schema.json': '{}',
      'kommuner/.gitkeep': '',
    });
    expect(parseRegistry({ dir: DIR, files }).problems).toEqual([]);
  });

  it('turns entries that could not be read into located problems', async () => {
    const files = await fixtureFiles();
    files.set(R, { failure: 'unreadable', code: 'EACCES' });
    files.set('kommuner/751-aarhus.yaml', { failure: 'too-large', size: 2 * 1024 * 1024 });
    files.set('admins.yaml', { failure: 'not-a-file' });
    expect(problemsOf(files)).toEqual([
      'registry/admins.yaml  file-read  forventede en fil, men fandt en mappe; flyt eller omdøb den',
      'registry/kommuner/101-koebenhavn.yaml  file-read  filen kan ikke læses (EACCES)',
      'registry/kommuner/751-aarhus.yaml  file-too-large  filen er på 2048 KB; en registerfil må højst fylde 1024 KB',
    ]);
  });

  it('applies the size limit to bytes in memory too', async () => {
    const files = await fixtureFiles();
    const { problems } = parseRegistry({ dir: DIR, files }, { maxFileBytes: 100 });
    expect(problems.map((p) => p.rule)).toEqual(Array(5).fill('file-too-large'));
  });

  it('reads the same registry with and without the fast reader', async () => {
    const files = await fixtureFiles();
    expect(parseRegistry({ dir: DIR, files }, { fastReader: false })).toEqual(parseRegistry({ dir: DIR, files }));
  });
});
