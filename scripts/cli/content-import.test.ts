import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocx } from '../content/docx-import/testing/word-files.ts';
import { ROOT, runEntry } from './testing/run-process.ts';

const REGISTRY = path.join(ROOT, 'scripts/content/experience-request/fixtures/registry');
let work: string;
let library: string;
let docx: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'content-import-'));
  library = path.join(work, 'bibliotek');
  await mkdir(library);
  docx = path.join(work, 'Beredskabsplan.docx');
  await writeFile(docx, await sampleDocx());
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  runEntry('content.ts', ['import', ...args, '--dir', library, '--registry', REGISTRY, '--today', '2026-11-01']);

describe('npm run content -- import', () => {
  it('writes the template and its image, prints what was written and the warnings, exit 0', async () => {
    const r = await run(docx, '--category', 'beredskab', '--owner', '101', '--audience', 'alle');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Skrevet: bibliotek/beredskab/beredskabsplan-for-kommunens-navn.mdx',
        `Billede: ${path.relative(ROOT, path.join(library, 'beredskab', 'beredskabsplan-for-kommunens-navn-billede-1.png'))}`,
        'advarsel: Typografien «Kommunefarve» kendes ikke (2 afsnit); teksten er importeret som almindelige afsnit. Brug Words overskrifter, lister eller typografien «Vejledning», eller ret MDX-filen.',
        'advarsel: bibliotek/beredskab/beredskabsplan-for-kommunens-navn.mdx:48: Tabel 2 under «Vagtplan» har flettede celler (de er delt ud, og teksten står i den første), som en Markdown-tabel ikke kan vise. Tjek tabellen i MDX-filen.',
        'Skabelonen er et udkast (status: udkast): læs den igennem, tilføj tags, og ret resuméet, før den sendes til review.',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    const text = await readFile(path.join(library, 'beredskab', 'beredskabsplan-for-kommunens-navn.mdx'), 'utf8');
    expect(text).toContain('audience: alle\nowner: "101"\nmaintainers: ["Københavns Kommune"]\n');
    // A second import of the same file gets a free name; nothing is overwritten.
    const again = await run('--category', 'beredskab', docx);
    expect(again.stdout).toMatch(/^Skrevet: bibliotek\/beredskab\/beredskabsplan-for-kommunens-navn-2\.mdx\n/);
    expect(
      await readFile(path.join(library, 'beredskab', 'beredskabsplan-for-kommunens-navn-2.mdx'), 'utf8'),
    ).toContain('owner: "KL"\nmaintainers: ["KL – Kommunernes Landsforening"]\n');
  });

  it('asks for the category in Danish with the valid folders, exit 2', async () => {
    const r = await run(docx);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Angiv kategorien med --category, en af:\n {2}risikostyring\n {2}beredskab\n/);
    expect(r.stderr).toContain('  haendelseshaandtering (hændelseshåndtering)\n');
    expect((await run(docx, '--category', 'it')).stderr).toMatch(
      /^Kategorien «it» findes ikke; angiv --category, en af:\n/,
    );
  });

  it('refuses unknown flags, a missing file, a wrong audience and an unknown owner, exit 2', async () => {
    const unknown = await run(docx, '--category', 'drift', '--kategori', 'x');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, 'Ukendt tilvalg: --kategori']);
    const missing = await run(path.join(work, 'findes-ikke.docx'), '--category', 'drift');
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([
      2,
      `filen ${path.join(work, 'findes-ikke.docx')} findes ikke`,
    ]);
    const audience = await run(docx, '--category', 'drift', '--audience', 'bred');
    expect(audience.stderr.split('\n')[0]).toBe('--audience skal være kerne eller alle (fik "bred")');
    const owner = await run(docx, '--category', 'drift', '--owner', '999');
    expect(owner.stderr.split('\n')[0]).toBe(
      '--owner 999 findes ikke: skriv KL eller en kommunekode fra registry/kommuner.yaml, fx 101',
    );
  });

  // The slug is -3: the two earlier imports took the name, and slugs are unique across categories.
  it('prints located problems and writes nothing when the text holds a CPR number, exit 1', async () => {
    const cpr = path.join(work, 'cpr.docx');
    await writeFile(cpr, await sampleDocx({ extra: ['Kontakt: CPR-nr. 070761-4285.'] }));
    const before = await readdir(path.join(library, 'drift')).catch(() => []);
    const r = await run(cpr, '--category', 'drift');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^bibliotek\/drift\/beredskabsplan-for-kommunens-navn-3\.mdx:59:\d+ {2}cpr-number {2}Muligt CPR-nummer.*\nIntet er skrevet\.\n$/,
    );
    expect(await readdir(path.join(library, 'drift')).catch(() => [])).toEqual(before);
  });

  it('refuses a macro document with the Danish reason, exit 1', async () => {
    const { rezip } = await import('../content/docx-import/testing/word-files.ts');
    const docm = path.join(work, 'makro.docm');
    await writeFile(docm, rezip(await sampleDocx(), { 'word/vbaProject.bin': new Uint8Array(8) }));
    const r = await run(docm, '--category', 'drift');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${docm}:1:1  import-macro  Dokumentet indeholder makroer (et .docm-dokument). Makroer deles ikke i Sikkerhedsnet: ` +
        'gem dokumentet i Word som "Word-dokument (*.docx)", som fjerner makroerne, og prøv igen.\nIntet er skrevet.\n',
    );
  });
});
