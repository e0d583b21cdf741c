/**
 * Strong ETags for manifest files, and the `If-None-Match` test. An ETag is the SHA-256 of the file's bytes,
 * computed the first time a manifest entry is asked for and kept with that entry (a reloaded manifest has new
 * entries, so a rebuild computes again). The file's size, mtime and inode are kept with it: a file that changes on
 * disk while the old manifest is still in force (a rebuild swaps the tier directory before it writes the manifest)
 * is hashed again, so an ETag never names bytes that are no longer there.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';

interface Memo {
  size: number;
  mtimeMs: number;
  ino: number;
  etag: Promise<string>;
}

const memos = new WeakMap<object, Memo>();

function hashFile(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(`"${hash.digest('base64url')}"`));
  });
}

/**
 * The strong ETag (`"<base64url SHA-256>"`) of `entry`'s file as `info` (a fresh stat of it) describes it.
 * Rejects when the file cannot be read; the next call tries again.
 */
export function etagOf(entry: { absolute: string }, info: Stats): Promise<string> {
  const memo = memos.get(entry);
  if (memo && memo.size === info.size && memo.mtimeMs === info.mtimeMs && memo.ino === info.ino) return memo.etag;
  const fresh: Memo = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, etag: hashFile(entry.absolute) };
  memos.set(entry, fresh);
  fresh.etag.catch(() => {
    if (memos.get(entry) === fresh) memos.delete(entry);
  });
  return fresh.etag;
}

/**
 * Does an `If-None-Match` header match `etag`? RFC 9110 §13.1.2: `*` matches any current representation, and
 * the comparison is weak (a `W/` prefix is ignored), so a cache that kept the response may use it.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === wanted;
  });
}
