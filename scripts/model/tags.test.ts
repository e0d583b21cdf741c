import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTagVocabulary, readTagVocabulary, tagLabel } from './tags.ts';

const LIBRARY = path.join(import.meta.dirname, '..', '..', 'templates-library');

/** Every problem of a text as `line:column message`. */
function errors(text: string): string[] {
  return parseTagVocabulary(text, 'emner.yaml').errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

describe('parseTagVocabulary', () => {
  it('reads slug → display name, trimmed, with comments and quotes as YAML has them', () => {
    const parsed = parseTagVocabulary('# Emner\nnis2: NIS2\niso27001: "ISO 27001"\nhændelser:   Hændelser  \n', 'x');
    expect([...parsed.labels]).toEqual([
      ['nis2', 'NIS2'],
      ['iso27001', 'ISO 27001'],
      ['hændelser', 'Hændelser'],
    ]);
    expect([...parsed.slugs]).toEqual(['nis2', 'iso27001', 'hændelser']);
    expect(parsed).toMatchObject({ readable: true, errors: [] });
  });

  it('locates a file that is not YAML at the parser’s position', () => {
    // An unclosed quote is noticed at the end of the file, where the parser reports it.
    expect(errors('nis2: NIS2\niso27001: "ISO 27001\n')).toEqual([
      '3:1 Emnelisten kan ikke læses som YAML: der mangler et tegn, fx et afsluttende anførselstegn. Skriv ét emne pr. linje, fx "nis2: NIS2".',
    ]);
    expect(parseTagVocabulary('nis2: [\n', 'x').readable).toBe(false);
  });

  it('refuses an empty file, a list, a single value and aliases, and then knows no tag', () => {
    expect(errors('# kun en kommentar\n')).toEqual([
      '1:1 Emnelisten er tom. Skriv ét emne pr. linje med slug og dansk navn, fx "nis2: NIS2".',
    ]);
    const notMapping =
      'Emnelisten skal bestå af linjer "slug: Navn", fx "nis2: NIS2", ikke en liste eller en enkelt værdi.';
    expect(errors('# emner\n- nis2\n- gdpr\n')).toEqual([`2:1 ${notMapping}`]);
    expect(errors('NIS2\n')).toEqual([`1:1 ${notMapping}`]);
    expect(errors('nis2: &n NIS2\nnis-2: *n\n')).toEqual([
      '2:8 Aliaser (*navn) og ankre (&navn) er ikke tilladt i emnelisten; skriv navnet helt ud.',
    ]);
    const parsed = parseTagVocabulary('- nis2\n', 'x');
    expect([parsed.readable, parsed.labels.size, parsed.slugs.size]).toEqual([false, 0, 0]);
  });

  it('locates a key that is not a tag slug, a slug twice, an empty or non-text name and a name used twice', () => {
    const text = [
      'nis2: NIS2',
      'ISO 27001: ISO 27001',
      'nis2: NIS 2',
      'gdpr:',
      'soa: "  "',
      'iso27005: 27005',
      'mfa: [MFA, 2FA]',
      'nis-2: nis2',
      '? [a, b]',
      ': x',
      'cfcs: CFCS',
    ].join('\n');
    expect(errors(text)).toEqual([
      '2:1 "ISO 27001" er ikke et gyldigt emne: skriv det med små bogstaver, tal og bindestreg, fx "iso27001: ISO 27001".',
      '3:1 Emnet "nis2" står også i linje 1; slet den ene linje.',
      '4:6 Emnet "gdpr" mangler et navn. Skriv det danske navn efter kolon, fx "nis2: NIS2".',
      '5:6 Emnet "soa" mangler et navn. Skriv det danske navn efter kolon, fx "nis2: NIS2".',
      '6:11 Navnet på emnet "iso27005" skal være en tekst på samme linje; sæt det i anførselstegn: iso27005: "27005".',
      '7:6 Navnet på emnet "mfa" skal være en tekst på samme linje; fx "nis2: NIS2".',
      '8:8 Navnet "nis2" bruges også af emnet "nis2" (linje 1). To emner må ikke hedde det samme: brug det ene emne, eller giv dem hver sit navn.',
      '9:3 Hvert emne skal være et slug efterfulgt af et navn, fx "nis2: NIS2".',
    ]);
    // Valid entries are kept; a slug with a bad name is still a known tag (its name is the problem, not its use).
    const parsed = parseTagVocabulary(text, 'x');
    expect([...parsed.labels]).toEqual([
      ['nis2', 'NIS2'],
      ['cfcs', 'CFCS'],
    ]);
    expect([...parsed.slugs]).toEqual(['nis2', 'gdpr', 'soa', 'iso27005', 'mfa', 'nis-2', 'cfcs']);
  });

  it('names the file it was given in every error', () => {
    expect(parseTagVocabulary('NIS2: NIS2\n', 'templates-library/emner.yaml').errors[0]?.file).toBe(
      'templates-library/emner.yaml',
    );
  });
});

describe('readTagVocabulary and tagLabel', () => {
  it('reads the library’s own vocabulary, and labels a tag by it or by its slug when unknown', () => {
    const vocabulary = readTagVocabulary(LIBRARY);
    expect(['nis2', 'iso27001', 'iso27005', 'soa', 'gdpr', 'cfcs', 'mfa'].map((t) => tagLabel(vocabulary, t))).toEqual([
      'NIS2',
      'ISO 27001',
      'ISO 27005',
      'SoA',
      'GDPR',
      'CFCS',
      'MFA',
    ]);
    expect(tagLabel(vocabulary, 'ukendt-emne')).toBe('ukendt-emne');
  });

  it('throws a Danish error naming the file and the first problem when it is missing or invalid', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'emner-'));
    try {
      const file = path.join(dir, 'emner.yaml');
      expect(() => readTagVocabulary(dir)).toThrow(`${file} kan ikke læses (ENOENT)`);
      await writeFile(file, 'nis2: NIS2\nNIS2: NIS 2\n');
      expect(() => readTagVocabulary(dir)).toThrow(
        `${file}:2:1: "NIS2" er ikke et gyldigt emne: skriv det med små bogstaver, tal og bindestreg, fx "iso27001: ISO 27001". (kør npm run content -- check)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
