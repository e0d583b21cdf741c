import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOptions, importDocx } from './import.ts';
import { partText, rezip, sampleDocx } from './testing/word-files.ts';

let dir: string;
let options: ImportOptions;
let valid: Uint8Array;

beforeAll(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'docx-hostile-')), 'bibliotek');
  await mkdir(dir);
  options = {
    fileName: 'upload.docx',
    category: 'drift',
    owner: 'KL',
    audience: 'kerne',
    today: '2026-11-01',
    dir,
    ownerCodes: new Set(['101']),
    workDomains: new Set(),
    maintainers: ['KL'],
  };
  valid = await sampleDocx();
});

afterAll(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

/** Import `bytes`; return the one problem's rule and message, the time taken, and that nothing was written. */
async function refused(bytes: Uint8Array) {
  const started = performance.now();
  const outcome = await importDocx(bytes, options);
  const ms = performance.now() - started;
  if (outcome.ok) throw new Error(`imported: ${outcome.file}`);
  expect(await readdir(dir)).toEqual([]);
  expect(outcome.problems).toHaveLength(1);
  const [problem] = outcome.problems;
  expect(problem).toMatchObject({ file: 'upload.docx', line: 1, column: 1, severity: 'error' });
  return { rule: problem?.rule, message: problem?.message, ms };
}

/** A zip whose one entry is `size` zero bytes, deflated (about 1,000 times smaller). */
function bomb(size: number, name = 'word/document.xml'): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [name]: new Uint8Array(size) }, { level: 9 });
}

/** Set the uncompressed size the central directory declares for each entry (in order). */
function declareSizes(file: Uint8Array, sizes: readonly number[]): Uint8Array {
  const copy = file.slice();
  const view = new DataView(copy.buffer);
  let entry = 0;
  for (let i = 0; i + 4 <= copy.length && entry < sizes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, sizes[entry++] ?? 0, true);
  }
  return copy;
}

