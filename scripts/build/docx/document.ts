import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  type IStylesOptions,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Block } from './blocks.ts';
import { numberingConfig } from './lists.ts';

/** A4 in twips (1/20 pt) with 2 cm margins, as Danish municipal documents are printed. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const FONT = 'Calibri';
const HEADING_COLOR = '1F3864';

const heading = (size: number) => ({
  run: { font: FONT, size, bold: true, color: HEADING_COLOR },
  paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
});

/** Styles: Calibri 11 pt in Danish everywhere, headings in dark blue, and the library's own paragraph styles. */
const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: 'da-DK' } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: { run: { font: FONT, size: 48, bold: true, color: HEADING_COLOR }, paragraph: { spacing: { after: 160 } } },
    heading1: heading(32),
    heading2: heading(28),
    heading3: heading(24),
    heading4: heading(22),
    heading5: heading(22),
    heading6: heading(22),
  },
  paragraphStyles: [
    {
      id: 'Vejledning',
      name: 'Vejledning',
      basedOn: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '595959' },
      paragraph: { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 6 } } },
    },
    {
      id: 'Citat',
      name: 'Citat',
      basedOn: 'Normal',
      paragraph: { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8EAADB', space: 6 } } },
    },
    {
      id: 'Kilde',
      name: 'Kilde',
      basedOn: 'Normal',
      run: { size: 18, color: '595959' },
      paragraph: { spacing: { before: 120, after: 240 } },
    },
    { id: 'Resume', name: 'Resumé', basedOn: 'Normal', run: { size: 24 }, paragraph: { spacing: { before: 160 } } },
  ],
};

/** Who the file properties name as its creator: the library that publishes the template (see `buildDocument`). */
const CREATOR = 'KL – Sikkerhedsnet';

/** What the Word file is made of, after the body has been rendered. */
export type DocumentParts = {
  readonly title: string;
  /** File property "Emne": the category, e.g. "Risikostyring". */
  readonly subject?: string;
  /** File property "Beskrivelse": the template's summary. */
  readonly description?: string;
  /** File property "Nøgleord": the tags, comma-separated. */
  readonly keywords?: string;
  /** Blocks between the title and the body: summary, document control, source note. */
  readonly front: readonly Block[];
  readonly body: readonly Block[];
};

/**
 * Assemble the Word document: A4 page, Danish language, the title as Title style, the front blocks, the body and a
 * footer "Side X af Y". Fonts are referenced by name only, never embedded. The file properties name KL's library
 * as creator and last editor rather than the owner municipality: the file becomes the downloading municipality's
 * own document, and another municipality's name as its author would mislabel it (the owner is in the source note).
 * @param parts Title, file properties, front blocks and rendered body.
 */
export function buildDocument(parts: DocumentParts): Document {
  return new Document({
    title: parts.title,
    subject: parts.subject,
    description: parts.description,
    keywords: parts.keywords,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles,
    numbering: { config: numberingConfig() },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: pageFooter() },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, text: parts.title }), ...parts.front, ...parts.body],
      },
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
