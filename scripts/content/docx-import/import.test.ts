import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ImportOptions, importDocx } from './import.ts';
import { PIXEL_PNG, sampleDocx } from './testing/word-files.ts';

let dir: string;
let options: ImportOptions;

beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'docx-import-')), 'bibliotek');
  await mkdir(dir);
  options = {
    fileName: 'plan.docx',
    category: 'beredskab',
    owner: '101',
    audience: 'kerne',
    today: '2026-11-01',
    dir,
    ownerCodes: new Set(['101']),
    workDomains: new Set(['kk.dk']),
    maintainers: ['Københavns Kommune'],
  };
});

afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

const EXPECTED = `---
title: Beredskabsplan for [Kommunens navn]
summary: Planen gælder for [Kommunens navn] og alle forvaltninger.
category: beredskab
tags: []
audience: kerne
owner: "101"
maintainers: ["Københavns Kommune"]
version: "1.0"
reviewed: "2026-11-01"
review_interval_months: 12
status: udkast
supersedes: []
attachments: ["beredskabsplan-for-kommunens-navn-billede-1.png"]
---

<Vejledning>

Udfyld felterne i \\{klammer\\}.

Slet vejledningen bagefter.

</Vejledning>

Planen gælder for [Kommunens navn] og alle forvaltninger.

## Roller

**Beredskabslederen** leder *krisestaben*. Se [sikkerdigital.dk](https://www.sikkerdigital.dk/).

- Kriseledelse
  - Direktion
    - Stedfortræder
- Kommunikation

1. Aktivér planen
   1. Ring til [vagthavende]
2. Skriv i logbogen

### Kontakter

| Rolle | Navn |
| --- | --- |
| Leder | [Navn] |

### Vagtplan

| Uge | Vagt | |
| --- | --- | --- |
| 1 | Anne | Bo |
| | Carla | Dan |

Farvet tekst.

Mere farvet tekst.

![](beredskabsplan-for-kommunens-navn-billede-1.png)
`;

describe('importDocx', () => {
  it('maps headings, lists, tables, links, emphasis, images, placeholders and Vejledning, and writes the files', async () => {
    const outcome = await importDocx(await sampleDocx(), options);
    const file = 'bibliotek/beredskab/beredskabsplan-for-kommunens-navn.mdx';
    const mdx = path.join(dir, 'beredskab', 'beredskabsplan-for-kommunens-navn.mdx');
    const png = path.join(dir, 'beredskab', 'beredskabsplan-for-kommunens-navn-billede-1.png');
    expect(outcome).toEqual({
      ok: true,
      file,
      written: [png, mdx],
      warnings: [
        'Typografien «Kommunefarve» kendes ikke (2 afsnit); teksten er importeret som almindelige afsnit. Brug Words overskrifter, lister eller typografien «Vejledning», eller ret MDX-filen.',
        `${file}:48: Tabel 2 under «Vagtplan» har flettede celler (de er delt ud, og teksten står i den første), som en Markdown-tabel ikke kan vise. Tjek tabellen i MDX-filen.`,
      ],
    });
    const text = await readFile(mdx, 'utf8');
    expect(text).toBe(EXPECTED);
    expect(text.split('\n')[47]).toBe('| Uge | Vagt | |');
    expect(new Uint8Array(await readFile(png))).toEqual(PIXEL_PNG);
    expect((await readdir(path.join(dir, 'beredskab'))).sort()).toEqual([
      'beredskabsplan-for-kommunens-navn-billede-1.png',
      'beredskabsplan-for-kommunens-navn.mdx',
    ]);
  });

  it('takes the title from the file property, keeps the first heading, and never overwrites: the slug gets -2', async () => {
    await mkdir(path.join(dir, 'politikker'));
    await writeFile(
      path.join(dir, 'politikker', 'it-beredskab.mdx'),
      '---\ntitle: x\nsupersedes: [it-beredskab-2]\n---\n',
    );
    const outcome = await importDocx(await sampleDocx({ title: 'It-beredskab' }), options);
    expect(outcome.ok && outcome.file).toBe('bibliotek/beredskab/it-beredskab-3.mdx');
    const text = await readFile(path.join(dir, 'beredskab', 'it-beredskab-3.mdx'), 'utf8');
    expect(text).toContain('title: It-beredskab\n');
    expect(text).toContain('\n# Beredskabsplan for [Kommunens navn]\n');
    expect(text).toContain('attachments: ["it-beredskab-3-billede-1.png"]');
  });

  it('stops at a CPR number or a classification marking with located Danish errors and writes nothing', async () => {
    const outcome = await importDocx(
      await sampleDocx({ extra: ['Kontakt: CPR-nr. 070761-4285.', 'Klassifikation: FORTROLIGT'] }),
      options,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const file = 'bibliotek/beredskab/beredskabsplan-for-kommunens-navn.mdx';
    expect(outcome.problems.map((p) => [p.file, p.line, p.rule, p.severity])).toEqual([
      [file, 59, 'cpr-number', 'error'],
      [file, 61, 'classification', 'error'],
    ]);
    expect(outcome.problems[0]?.message).toMatch(/^Muligt CPR-nummer/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an unknown category with the valid ones, and a document without any title', async () => {
    const unknown = await importDocx(await sampleDocx(), { ...options, category: 'it' });
    expect(unknown).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          file: 'plan.docx',
          rule: 'import-category',
          message: expect.stringMatching(
            /^Kategorien «it» findes ikke\. Vælg en af:\n {2}risikostyring\n.*\n {2}haendelseshaandtering \(hændelseshåndtering\)\n/s,
          ),
        }),
      ],
    });
    const { Document, Packer, Paragraph } = await import('docx');
    const untitled = await Packer.pack(
      new Document({ sections: [{ children: [new Paragraph('Bare tekst.')] }] }),
      'uint8array',
    );
    const outcome = await importDocx(untitled, options);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          file: 'plan.docx',
          line: 1,
          column: 1,
          rule: 'import-title',
          severity: 'error',
          message:
            'Dokumentet har ingen titel. Giv det en titel i Word (Filer → Oplysninger → Titel), eller begynd det med en overskrift.',
        },
      ],
    });
  });
});
