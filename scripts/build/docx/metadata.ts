import { Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import { formatDate as formatDanishDate, isRealDate } from '#model/dates.ts';
import type { Block } from './blocks.ts';
import { gridBorders, tableCell } from './table.ts';

/**
 * The front matter of the Word file, under the title. A municipality downloads the template to make it its own
 * document, so the document-control table holds the municipality's placeholders, never the template's owner,
 * version or review date; where the template came from is a separate small note under the table.
 */

/** The document-control table: label and the placeholder the municipality replaces, in reading order. */
const DOCUMENT_CONTROL_ROWS = [
  ['Ejer', '[Ejer]'],
  ['Version', '[Version]'],
  ['Godkendt af', '[Godkendt af]'],
  ['Dato for godkendelse', '[Dato]'],
  ['Næste revision', '[Dato for næste revision]'],
] as const;

const LABEL_FILL = 'D9E2F3';
/** Percentage widths of the label and value columns. */
const LABEL_WIDTH = 35;
const VALUE_WIDTH = 65;

/**
 * The caption "Dokumentstyring" and a two-column table of the municipality's own document control (ejer, version,
 * godkendt af, dato for godkendelse, næste revision), each value a bracket placeholder such as "[Ejer]".
 */
export function documentControl(): Block[] {
  const rows = DOCUMENT_CONTROL_ROWS.map(
    ([label, placeholder]) =>
      new TableRow({
        cantSplit: true,
        children: [
          tableCell([new TextRun({ text: label, bold: true })], { fill: LABEL_FILL, width: LABEL_WIDTH }),
          tableCell([new TextRun({ text: placeholder })], { width: VALUE_WIDTH }),
        ],
      }),
  );
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Dokumentstyring', bold: true })] }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: gridBorders }),
  ];
}

/**
 * The small note on where the template came from, e.g. "Skabelon fra Sikkerhedsnet: Informationssikkerhedspolitik,
 * version 1.0 fra KL – Kommunernes Landsforening, gennemgået 12. oktober 2026." A draft or outdated template says so.
 * Fields the frontmatter lacks are left out.
 * @param title The template's title.
 * @param frontmatter Template frontmatter (docs/interfaces.md §3): version, owner, reviewed and status are used.
 * @param ownerName Readable name for the owner code, e.g. "Københavns Kommune" for "101".
 */
export function sourceNote(title: string, frontmatter: Record<string, unknown>, ownerName?: string): Paragraph {
  const version = textOf(frontmatter.version);
  const owner = ownerName?.trim() || textOf(frontmatter.owner);
  const reviewed = textOf(frontmatter.reviewed);
  let text = `Skabelon fra Sikkerhedsnet: ${title}`;
  if (version) text += `, version ${version}`;
  if (owner) text += ` fra ${owner}`;
  if (reviewed) text += `, gennemgået ${formatDate(reviewed)}`;
  text += '.';
  const status = textOf(frontmatter.status);
  if (status === 'udkast') text += ' Skabelonen er et udkast.';
  if (status === 'forældet') text += ' Skabelonen er forældet.';
  return new Paragraph({ style: 'Kilde', children: [new TextRun({ text })] });
}

/**
 * The template's summary as the lead paragraph, or nothing when the frontmatter has none. It describes the template
 * to the person adapting it, so the file without guidance leaves it out like the guidance.
 * @param frontmatter Template frontmatter.
 */
export function summaryParagraph(frontmatter: Record<string, unknown>): Paragraph[] {
  const summary = textOf(frontmatter.summary);
  return summary ? [new Paragraph({ style: 'Resume', children: [new TextRun({ text: summary })] })] : [];
}

/** Format a `YYYY-MM-DD` date in Danish ("1. november 2026"); anything else is returned unchanged. */
function formatDate(iso: string): string {
  return isRealDate(iso) ? formatDanishDate(iso) : iso;
}

/**
 * A frontmatter value as trimmed text; values may arrive as strings, numbers or (after a YAML/zod coercion) Date
 * objects, anything else is empty.
 * @param value The frontmatter value.
 */
export function textOf(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
