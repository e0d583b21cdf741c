import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { parseLibrary } from './parse-library.ts';
import { readLibraryFiles } from './read-files.ts';
import { vocabularyFile } from './testing/vocabulary.ts';
import type { LibraryFile } from './types.ts';

const SITE_FIXTURE = path.join(import.meta.dirname, '..', '..', 'site', 'fixtures', 'library');
const CONTENT_FIXTURES = path.join(import.meta.dirname, '..', 'content', 'fixtures');
const codes = new Set(['101', '147', '316', '751']);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let siteFiles: LibraryFile[];
beforeAll(async () => {
  siteFiles = await readLibraryFiles(SITE_FIXTURE);
});

/** The site fixture with one file's text changed (`from` must occur in it) or the file removed (`to` undefined). */
function edited(file: string, from?: string, to?: string): LibraryFile[] {
  return siteFiles.flatMap((f) => {
    if (f.path !== file) return [f];
    if (to === undefined) return [];
    const text = decoder.decode(f.bytes);
    expect(text).toContain(from);
    return [{ path: f.path, bytes: encoder.encode(text.replace(from ?? '', to)) }];
  });
}

const where = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`;
const parse = (files: LibraryFile[]) => parseLibrary(files, { ownerCodes: codes, displayDir: 'templates-library' });

describe('parseLibrary on the site fixture', () => {
  it('accepts it and returns typed entries with defaults, URLs and display paths', () => {
    const library = parse(siteFiles);
    expect(library.problems).toEqual([]);
    expect(library.templates.map((t) => t.slug)).toEqual([
      'beredskabsplan-kerne',
      'haendelsesprocedure',
      'adgangskodepolitik-2019',
      'informationssikkerhedspolitik',
      'risikoregister-kerne',
      'risikovurdering',
    ]);
    expect(library.news.map((n) => [n.slug, n.data.varsel, n.data.kilde])).toEqual([
      ['kerne-trusselsvurdering', false, undefined],
      ['kerne-varsel-pumpestation', true, undefined],
      ['nyhedsbrev-november-2026', false, undefined],
      ['varsel-falsk-opkald', true, 'Eksempelstyrelsen for Samfundssikkerhed'],
    ]);
    expect(library.meetings).toHaveLength(2);
    expect(library.experiences.map((e) => [e.slug, e.url, e.data.audience])).toEqual([
      ['holbaek-kopimaskinen', '/erfaringer/holbaek-kopimaskinen/', 'alle'],
      ['holbaek-logvogter', '/erfaringer/holbaek-logvogter/', 'alle'],
      ['holbaek-skyggeloggen', '/erfaringer/holbaek-skyggeloggen/', 'kerne'],
      ['koebenhavn-arkivboksen', '/erfaringer/koebenhavn-arkivboksen/', 'kerne'],
      ['koebenhavn-kopimaskinen', '/erfaringer/koebenhavn-kopimaskinen/', 'alle'],
    ]);
    // audience left out: an experience is for the core network unless it says otherwise.
    expect(library.experiences[2]).toMatchObject({
      kind: 'experience',
      folder: 'erfaringer',
      file: 'templates-library/erfaringer/holbaek-skyggeloggen.mdx',
      data: { owner: '316', contact: 'holger.skjult@holb.dk', verdict: 'anbefales ikke', tags: [] },
    });
    const vurdering = library.templates.find((t) => t.slug === 'risikovurdering');
    expect(vurdering?.data.review_interval_months).toBe(12);
    expect(vurdering?.data.attachments).toEqual([]);
    expect(vurdering).toMatchObject({
      file: 'templates-library/risikostyring/risikovurdering.mdx',
      path: 'risikostyring/risikovurdering.mdx',
      folder: 'risikostyring',
      url: '/skabeloner/risikovurdering/',
      bodyLine: 13,
    });
    expect(vurdering?.source.slice(vurdering.bodyOffset)).toBe(vurdering?.body);
    expect(vurdering?.position(vurdering.bodyOffset)).toEqual({ line: 13, column: 1 });
    expect(library.files.has('risikostyring/risikoregister.csv')).toBe(true);
    expect(library.texts.map((t) => t.file)).toContain('templates-library/risikostyring/risikoregister.csv');
  });

  it('names the file, line and column of a missing attachment', () => {
    const library = parse(edited('risikostyring/risikoregister.csv'));
    expect(library.problems).toEqual([
      {
        file: 'templates-library/risikostyring/risikoregister-kerne.mdx',
        line: 12,
        column: 15,
        rule: 'attachment-missing',
        severity: 'error',
        message:
          'Bilaget "risikoregister.csv" findes ikke ved siden af risikoregister-kerne.mdx. Læg filen i mappen, eller fjern den fra attachments.',
      },
    ]);
    // The template itself is valid; only the file is missing.
    expect(library.templates.map((t) => t.slug)).toContain('risikoregister-kerne');
  });

  it('locates an unknown key, a bad owner and a category in the wrong folder, and leaves invalid entries out', () => {
    const files = edited('risikostyring/risikovurdering.mdx', 'owner: "101"', 'owner: "998"\nforfatter: Bo Eksempel');
    const library = parse(
      files.map((f) =>
        f.path === 'politikker/informationssikkerhedspolitik.mdx'
          ? {
              ...f,
              bytes: encoder.encode(decoder.decode(f.bytes).replace('category: politikker', 'category: ledelse')),
            }
          : f,
      ),
    );
    expect(library.problems.map(where)).toEqual([
      'templates-library/politikker/informationssikkerhedspolitik.mdx:4:11 category-folder category "ledelse" passer ikke til mappen politikker/. Skriv category: politikker, eller flyt filen til den rigtige mappe.',
      'templates-library/risikostyring/risikovurdering.mdx:7:1 frontmatter-schema owner "998" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"',
      'templates-library/risikostyring/risikovurdering.mdx:8:1 frontmatter-schema Ukendt felt i skabelonen: forfatter. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
    ]);
    expect(library.templates.map((t) => t.slug)).not.toContain('risikovurdering');
    expect(library.invalidUrls).toEqual(new Set(['/skabeloner/risikovurdering/']));
  });

  it('locates an experience whose verdict, month, vendor and owner its schema refuses, and leaves it out', () => {
    const file = 'erfaringer/holbaek-skyggeloggen.mdx';
    let files = edited(file, 'verdict: anbefales ikke', 'verdict: god');
    files = files.map((f) =>
      f.path === file
        ? {
            ...f,
            bytes: encoder.encode(
              decoder
                .decode(f.bytes)
                .replace('in_use_since: "2024-02"', 'in_use_since: "feb 2024"')
                .replace('vendor: Hemmelighedsleverandøren ApS', 'vendor: "!!"')
                .replace('owner: "316"', 'owner: "999"'),
            ),
          }
        : f,
    );
    const library = parse(files);
    expect(library.problems.map(where)).toEqual([
      'templates-library/erfaringer/holbaek-skyggeloggen.mdx:5:1 frontmatter-schema vendor skal indeholde bogstaver eller tal, fx "Backupfabrikken A/S": navnet bliver leverandørsidens adresse',
      'templates-library/erfaringer/holbaek-skyggeloggen.mdx:7:1 frontmatter-schema owner "999" findes ikke: skriv kommunens kode fra registry/kommuner.yaml, fx "751"',
      'templates-library/erfaringer/holbaek-skyggeloggen.mdx:9:1 frontmatter-schema in_use_since skal være en måned i formatet ÅÅÅÅ-MM i anførselstegn, fx "2022-03"',
      'templates-library/erfaringer/holbaek-skyggeloggen.mdx:10:1 frontmatter-schema verdict skal være en af: anbefales, anbefales med forbehold, anbefales ikke',
    ]);
    expect(library.experiences.map((e) => e.slug)).not.toContain('holbaek-skyggeloggen');
    expect(library.invalidUrls).toEqual(new Set(['/erfaringer/holbaek-skyggeloggen/']));
  });

  it('rejects a supersedes slug that is a live template or that another template claims', () => {
    const live = parse(
      edited(
        'politikker/informationssikkerhedspolitik.mdx',
        'supersedes: [sikkerhedspolitik-gammel]',
        'supersedes: [risikovurdering]',
      ),
    );
    expect(live.problems.map(where)).toEqual([
      'templates-library/politikker/informationssikkerhedspolitik.mdx:13:14 supersedes-conflict supersedes "risikovurdering" er navnet på en eksisterende skabelon; fjern den gamle fil, eller ret supersedes.',
    ]);
    const twice = parse(
      edited(
        'risikostyring/risikovurdering.mdx',
        'status: gældende',
        'status: gældende\nsupersedes: [sikkerhedspolitik-gammel]',
      ),
    );
    expect(twice.problems.map(where)).toEqual([
      'templates-library/risikostyring/risikovurdering.mdx:12:14 supersedes-conflict supersedes "sikkerhedspolitik-gammel" bruges også af templates-library/politikker/informationssikkerhedspolitik.mdx; en gammel adresse kan kun pege ét sted hen. Fjern den fra den ene skabelon.',
    ]);
  });

  it('names a missing key and reads a file that starts with a byte-order mark', () => {
    const files = edited('risikostyring/risikovurdering.mdx', 'summary: Skabelon til', 'resume: Skabelon til');
    const withBom = files.map((f) =>
      f.path === 'risikostyring/risikovurdering.mdx'
        ? { ...f, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...f.bytes]) }
        : f,
    );
    expect(parse(withBom).problems.map(where)).toEqual([
      'templates-library/risikostyring/risikovurdering.mdx:2:1 frontmatter-schema Feltet summary mangler i frontmatter: summary skal være en tekst',
      'templates-library/risikostyring/risikovurdering.mdx:3:1 frontmatter-schema Ukendt felt i skabelonen: resume. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
    ]);
  });
});

describe('parseLibrary on broken frontmatter', () => {
  it('reports each problem once, under its rule, at the key or value it concerns', async () => {
    const library = parseLibrary(await readLibraryFiles(path.join(CONTENT_FIXTURES, 'frontmatter')), {
      ownerCodes: codes,
      displayDir: 'frontmatter',
    });
    expect(library.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.severity} ${p.message}`)).toEqual(
      [
        'frontmatter/drift/forkert.mdx:3:1 frontmatter-schema error summary må ikke være tom',
        'frontmatter/drift/forkert.mdx:4:11 category-folder error category "politikker" passer ikke til mappen drift/. Skriv category: drift, eller flyt filen til den rigtige mappe.',
        'frontmatter/drift/forkert.mdx:5:8 frontmatter-schema error tags skal skrives med små bogstaver, tal og bindestreg, fx "iso27001"',
        'frontmatter/drift/forkert.mdx:7:1 frontmatter-schema error owner "999" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"',
        'frontmatter/drift/forkert.mdx:9:1 frontmatter-schema error version skal være en tekst i anførselstegn, fx "1.0"',
        'frontmatter/drift/forkert.mdx:12:1 frontmatter-schema error status skal være en af: udkast, gældende, forældet',
        'frontmatter/drift/forkert.mdx:13:1 frontmatter-schema error Ukendt felt i skabelonen: klassifikation. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
        'frontmatter/politikker/ok.mdx:1:1 duplicate-slug error Slug "ok" bruges også af frontmatter/drift/ok.mdx; begge ville få adressen /skabeloner/ok/. Giv den ene fil et andet navn.',
        'frontmatter/politikker/ustruktur.mdx:3:1 frontmatter-syntax error Frontmatter kan ikke læses: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'frontmatter/ukendt/fil.mdx:1:1 library-folder error "frontmatter/ukendt/fil.mdx" ligger ikke i en kendt mappe. Flyt filen til en af mapperne: risikostyring, beredskab, politikker, haendelseshaandtering, leverandoerstyring, databeskyttelse, awareness, drift, ledelse, nyheder, moeder, erfaringer.',
      ],
    );
    // Valid pages stay entries (both "ok" files: a duplicate slug is reported, not hidden); broken ones do not.
    expect(library.entries.map((e) => e.file)).toEqual(['frontmatter/drift/ok.mdx', 'frontmatter/politikker/ok.mdx']);
  });

  it('rejects a file name that is not a slug and a page outside the folders', () => {
    const page = (path: string) => ({ path, bytes: encoder.encode('---\ntitle: x\n---\n') });
    const files = [page('nyheder/Ny_Nyhed.mdx'), page('løs.mdx'), page('drift/under/dyb.mdx'), vocabularyFile()];
    const library = parseLibrary(files, { ownerCodes: codes });
    expect(library.problems.map((p) => `${p.file} ${p.rule}`)).toEqual([
      'drift/under/dyb.mdx library-folder',
      'løs.mdx library-folder',
      'nyheder/Ny_Nyhed.mdx file-name',
      'nyheder/Ny_Nyhed.mdx frontmatter-schema',
      'nyheder/Ny_Nyhed.mdx frontmatter-schema',
      'nyheder/Ny_Nyhed.mdx frontmatter-schema',
    ]);
    expect(library.entries).toEqual([]);
  });
});
