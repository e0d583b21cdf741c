/**
 * Test support: small Office files built in memory (a Word document with a footer, a Word table with a CPR and a
 * P-number column, an Excel sheet with shared and inline strings), for the extraction and scanning tests.
 */
import { strToU8, zipSync } from 'fflate';

/** A Word document: a heading, a paragraph with a CPR number split over runs, and a footer. */
export const DOCX = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8(
    '<w:document><w:body><w:p><w:r><w:t>Risikovurdering</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">CPR: </w:t></w:r><w:r><w:t>070761-4285</w:t></w:r><w:r><w:tab/><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>',
  ),
  'word/footer1.xml': strToU8('<w:ftr><w:p><w:r><w:t>Side 1</w:t></w:r></w:p></w:ftr>'),
});

const cell = (text: string) => `<w:tc><w:tcPr/><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

/** A Word table with a CPR column and a P-number column (1003856018 has a valid CPR check digit; 1880s date). */
export const DOCX_TABLE = zipSync({
  'word/document.xml': strToU8(
    '<w:document><w:body><w:p><w:r><w:t>Oversigt</w:t></w:r></w:p>' +
      `<w:tbl><w:tblPr/>${row('CPR-nr.', 'P-nummer')}${row('070761-4285', '1003856018')}</w:tbl>` +
      '<w:p><w:r><w:t>Slut</w:t></w:r></w:p></w:body></w:document>',
  ),
});

/** An Excel sheet: a header row with "personnr", a row with a name, a CPR number and a number. */
export const XLSX = zipSync({
  'xl/sharedStrings.xml': strToU8(
    '<sst><si><t>Navn</t></si><si><t>Anne Demo</t></si><si><r><t>personnr</t></r></si></sst>',
  ),
  'xl/worksheets/sheet1.xml': strToU8(
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>0707614285</t></is></c><c r="C2"><v>42</v></c></row></sheetData></worksheet>',
  ),
});

/** Not a ZIP file at all. */
export const BROKEN_DOCX = strToU8('ikke en zip');
