import { Paragraph, TextRun } from 'docx';
import { formatDate as formatDanishDate, isRealDate } from '#model/dates.ts';

/** Frontmatter keys shown under the title, with their Danish labels, in reading order. */
const FIELDS = [
  ['category', 'Kategori'],
  ['version', 'Version'],
  ['status', 'Status'],
  ['reviewed', 'Gennemgået'],
  ['owner', 'Ejer'],
] as const;

/**
 * The metadata block under the title: one "Label: værdi" line per field that the frontmatter has
 * (kategori, version, status, gennemgået, ejer), then the summary. Values are shown as Danish text:
 * category and status with a capital letter, dates as "1. november 2026".
 * @param frontmatter Template frontmatter (docs/interfaces.md §3); missing or empty fields are left out.
 * @param ownerName Readable name for the owner code, e.g. "Københavns Kommune" for "101".
 */
export function metadataParagraphs(frontmatter: Record<string, unknown>, ownerName?: string): Paragraph[] {
  const lines: Paragraph[] = [];
  for (const [key, label] of FIELDS) {
    const value = displayValue(key, frontmatter[key], ownerName);
    if (!value) continue;
    lines.push(
      new Paragraph({
        style: 'Metadata',
        children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })],
      }),
    );
  }
  const summary = textOf(frontmatter.summary);
  if (summary) lines.push(new Paragraph({ style: 'Resume', children: [new TextRun({ text: summary })] }));
  return lines;
}

function displayValue(key: string, value: unknown, ownerName?: string): string {
  const text = textOf(value);
  if (!text) return '';
  switch (key) {
    case 'category':
    case 'status':
      return text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);
    case 'reviewed':
      return formatDate(text);
    case 'owner':
      return ownerName && ownerName !== text ? `${ownerName} (${text})` : text;
    default:
      return text;
  }
}

/**
 * Format a `YYYY-MM-DD` date in Danish ("1. november 2026"); anything else is returned unchanged.
 * @param iso Date as written in the frontmatter.
 */
export function formatDate(iso: string): string {
  return isRealDate(iso) ? formatDanishDate(iso) : iso;
}

/** Frontmatter values may arrive as strings, numbers or (after a YAML/zod coercion) Date objects. */
function textOf(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
