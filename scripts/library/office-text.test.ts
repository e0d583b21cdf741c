import { describe, expect, it } from 'vitest';
import { officeText } from './office-text.ts';
import { parseLibrary } from './parse-library.ts';
import { BROKEN_DOCX, DOCX, DOCX_TABLE, XLSX } from './testing/office-files.ts';
import { vocabularyFile } from './testing/vocabulary.ts';

describe('office text', () => {
  it('extracts Word paragraphs, one per line, main document first', () => {
    expect(officeText(DOCX, 'docx')).toBe('Risikovurdering\nCPR: 070761-4285 A & B\nSide 1');
  });

  it('extracts a Word table row per line, cells joined by tabs, between the paragraphs around it', () => {
    expect(officeText(DOCX_TABLE, 'docx')).toBe('Oversigt\nCPR-nr.\tP-nummer\n070761-4285\t1003856018\nSlut');
  });

  it('extracts Excel rows with shared and inline strings, cells joined by tabs', () => {
    expect(officeText(XLSX, 'xlsx')).toBe('Navn\tpersonnr\nAnne Demo\t0707614285\t42');
  });
});

describe('Office attachments in the library', () => {
  const library = parseLibrary(
    [
      { path: 'risikostyring/skabelon.docx', bytes: DOCX },
      { path: 'risikostyring/register.XLSX', bytes: XLSX },
      { path: 'risikostyring/ødelagt.docx', bytes: BROKEN_DOCX },
      vocabularyFile(),
    ],
    { ownerCodes: new Set(), displayDir: 'templates-library' },
  );

  it('hands the extracted text to the scanners, marked as extracted', () => {
    expect(library.texts.map((t) => [t.file, t.extracted, t.text.split('\n').length])).toEqual([
      // The tag vocabulary is a text file of the library too, read by the same scanners.
      ['templates-library/ordliste.yaml', false, 2],
      ['templates-library/risikostyring/register.XLSX', true, 2],
      ['templates-library/risikostyring/skabelon.docx', true, 3],
    ]);
  });

  it('reports a file that cannot be opened under its own rule, as an error', () => {
    expect(library.problems).toEqual([
      {
        file: 'templates-library/risikostyring/ødelagt.docx',
        line: 1,
        column: 1,
        rule: 'attachment-unreadable',
        severity: 'error',
        message:
          'Filen kan ikke åbnes som .docx-dokument (invalid zip data), så den er ikke undersøgt for persondata. Gem den igen fra Word/Excel.',
      },
    ]);
  });
});
