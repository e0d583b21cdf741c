/**
 * The first look at an uploaded Word file, before any Office code sees it: the size of the file, then the zip's own
 * directory (the number of entries, their declared sizes and compression ratios), and only then each entry inflated
 * into a buffer of exactly its declared size. A zip bomb is refused from its directory, in microseconds; an entry that
 * inflates to more than it declared is refused too, so memory is bounded by the limits below whatever the file says.
 */
import { inflateSync } from 'fflate';

/** Largest .docx accepted (the upload itself). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Most entries in the zip: a real document has a few dozen, one with many images a few hundred. */
export const MAX_ENTRIES = 2000;
/** Most bytes all entries may inflate to together: the memory bound of an import. */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Largest compression ratio of an entry above RATIO_FLOOR bytes; Word's XML compresses 5–30 times. */
export const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

/** The entries of a zip, inflated: path → bytes. */
export type ZipEntries = ReadonlyMap<string, Uint8Array>;

/** The rules of a refused file: unreadable or too big, macros, links to outside files. */
export type UnsafeRule = 'import-file' | 'import-macro' | 'import-external';

/** Why a file is refused, in Danish, for the person who uploaded it, under its rule. */
export class UnsafeFileError extends Error {
  readonly rule: UnsafeRule;
  constructor(message: string, rule: UnsafeRule = 'import-file') {
    super(message);
    this.rule = rule;
  }
}

const MIB = 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One entry of the zip's central directory. */
interface DirectoryEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * Check the limits and inflate every entry.
 * @throws UnsafeFileError with a Danish message when the file is too big, not a zip, or a zip bomb.
 */
export function openZip(bytes: Uint8Array): ZipEntries {
  if (bytes.length > MAX_DOCX_BYTES) {
    throw new UnsafeFileError(
      `Filen fylder ${(bytes.length / MIB).toFixed(1)} MB; grænsen er ${MAX_DOCX_BYTES / MIB} MB. ` +
        'Gør billederne mindre (Komprimér billeder i Word), eller del dokumentet op.',
    );
  }
  const entries = readDirectory(bytes);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > RATIO_FLOOR && entry.size > entry.compressed * MAX_RATIO) {
      throw new UnsafeFileError(
        `Delen ${entry.name} pakkes ud til ${(entry.size / MIB).toFixed(0)} MB fra ${entry.compressed} byte ` +
          `(mere end ${MAX_RATIO} gange). Sådan ser en zip-bombe ud, så filen er afvist. Gem dokumentet igen i Word som .docx.`,
      );
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new UnsafeFileError(
      `Filen pakkes ud til ${(total / MIB).toFixed(0)} MB; grænsen er ${MAX_UNCOMPRESSED_BYTES / MIB} MB. ` +
        'Gør billederne mindre, eller del dokumentet op.',
    );
  }
  return new Map(entries.map((entry) => [entry.name, inflate(bytes, entry)]));
}

function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw notAZip();
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw notAZip('den bruger ZIP64, som en Word-fil aldrig har brug for');
  if (count > MAX_ENTRIES) {
    throw new UnsafeFileError(
      `Filen indeholder ${count} dele; grænsen er ${MAX_ENTRIES}. Den er afvist som mistænkelig.`,
    );
  }
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw notAZip('indholdsfortegnelsen er ødelagt');
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The end-of-central-directory record: at the end, after at most a 64 KiB comment. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function inflate(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw notAZip(`delen ${entry.name} mangler`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.length !== entry.compressed) throw notAZip(`delen ${entry.name} er afkortet`);
  if (entry.method === 0) {
    if (entry.compressed !== entry.size) throw notAZip(`delen ${entry.name} har forkert størrelse`);
    return data;
  }
  if (entry.method !== 8) throw notAZip(`delen ${entry.name} er pakket med en ukendt metode`);
  // One byte more than declared: a stream that fills it inflates to more than its directory says (a hidden bomb).
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch {
    throw notAZip(`delen ${entry.name} kan ikke pakkes ud`);
  }
  if (out.length !== entry.size) {
    throw new UnsafeFileError(
      `Delen ${entry.name} fylder noget andet end filens indholdsfortegnelse siger. Filen er afvist som mistænkelig.`,
    );
  }
  return out;
}

function notAZip(why?: string): UnsafeFileError {
  return new UnsafeFileError(
    `Filen er ikke et Word-dokument (.docx)${why ? `: ${why}` : ''}. Åbn den i Word, og gem den som Word-dokument (.docx).`,
  );
}