describe('hostile Word files', () => {
  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const file = bomb(16 * 1024 * 1024);
    expect(file.length).toBeLessThan(32 * 1024);
    const r = await refused(file);
    expect(r.rule).toBe('import-file');
    expect(r.message).toMatch(
      /^Delen word\/document\.xml pakkes ud til 16 MB fra \d+ byte \(mere end 200 gange\)\. Sådan ser en zip-bombe ud, så filen er afvist\./,
    );
    expect(r.ms).toBeLessThan(5000);
  });

  it('refuses an entry that inflates to more than its directory declares', async () => {
    // Declare 1,000 bytes in the central directory: the ratio check passes, the inflate must not.
    const file = declareSizes(bomb(8 * 1024 * 1024), [8, 1000]);
    const started = performance.now();
    const r = await refused(file);
    expect(r).toMatchObject({
      rule: 'import-file',
      message:
        'Delen word/document.xml fylder noget andet end filens indholdsfortegnelse siger. Filen er afvist som mistænkelig.',
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses too many entries and too much in total', async () => {
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`x/${i}.xml`, strToU8('<a/>')]));
    expect((await refused(zipSync(many, { level: 0 }))).message).toBe(
      'Filen indeholder 2001 dele; grænsen er 2000. Den er afvist som mistænkelig.',
    );
    // Two stored 1 MB parts that declare 60 MB each: a ratio of 60 passes, the total of 120 MB does not.
    const parts = { 'word/media/a.bin': new Uint8Array(1024 * 1024), 'word/media/b.bin': new Uint8Array(1024 * 1024) };
    const declared = declareSizes(zipSync(parts, { level: 0 }), [60 * 1024 * 1024, 60 * 1024 * 1024]);
    expect((await refused(declared)).message).toBe(
      'Filen pakkes ud til 120 MB; grænsen er 100 MB. Gør billederne mindre, eller del dokumentet op.',
    );
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const r = await refused(new Uint8Array(21 * 1024 * 1024));
    expect(r.message).toBe(
      'Filen fylder 21.0 MB; grænsen er 20 MB. Gør billederne mindre (Komprimér billeder i Word), eller del dokumentet op.',
    );
    expect(r.ms).toBeLessThan(5000);
  });

  it('refuses what is not a zip, a zip without a document, and malformed XML in word/document.xml', async () => {
    expect((await refused(strToU8('Dette er ikke en Word-fil.'))).message).toBe(
      'Filen er ikke et Word-dokument (.docx). Åbn den i Word, og gem den som Word-dokument (.docx).',
    );
    expect((await refused(zipSync({ 'a.txt': strToU8('a') }))).message).toBe(
      'Filen er en zip-fil, men ikke et Word-dokument (den mangler word/document.xml). Gem dokumentet i Word som .docx.',
    );
    const document = partText(valid, 'word/document.xml');
    const broken = rezip(valid, { 'word/document.xml': document.replace('</w:body>', '') });
    expect(await refused(broken)).toMatchObject({
      rule: 'import-file',
      message:
        'Dokumentets tekst (word/document.xml) er ikke gyldig XML: </w:document> lukker <w:body> ved tegn ' +
        `${document.indexOf('</w:body>') + 1}. Åbn filen i Word, og gem den igen som .docx.`,
    });
    const cut = rezip(valid, { 'word/document.xml': document.slice(0, 500) });
    expect((await refused(cut)).message).toMatch(/^Dokumentets tekst \(word\/document\.xml\) er ikke gyldig XML: /);
    const doctype = rezip(valid, {
      'word/document.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${document.replace(/^<\?xml[^>]*\?>/, '')}`,
    });
    expect((await refused(doctype)).message).toBe(
      'Delen word/document.xml indeholder en DOCTYPE-erklæring, som Word aldrig skriver. Filen er afvist.',
    );
  });

  it('refuses a macro document: the .docm content type, or a vbaProject.bin under any name', async () => {
    const types = partText(valid, '[Content_Types].xml').replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.ms-word.document.macroEnabled.main+xml',
    );
    const message =
      'Dokumentet indeholder makroer (et .docm-dokument). Makroer deles ikke i Sikkerhedsnet: gem dokumentet i Word ' +
      'som "Word-dokument (*.docx)", som fjerner makroerne, og prøv igen.';
    expect(await refused(rezip(valid, { '[Content_Types].xml': types }))).toMatchObject({
      rule: 'import-macro',
      message,
    });
    expect(await refused(rezip(valid, { 'word/vbaProject.bin': new Uint8Array(64) }))).toMatchObject({
      rule: 'import-macro',
      message,
    });
  });

  it('refuses external relationships other than hyperlinks: an attached template, a web image, OLE, a frame', async () => {
    const rels = partText(valid, 'word/_rels/document.xml.rels');
    const external = (type: string, target: string) =>
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/></Relationships>`,
      );
    const settings = rezip(valid, {
      'word/_rels/settings.xml.rels': external('attachedTemplate', 'https://angriber.example/skabelon.dotm'),
    });
    expect(await refused(settings)).toMatchObject({
      rule: 'import-external',
      message:
        'Dokumentet henter en tilknyttet dokumentskabelon fra https://angriber.example/skabelon.dotm ' +
        '(word/_rels/settings.xml.rels). Sådanne koblinger afvises, fordi de kan hente indhold ind, når dokumentet ' +
        'åbnes. Kopiér teksten over i et nyt, tomt Word-dokument, gem det som .docx, og prøv igen.',
    });
    for (const [type, what] of [
      ['image', 'et billede, der hentes udefra'],
      ['oleObject', 'et sammenkædet OLE-objekt'],
      ['frame', 'en ramme, der henter indhold udefra'],
    ] as const) {
      const r = await refused(rezip(valid, { 'word/_rels/document.xml.rels': external(type, 'http://x.example/a') }));
      expect(r.rule).toBe('import-external');
      expect(r.message).toMatch(
        new RegExp(`^Dokumentet henter ${what} fra http://x\\.example/a \\(word/_rels/document\\.xml\\.rels\\)\\.`),
      );
    }
    // A hyperlink to the web is what documents are made of.
    const linked = await importDocx(
      rezip(valid, { 'word/_rels/document.xml.rels': external('hyperlink', 'https://www.kl.dk/') }),
      options,
    );
    expect(linked.ok).toBe(true);
  });
});
