import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTagVocabulary, readGlossary, readTagVocabulary, tagLabel } from './tags.ts';

const LIBRARY = path.join(import.meta.dirname, '..', '..', 'templates-library');

/** Every problem of a text as `line:column message`. */
function errors(text: string): string[] {
  return parseTagVocabulary(text, 'ordliste.yaml').errors.map((e) => `${e.line}:${e.column} ${e.message}`);
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
    expect(parsed.synonyms.size).toBe(0);
  });

  it('locates a file that is not YAML at the parser’s position', () => {
    // An unclosed quote is noticed at the end of the file, where the parser reports it.
    expect(errors('nis2: NIS2\niso27001: "ISO 27001\n')).toEqual([
      '3:1 Ordlisten kan ikke læses som YAML: der mangler et tegn, fx et afsluttende anførselstegn. Skriv ét emne pr. linje, fx "nis2: NIS2".',
    ]);
    expect(parseTagVocabulary('nis2: [\n', 'x').readable).toBe(false);
  });

  it('refuses an empty file, a list, a single value and aliases, and then knows no tag', () => {
    expect(errors('# kun en kommentar\n')).toEqual([
      '1:1 Ordlisten er tom. Skriv ét emne pr. linje med slug og dansk navn, fx "nis2: NIS2".',
    ]);
    const notMapping =
      'Ordlisten skal bestå af linjer "slug: Navn", fx "nis2: NIS2", ikke en liste eller en enkelt værdi.';
    expect(errors('# emner\n- nis2\n- gdpr\n')).toEqual([`2:1 ${notMapping}`]);
    expect(errors('NIS2\n')).toEqual([`1:1 ${notMapping}`]);
    expect(errors('nis2: &n NIS2\nnis-2: *n\n')).toEqual([
      '2:8 Aliaser (*navn) og ankre (&navn) er ikke tilladt i ordlisten; skriv navnet helt ud.',
    ]);
    const parsed = parseTagVocabulary('- nis2\n', 'x');
    expect([parsed.readable, parsed.labels.size, parsed.slugs.size, parsed.synonyms.size]).toEqual([false, 0, 0, 0]);
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
      '7:6 Navnet på emnet "mfa" skal være en tekst på samme linje; fx "nis2: NIS2". Synonymer skrives sådan: mfa: { navn: <navn>, synonymer: [<ord>, <ord>] }.',
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
    expect(parseTagVocabulary('NIS2: NIS2\n', 'templates-library/ordliste.yaml').errors[0]?.file).toBe(
      'templates-library/ordliste.yaml',
    );
  });
});

