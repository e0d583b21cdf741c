/**
 * The texts the personal-data scanners read: MDX sources, plain-text attachments and the text inside Office
 * attachments. An Office file that cannot be opened is not scanned, so it is a problem of its own
 * (`attachment-unreadable`), never hidden among frontmatter problems.
 */
import { officeText } from './office-text.ts';
import { lineStarts, positionAt } from './text-position.ts';
import type { ScanText } from './types.ts';

/** Attachments read as plain text by the personal-data scanners. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.csv',
  '.tsv',
  '.md',
  '.json',
  '.yaml',
  '.yml',
  '.xml',
  '.html',
]);

/** Office files whose XML text is extracted before scanning. */
export const OFFICE_EXTENSIONS: ReadonlySet<string> = new Set(['.docx', '.xlsx']);

const utf8 = new TextDecoder();

/** UTF-8 text of a file; a byte-order mark is dropped, so line 1 column 1 is the first visible character. */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** A ScanText with a position function over its own line index. */
export function scanText(file: string, text: string, origin: ScanText['origin'], extracted = false): ScanText {
  const starts = lineStarts(text);
  return { file, text, origin, extracted, position: (offset) => positionAt(starts, offset) };
}

/** Lower-case extension of a path, with the dot (`.docx`); empty when there is none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** An attachment's text for the scanners, or why an Office file could not be read. */
export type AttachmentText = { text: ScanText } | { unreadable: string } | undefined;

/**
 * The scannable text of a non-MDX file: text files as they are, `.docx`/`.xlsx` as extracted text (lines are
 * paragraphs or rows); undefined for files the scanners do not read (images, PDFs).
 */
export function attachmentText(file: string, bytes: Uint8Array): AttachmentText {
  const ext = extensionOf(file);
  if (TEXT_EXTENSIONS.has(ext)) return { text: scanText(file, decodeText(bytes), 'attachment') };
  if (!OFFICE_EXTENSIONS.has(ext)) return undefined;
  try {
    return { text: scanText(file, officeText(bytes, ext === '.docx' ? 'docx' : 'xlsx'), 'attachment', true) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      unreadable: `Filen kan ikke åbnes som ${ext}-dokument (${reason}), så den er ikke undersøgt for persondata. Gem den igen fra Word/Excel.`,
    };
  }
}
