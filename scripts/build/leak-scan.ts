import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { listFiles } from './manifest.ts';

/** A forbidden string found in a built file. */
export interface Leak {
  /** Path relative to the scanned directory (`!` separates a .docx from its inner part). */
  file: string;
  needle: string;
}

const PAGEFIND_PREFIX = 'pagefind_dcd';

/** Minimal HTML/XML entity decoding, so an escaped title (`KL&#39;s`) still matches its plain form. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The readable text of one built file: gzip (Pagefind's index, fragments, filters, meta) is decompressed
 * and its `pagefind_dcd` signature dropped; .docx and other zip files are unpacked part by part.
 */
export function readableParts(name: string, bytes: Uint8Array): { part: string; text: string }[] {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    let text = gunzipSync(bytes).toString('utf8');
    if (text.startsWith(PAGEFIND_PREFIX)) text = text.slice(PAGEFIND_PREFIX.length);
    return [{ part: name, text }];
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return Object.entries(unzipSync(bytes)).map(([inner, data]) => ({
      part: `${name}!${inner}`,
      text: Buffer.from(data).toString('utf8'),
    }));
  }
  return [{ part: name, text: Buffer.from(bytes).toString('utf8') }];
}

/** The needles that occur in `text`, ignoring case and HTML entities, plain or URL-encoded. */
export function needlesIn(text: string, needles: readonly string[]): string[] {
  const haystack = decodeEntities(text).toLowerCase();
  return needles.filter((needle) => {
    const lower = needle.toLowerCase();
    return lower !== '' && (haystack.includes(lower) || haystack.includes(encodeURIComponent(lower).toLowerCase()));
  });
}

/**
 * Ensure no needle occurs in any file under `dir` (HTML, JSON, XML, JS, CSS, Pagefind files after
 * decompression, Word files after unzipping), nor in any file name. Matching ignores case and HTML entities.
 */
export async function scanForLeaks(dir: string, needles: readonly string[]): Promise<Leak[]> {
  const nonEmpty = needles.filter((n) => n.length > 0);
  const leaks: Leak[] = [];
  for (const file of await listFiles(dir)) {
    const name = file.toLowerCase();
    for (const needle of nonEmpty) if (name.includes(needle.toLowerCase())) leaks.push({ file, needle });
    for (const { part, text } of readableParts(file, await readFile(join(dir, file)))) {
      for (const needle of needlesIn(text, nonEmpty)) leaks.push({ file: part, needle });
    }
  }
  return leaks;
}