describe('parseTagVocabulary: names with synonyms', () => {
  const ONE_MEANING = 'Et ord må kun høre til ét emne, ellers finder søgningen de forkerte sider';

  it('reads { navn, synonymer } in block and flow form, synonyms as written, beside plain entries', () => {
    const text = [
      'nis2: NIS2',
      'dpia:',
      '  navn: DPIA',
      '  synonymer:',
      '    - konsekvensanalyse',
      '    - " data protection impact assessment "',
      'mfa: { navn: MFA, synonymer: [to-faktor, 2FA] }',
      'soa:',
      '  navn: SoA',
      '  synonymer: []',
      'bia: { navn: BIA }',
    ].join('\n');
    const parsed = parseTagVocabulary(text, 'x');
    expect(parsed.errors).toEqual([]);
    expect([...parsed.labels]).toEqual([
      ['nis2', 'NIS2'],
      ['dpia', 'DPIA'],
      ['mfa', 'MFA'],
      ['soa', 'SoA'],
      ['bia', 'BIA'],
    ]);
    expect([...parsed.synonyms]).toEqual([
      ['dpia', ['konsekvensanalyse', 'data protection impact assessment']],
      ['mfa', ['to-faktor', '2FA']],
    ]);
  });

  it('locates a mapping without navn, an unknown or repeated field and a name that is not one text', () => {
    const text = [
      'dpia:',
      '  navn: DPIA',
      '  synonym: [konsekvensanalyse]',
      '  navn: Konsekvensanalyse',
      'bia: { synonymer: [business impact analysis] }',
      'siem:',
      '  navn:',
      'soa: { navn: [SoA, SOA] }',
      'iso27005: { navn: 27005 }',
      'mfa: { navn: MFA, ? [x] : y }',
    ].join('\n');
    expect(errors(text)).toEqual([
      '3:3 Emnet "dpia" har feltet "synonym", som ikke findes. Tilladte felter er "navn" og "synonymer".',
      '4:3 Feltet "navn" står to gange i emnet "dpia"; slet det ene.',
      '5:6 Emnet "bia" mangler feltet "navn". Skriv det danske navn, fx "navn: NIS2".',
      '7:8 Emnet "siem" mangler et navn. Skriv det danske navn efter "navn:", fx "navn: NIS2".',
      '8:14 Navnet på emnet "soa" skal være én tekst, fx "navn: NIS2".',
      '9:19 Navnet på emnet "iso27005" skal være en tekst; sæt det i anførselstegn: navn: "27005".',
      '10:21 Emnet "mfa" har et felt uden navn. Tilladte felter er "navn" og "synonymer".',
    ]);
    // An entry without a valid name is still a known tag, but has no label and so no synonyms.
    const parsed = parseTagVocabulary(text, 'x');
    expect([...parsed.labels]).toEqual([
      ['dpia', 'DPIA'],
      ['mfa', 'MFA'],
    ]);
    expect([...parsed.slugs]).toEqual(['dpia', 'bia', 'siem', 'soa', 'iso27005', 'mfa']);
    expect(parsed.synonyms.size).toBe(0);
  });

  it('locates synonymer that are not a list, and each synonym that is empty or not text, keeping the rest', () => {
    const text = [
      'backup:',
      '  navn: Backup',
      '  synonymer: sikkerhedskopi, backup',
      'logning: { navn: Logning, synonymer: }',
      'mfa: { navn: MFA, synonymer: { to-faktor: 2FA } }',
      'iso27001:',
      '  navn: ISO 27001',
      '  synonymer:',
      '    -',
      '    - "  "',
      '    - 27001',
      '    - [ISO/IEC 27001]',
      '    - ISO/IEC 27001',
    ].join('\n');
    const list = 'skal være en liste, fx "synonymer: [databrud, data breach]".';
    expect(errors(text)).toEqual([
      `3:14 Synonymerne for emnet "backup" ${list}`,
      `4:38 Synonymerne for emnet "logning" ${list}`,
      `5:30 Synonymerne for emnet "mfa" ${list}`,
      '9:6 Emnet "iso27001" har et tomt synonym; skriv ordet, eller slet det.',
      '10:7 Emnet "iso27001" har et tomt synonym; skriv ordet, eller slet det.',
      '11:7 Synonymet 27001 for emnet "iso27001" skal være en tekst; sæt det i anførselstegn: "27001".',
      '12:7 Hvert synonym for emnet "iso27001" skal være ét ord eller udtryk, fx "synonymer: [databrud, data breach]".',
    ]);
    const parsed = parseTagVocabulary(text, 'x');
    expect(parsed.labels.size).toBe(4);
    expect([...parsed.synonyms]).toEqual([['iso27001', ['ISO/IEC 27001']]]);
  });

  it('refuses a synonym repeated in its entry or equal to its name or slug, ignoring case, spacing and punctuation', () => {
    const text = [
      'phishing:',
      '  navn: Phishing',
      '  synonymer: [svindelmail, Svindelmail, PHISHING, "spear  phishing", spear phishing]',
      'iso27001: { navn: ISO 27001, synonymer: [iso27001, iso   27001] }',
      'nis2: { navn: NIS2, synonymer: [NIS 2, nis-2, "-"] }',
    ].join('\n');
    expect(errors(text)).toEqual([
      '3:28 Synonymet "Svindelmail" står to gange i emnet "phishing"; slet det ene.',
      '3:41 Synonymet "PHISHING" er det samme som emnets navn; slet synonymet, for søgningen kender allerede emnets navn.',
      '3:70 Synonymet "spear phishing" står to gange i emnet "phishing"; slet det ene.',
      '4:42 Synonymet "iso27001" er det samme som emnets slug; slet synonymet, for søgningen kender allerede emnets slug.',
      '4:52 Synonymet "iso   27001" er det samme som emnets navn; slet synonymet, for søgningen kender allerede emnets navn.',
      '5:40 Synonymet "nis-2" står to gange i emnet "nis2"; slet det ene.',
      '5:47 Synonymet "-" for emnet "nis2" har hverken bogstaver eller tal; skriv ordet, eller slet det.',
    ]);
    expect([...parseTagVocabulary(text, 'x').synonyms]).toEqual([
      ['phishing', ['svindelmail', 'spear  phishing']],
      ['nis2', ['NIS 2']],
    ]);
  });

  it('refuses a term that another entry already uses as slug, name or synonym, naming that entry and line', () => {
    const text = [
      'dpia:',
      '  navn: DPIA',
      '  synonymer:',
      '    - konsekvensanalyse',
      'bia:',
      '  navn: BIA',
      '  synonymer: [Konsekvensanalyse, dpia, risikoanalyse, business impact analysis]',
      'risikovurdering: { navn: Risikoanalyse }',
      'konsekvensanalyse: Konsekvensvurdering',
      'siem: { navn: SIEM, synonymer: [BIA] }',
    ].join('\n');
    expect(errors(text)).toEqual([
      `7:15 Synonymet "Konsekvensanalyse" bruges også af emnet "dpia" (linje 4). ${ONE_MEANING}: slet det ene af dem.`,
      `7:34 Synonymet "dpia" bruges også af emnet "dpia" (linje 2) som navn. ${ONE_MEANING}: slet synonymet, eller brug emnet "dpia".`,
      `8:26 Navnet "Risikoanalyse" bruges også af emnet "bia" (linje 7) som synonym. ${ONE_MEANING}: slet synonymet dér, eller brug emnet "bia".`,
      `9:1 Emnet "konsekvensanalyse" bruges også af emnet "dpia" (linje 4) som synonym. ${ONE_MEANING}: slet synonymet dér, eller brug emnet "dpia".`,
      `10:33 Synonymet "BIA" bruges også af emnet "bia" (linje 6) som navn. ${ONE_MEANING}: slet synonymet, eller brug emnet "bia".`,
    ]);
    // The first use wins; the later synonym is dropped and the later name leaves its entry without a label.
    const parsed = parseTagVocabulary(text, 'x');
    expect([...parsed.synonyms]).toEqual([
      ['dpia', ['konsekvensanalyse']],
      ['bia', ['risikoanalyse', 'business impact analysis']],
    ]);
    expect(parsed.labels.has('risikovurdering')).toBe(false);
    expect(parsed.slugs.has('risikovurdering')).toBe(true);
  });

  it('refuses a synonym that is another entry’s slug', () => {
    expect(errors('iso27001: ISO 27001\nisms: { navn: ISMS, synonymer: [ISO27001] }\n')).toEqual([
      `2:33 Synonymet "ISO27001" bruges også af emnet "iso27001" (linje 1) som slug. ${ONE_MEANING}: slet synonymet, eller brug emnet "iso27001".`,
    ]);
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
      const file = path.join(dir, 'ordliste.yaml');
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

describe('readGlossary', () => {
  it('reads the library’s own glossary: every entry named, at least 25 with synonyms, the common terms in place', () => {
    const glossary = readGlossary(LIBRARY);
    expect(glossary.labels).toEqual(readTagVocabulary(LIBRARY));
    expect(glossary.synonyms.size).toBeGreaterThanOrEqual(25);
    for (const slug of glossary.synonyms.keys()) expect(glossary.labels.has(slug)).toBe(true);
    const has = (slug: string) => glossary.synonyms.get(slug) ?? [];
    expect(has('dpia')).toEqual(expect.arrayContaining(['konsekvensanalyse', 'data protection impact assessment']));
    expect(has('isms')).toEqual(expect.arrayContaining(['ledelsessystem for informationssikkerhed']));
    expect(has('phishing')).toEqual(expect.arrayContaining(['svindelmail', 'svindelmails', 'spearphishing']));
    expect(has('mfa')).toEqual(expect.arrayContaining(['2FA', 'to-faktor', 'tofaktorgodkendelse']));
    expect(has('persondatabrud')).toEqual(expect.arrayContaining(['databrud', 'brud på persondatasikkerheden']));
    expect(has('soa')).toEqual(expect.arrayContaining(['statement of applicability']));
    expect(
      ['bia', 'siem', 'backup', 'patchstyring', 'ransomware', 'leverandør', 'hændelser', 'beredskab'].filter(
        (s) => has(s).length === 0,
      ),
    ).toEqual([]);
  });

  it('throws like readTagVocabulary, naming the file and the first problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ordliste-'));
    try {
      const file = path.join(dir, 'ordliste.yaml');
      expect(() => readGlossary(dir)).toThrow(`${file} kan ikke læses (ENOENT)`);
      await writeFile(file, 'dpia: { navn: DPIA, synonymer: [konsekvensanalyse] }\nbia: { navn: BIA, synonym: [x] }\n');
      expect(() => readGlossary(dir)).toThrow(
        `${file}:2:19: Emnet "bia" har feltet "synonym", som ikke findes. Tilladte felter er "navn" og "synonymer". (kør npm run content -- check)`,
      );
      await writeFile(file, 'dpia: { navn: DPIA, synonymer: [konsekvensanalyse] }\nbia: BIA\n');
      expect(readGlossary(dir)).toEqual({
        labels: new Map([
          ['dpia', 'DPIA'],
          ['bia', 'BIA'],
        ]),
        synonyms: new Map([['dpia', ['konsekvensanalyse']]]),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
