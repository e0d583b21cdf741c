/** Result of decoding a file as UTF-8: the text, or where the first invalid byte is. */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

/**
 * Decode strictly as UTF-8 (a Windows-1252 file would otherwise turn æøå into U+FFFD silently).
 * The BOM is kept so the caller can warn about it.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  // NUL never occurs in a text file; it is the mark of UTF-16, which is otherwise "valid" UTF-8.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return locate(bytes, nul);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return locate(bytes, firstInvalidOffset(bytes));
  }
}

/** Line and column (in bytes) of `offset`. */
function locate(bytes: Uint8Array, offset: number): Decoded {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { ok: false, line, column: offset - lineStart + 1 };
}

/** Binary search for the shortest invalid prefix: validity of prefixes is monotone in streaming mode. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isValidPrefix(bytes.subarray(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isValidPrefix(prefix: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte sequence cut off at the end of the prefix.
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
