import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTagVocabulary } from '#model/tags.ts';
import type { Problem } from '../problems/problem.ts';
import { parseLibrary } from './parse-library.ts';
import { readLibraryFiles } from './read-files.ts';
import { vocabularyFile } from './testing/vocabulary.ts';
import type { LibraryFile } from './types.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const encoder = new TextEncoder();
const where = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`;

const TEMPLATE = [
  '---',
  'title: Politik',
  'summary: En politik.',
  'category: politikker',
  'tags: [iso-27001, nis2, ukendt]',
  'audience: alle',
  'owner: KL',
  'maintainers: [Anne Demo]',
  'version: "1.0"',
  'reviewed: "2026-10-01"',
  'status: gældende',
  '---',
  'Tekst.',
].join('\n');

const NEWS = [
  '---',
  'title: Nyt',
  'summary: Nyt.',
  'date: "2026-11-01"',
  'audience: alle',
  'tags:',
  '  - nis2',
  '  - hændelse',
  '---',
  'Tekst.',
].join('\n');

function file(filePath: string, text: string): LibraryFile {
  return { path: filePath, bytes: encoder.encode(text) };
}

function parse(files: LibraryFile[]) {
  return parseLibrary(files, { ownerCodes: new Set(), displayDir: 'templates-library' });
}

const VOCABULARY = 'nis2: NIS2\niso27001: ISO 27001\nhændelser: Hændelser\n';

describe('tag-vocabulary', () => {
  it('reports a library without ordliste.yaml once, at the file it asks for', () => {
    expect(parse([file('politikker/politik.mdx', TEMPLATE)]).problems.map(where)).toEqual([
      'templates-library/ordliste.yaml:1:1 tag-vocabulary Ordlisten mangler. Opret templates-library/ordliste.yaml med ét emne pr. linje, slug og dansk navn, fx "nis2: NIS2"; alle tags skal stå i den.',
    ]);
  });

  it('reports the file’s own problems at their line and column, and checks tags against every slug it has', () => {
    const library = parse([
      file('politikker/politik.mdx', TEMPLATE),
      vocabularyFile('nis2: NIS2\niso27001:\nukendt: NIS2\n'),
    ]);
    expect(library.problems.map(where)).toEqual([
      'templates-library/ordliste.yaml:2:10 tag-vocabulary Emnet "iso27001" mangler et navn. Skriv det danske navn efter kolon, fx "nis2: NIS2".',
      'templates-library/ordliste.yaml:3:9 tag-vocabulary Navnet "NIS2" bruges også af emnet "nis2" (linje 1). To emner må ikke hedde det samme: brug det ene emne, eller giv dem hver sit navn.',
      // iso27001 is known (only its name is missing), so it is not reported; nor offered, as it has no name.
      'templates-library/politikker/politik.mdx:5:8 tag-unknown Emnet "iso-27001" står ikke i ordlisten templates-library/ordliste.yaml. Brug et emne, der står der, eller tilføj en linje "iso-27001: <navn>" til ordlisten.',
    ]);
    expect([...library.vocabulary]).toEqual([['nis2', 'NIS2']]);
  });

  it('reports the glossary’s problems with names and synonyms at their line and column', () => {
    const glossary = [
      'nis2:',
      '  navn: NIS2',
      '  synonymer: [NIS2-loven, nis2-loven]',
      'iso27001: { navn: ISO 27001, synonym: [ISO/IEC 27001] }',
      'iso27005: { synonymer: [ISO/IEC 27005] }',
      'hændelser:',
      '  navn: Hændelser',
      '  synonymer:',
      '    - incident',
      '    - 27001',
      'beredskab: { navn: Beredskab, synonymer: incident }',
      'cyberangreb: { navn: Cyberangreb, synonymer: [Incident] }',
    ].join('\n');
    const library = parse([file('nyheder/nyt.mdx', NEWS), vocabularyFile(glossary)]);
    const vocabulary = 'templates-library/ordliste.yaml';
    expect(library.problems.map(where)).toEqual([
      // The page's tags are checked against every slug, also those whose entry has a problem.
      `templates-library/nyheder/nyt.mdx:8:5 tag-unknown Emnet "hændelse" står ikke i ordlisten ${vocabulary}. Mente du "hændelser" (Hændelser)? Ret tagget, eller tilføj en linje "hændelse: <navn>" til ordlisten.`,
      `${vocabulary}:3:27 tag-vocabulary Synonymet "nis2-loven" står to gange i emnet "nis2"; slet det ene.`,
      `${vocabulary}:4:30 tag-vocabulary Emnet "iso27001" har feltet "synonym", som ikke findes. Tilladte felter er "navn" og "synonymer".`,
      `${vocabulary}:5:11 tag-vocabulary Emnet "iso27005" mangler feltet "navn". Skriv det danske navn, fx "navn: NIS2".`,
      `${vocabulary}:10:7 tag-vocabulary Synonymet 27001 for emnet "hændelser" skal være en tekst; sæt det i anførselstegn: "27001".`,
      `${vocabulary}:11:42 tag-vocabulary Synonymerne for emnet "beredskab" skal være en liste, fx "synonymer: [databrud, data breach]".`,
      `${vocabulary}:12:47 tag-vocabulary Synonymet "Incident" bruges også af emnet "hændelser" (linje 9). Et ord må kun høre til ét emne, ellers finder søgningen de forkerte sider: slet det ene af dem.`,
    ]);
    expect(library.vocabulary.get('hændelser')).toBe('Hændelser');
  });

  it('does not call every tag unknown when the file is not a mapping', () => {
    const library = parse([file('politikker/politik.mdx', TEMPLATE), vocabularyFile('- nis2\n')]);
    expect(library.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'templates-library/ordliste.yaml:1:1 tag-vocabulary',
    ]);
    expect(library.vocabulary.size).toBe(0);
  });
});

describe('tag-unknown', () => {
  it('points at each unknown tag in a flow or block list and names the obvious existing tag', () => {
    const library = parse([
      file('politikker/politik.mdx', TEMPLATE),
      file('nyheder/nyt.mdx', NEWS),
      vocabularyFile(VOCABULARY),
    ]);
    expect(library.problems.map(where)).toEqual([
      'templates-library/nyheder/nyt.mdx:8:5 tag-unknown Emnet "hændelse" står ikke i ordlisten templates-library/ordliste.yaml. Mente du "hændelser" (Hændelser)? Ret tagget, eller tilføj en linje "hændelse: <navn>" til ordlisten.',
      'templates-library/politikker/politik.mdx:5:8 tag-unknown Emnet "iso-27001" står ikke i ordlisten templates-library/ordliste.yaml. Mente du "iso27001" (ISO 27001)? Ret tagget, eller tilføj en linje "iso-27001: <navn>" til ordlisten.',
      'templates-library/politikker/politik.mdx:5:25 tag-unknown Emnet "ukendt" står ikke i ordlisten templates-library/ordliste.yaml. Brug et emne, der står der, eller tilføj en linje "ukendt: <navn>" til ordlisten.',
    ]);
    // The pages stay entries: an unknown tag is reported, the page is still built once it is fixed.
    expect(library.entries.map((e) => e.slug)).toEqual(['nyt', 'politik']);
    expect(library.vocabulary.get('iso27001')).toBe('ISO 27001');
  });

  it('names the entry a tag is a synonym of, rather than asking for a new entry', () => {
    const text = TEMPLATE.replace('tags: [iso-27001, nis2, ukendt]', 'tags: [nis2, konsekvensanalyse]');
    const glossary = 'nis2: NIS2\ndpia:\n  navn: DPIA\n  synonymer: [Konsekvensanalyse]\n';
    const library = parse([file('politikker/politik.mdx', text), vocabularyFile(glossary)]);
    expect(library.problems.map(where)).toEqual([
      'templates-library/politikker/politik.mdx:5:14 tag-unknown Emnet "konsekvensanalyse" står ikke i ordlisten templates-library/ordliste.yaml, men er et synonym for emnet "dpia" (DPIA). Skriv "dpia" i tags.',
    ]);
  });

  it('leaves a tag the schema refused to frontmatter-schema', () => {
    const text = TEMPLATE.replace('tags: [iso-27001, nis2, ukendt]', 'tags: [NIS2, nis2]');
    const library = parse([file('politikker/politik.mdx', text), vocabularyFile(VOCABULARY)]);
    expect(library.problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['5:8 frontmatter-schema']);
  });
});

describe('the library’s vocabulary', () => {
  it('names every tag of the library, the fixture libraries and the Word fixtures', async () => {
    const vocabulary = readTagVocabulary(path.join(ROOT, 'templates-library'));
    const dirs = ['templates-library', 'site/fixtures/library', 'scripts/content/fixtures/links', 'scripts/build/docx'];
    const unknown: string[] = [];
    for (const dir of dirs) {
      for (const f of await readLibraryFiles(path.join(ROOT, dir))) {
        const line = /^tags: \[(.*)\]$/m.exec(new TextDecoder().decode(f.bytes))?.[1] ?? '';
        for (const tag of line.split(',').map((t) => t.trim())) {
          if (/^[a-zæøå0-9-]+$/.test(tag) && !vocabulary.has(tag)) unknown.push(`${dir}/${f.path}: ${tag}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
