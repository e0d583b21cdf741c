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
    { id: 'Metadata', name: 'Metadata', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
    { id: 'Resume', name: 'Resumé', basedOn: 'Normal', run: { size: 24 }, paragraph: { spacing: { before: 160 } } },
  ],
};

/** What the Word file is made of, after the body has been rendered. */
export type DocumentParts = {
  readonly title: string;
  readonly summary?: string;
  readonly keywords?: string;
  /** Metadata paragraphs shown under the title. */
  readonly metadata: readonly Paragraph[];
  readonly body: readonly Block[];
};

/**
 * Assemble the Word document: A4 page, Danish language, the title as Title style, the metadata block, the body
 * and a footer "Side X af Y". Fonts are referenced by name only, never embedded.
 * @param parts Title, metadata and rendered body.
 */
export function buildDocument(parts: DocumentParts): Document {
  return new Document({
    title: parts.title,
    description: parts.summary,
    keywords: parts.keywords,
    creator: 'Sikkerhedsnet',
    styles,
    numbering: { config: numberingConfig() },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: pageFooter() },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, text: parts.title }), ...parts.metadata, ...parts.body],
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
