import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cprProblems } from './cpr-number.ts';
import { loadLibrary, scanText } from './library.ts';
import { officeText } from './office-text.ts';

const docx = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8(
    '<w:document><w:body><w:p><w:r><w:t>Risikovurdering</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">CPR: </w:t></w:r><w:r><w:t>070761-4285</w:t></w:r><w:r><w:tab/><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>',
  ),
  'word/footer1.xml': strToU8('<w:ftr><w:p><w:r><w:t>Side 1</w:t></w:r></w:p></w:ftr>'),
});
/** A Word table with a CPR column and a P-number column (1003856018 has a valid CPR check digit; 1880s date). */
const cell = (text: string) => `<w:tc><w:tcPr/><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
const docxTable = zipSync({
  'word/document.xml': strToU8(
    '<w:document><w:body><w:p><w:r><w:t>Oversigt</w:t></w:r></w:p>' +
      `<w:tbl><w:tblPr/>${row('CPR-nr.', 'P-nummer')}${row('070761-4285', '1003856018')}</w:tbl>` +
      '<w:p><w:r><w:t>Slut</w:t></w:r></w:p></w:body></w:document>',
  ),
});
const xlsx = zipSync({
  'xl/sharedStrings.xml': strToU8(
    '<sst><si><t>Navn</t></si><si><t>Anne Demo</t></si><si><r><t>personnr</t></r></si></sst>',
  ),
  'xl/worksheets/sheet1.xml': strToU8(
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>0707614285</t></is></c><c r="C2"><v>42</v></c></row></sheetData></worksheet>',
  ),
});

describe('office text', () => {
  it('extracts Word paragraphs, one per line, main document first', () => {
    expect(officeText(docx, 'docx')).toBe('Risikovurdering\nCPR: 070761-4285 A & B\nSide 1');
  });

  it('extracts a Word table row per line, cells joined by tabs, between the paragraphs around it', () => {
    expect(officeText(docxTable, 'docx')).toBe('Oversigt\nCPR-nr.\tP-nummer\n070761-4285\t1003856018\nSlut');
  });

  it('judges a number in a Word table by its column header: the CPR column is an error, the P-number column nothing', () => {
    const found = cprProblems(scanText('bilag.docx', officeText(docxTable, 'docx'), 'attachment', true), '2026-11-28');
    expect(found.map((p) => [p.line, p.column, p.severity])).toEqual([[3, 1, 'error']]);
  });

  it('extracts Excel rows with shared and inline strings, cells joined by tabs', () => {
    expect(officeText(xlsx, 'xlsx')).toBe('Navn\tpersonnr\nAnne Demo\t0707614285\t42');
  });

  describe('as library attachments', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'content-office-'));
      await writeFile(path.join(dir, 'skabelon.docx'), docx);
      await writeFile(path.join(dir, 'register.xlsx'), xlsx);
      await writeFile(path.join(dir, 'ødelagt.docx'), 'ikke en zip');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('scans extracted text with paragraph/row lines and reports broken files', async () => {
      const library = await loadLibrary(dir);
      const base = path.basename(dir);
      const cpr = library.texts
        .flatMap((t) => cprProblems(t, '2026-11-28'))
        .map((p) => [p.file, p.line, p.column, p.severity, p.message.slice(0, 50)]);
      expect(cpr).toEqual([
        [`${base}/register.xlsx`, 2, 11, 'error', 'Muligt CPR-nummer 070761xxxx (sikkerhed: høj; gyld'],
        [`${base}/skabelon.docx`, 2, 6, 'error', 'Muligt CPR-nummer 070761-xxxx (sikkerhed: høj; gyl'],
      ]);
      expect(library.problems.map((p) => [p.file, p.rule, p.message])).toEqual([
        [
          `${base}/ødelagt.docx`,
          'frontmatter',
          'Filen kan ikke åbnes som .docx-dokument (invalid zip data). Gem den igen fra Word/Excel.',
        ],
      ]);
    });
  });
});
