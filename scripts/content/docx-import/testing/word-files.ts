/**
 * Test support: Word files made in the test, with the `docx` library (as Word writes them: styles, numbering,
 * tables, hyperlinks, images, core properties) and altered with fflate to make the hostile ones.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A 1×1 PNG. */
export const PIXEL_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const cell = (text: string, options: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: [new Paragraph(text)],
    columnSpan: options.columnSpan,
    verticalMerge:
      options.verticalMerge === 'restart'
        ? VerticalMergeType.RESTART
        : options.verticalMerge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
  });

/**
 * A contingency plan with what the import maps: title property, headings, nested bulleted and numbered lists, a
 * table with a header row, a table with merged cells, a link, bold and italic, an image, placeholders, "Vejledning"
 * paragraphs and one paragraph in an unknown style. `extra` paragraphs are appended (e.g. a CPR number).
 */
export async function sampleDocx(options: { title?: string; extra?: string[] } = {}): Promise<Uint8Array> {
  const bullet = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'punkt', level } });
  const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'tal', level } });
  const document = new Document({
    ...(options.title === undefined ? {} : { title: options.title }),
    styles: {
      paragraphStyles: [
        { id: 'Vejledning', name: 'Vejledning', basedOn: 'Normal', run: { italics: true } },
        { id: 'Kommunefarve', name: 'Kommunefarve', basedOn: 'Normal' },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'punkt',
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })),
        },
        {
          reference: 'tal',
          levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Beredskabsplan for [Kommunens navn]' }),
          new Paragraph({
            style: 'Vejledning',
            children: [new TextRun({ text: 'Udfyld felterne i {klammer}.', italics: true })],
          }),
          new Paragraph({ style: 'Vejledning', text: 'Slet vejledningen bagefter.' }),
          new Paragraph('Planen gælder for [Kommunens navn] og alle forvaltninger.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Roller' }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Beredskabslederen', bold: true }),
              new TextRun(' leder '),
              new TextRun({ text: 'krisestaben', italics: true }),
              new TextRun('. Se '),
              new ExternalHyperlink({
                link: 'https://www.sikkerdigital.dk/',
                children: [new TextRun({ text: 'sikkerdigital.dk', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          bullet('Kriseledelse', 0),
          bullet('Direktion', 1),
          bullet('Stedfortræder', 2),
          bullet('Kommunikation', 0),
          numbered('Aktivér planen', 0),
          numbered('Ring til [vagthavende]', 1),
          numbered('Skriv i logbogen', 0),
          new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Kontakter' }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Rolle'), cell('Navn')] }),
              new TableRow({ children: [cell('Leder'), cell('[Navn]')] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Vagtplan' }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Uge'), cell('Vagt', { columnSpan: 2 })] }),
              new TableRow({ children: [cell('1', { verticalMerge: 'restart' }), cell('Anne'), cell('Bo')] }),
              new TableRow({ children: [cell('', { verticalMerge: 'continue' }), cell('Carla'), cell('Dan')] }),
            ],
          }),
          new Paragraph({ style: 'Kommunefarve', text: 'Farvet tekst.' }),
          new Paragraph({ style: 'Kommunefarve', text: 'Mere farvet tekst.' }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PIXEL_PNG, transformation: { width: 10, height: 10 } })],
          }),
          ...(options.extra ?? []).map((text) => new Paragraph(text)),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

/** The parts of a .docx, to alter. */
export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Zip the parts again, with `changes` applied (a string is UTF-8; undefined removes the part). */
export function rezip(
  bytes: Uint8Array,
  changes: Record<string, string | Uint8Array | undefined>,
  level: 0 | 6 | 9 = 6,
): Uint8Array {
  const files: Record<string, Uint8Array> = { ...unzipSync(bytes) };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete files[name];
    else files[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  return zipSync(files, { level });
}

/** A part's text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (!part) throw new Error(`missing part ${name}`);
  return strFromU8(part);
}
