/**
 * The quarter keys of the activity pseudonyms (#model/activity.ts): `<dir>/noegler/<YYYY-Qn>.key`, 32 random bytes
 * as hex. The first replica that needs a quarter creates its key; the others read it. Creating is race-free on
 * local and network filesystems: the key is written to a private temp file and then hard-linked to its name, and
 * `link` never replaces an existing name, so two replicas racing end with the one key that won, and both use it.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { activityFiles } from '#model/activity.ts';

const KEY_TEXT = /^([0-9a-f]{64})\n?$/;

/** A key file that exists but does not hold a key: the gate must not invent a new one beside it. */
export class ActivityKeyError extends Error {}

export interface KeyStore {
  /** The key (hex) of a quarter such as `2026-Q4`, created when no replica has made it yet. Cached per quarter. */
  keyFor(quarter: string): Promise<string>;
}

/** Read a key file: the hex key, undefined when there is none, ActivityKeyError when it is damaged. */
async function readKey(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const match = KEY_TEXT.exec(text);
  if (!match?.[1]) {
    throw new ActivityKeyError(
      `${file}: nøglefilen er ødelagt (der skal stå 64 hex-tegn); flyt den væk, så laver gaten en ny nøgle til kvartalet (pseudonymerne i kvartalet kan så ikke sammenlignes) / the key file is damaged (expected 64 hex characters); move it away and the gate makes a new key for the quarter`,
    );
  }
  return match[1];
}

/** Create the key of `quarter` unless another replica already did; returns the key now on disk. */
async function createKey(dir: string, quarter: string, replica: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, activityFiles.key(quarter));
  const existing = await readKey(file);
  if (existing) return existing;
  const temp = join(dir, `.${quarter}.${replica}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    await link(temp, file).catch((error: NodeJS.ErrnoException) => {
      // Another replica won the race: its key is the quarter's key.
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await unlink(temp).catch(() => {});
  }
  const key = await readKey(file);
  if (!key)
    throw new Error(`${file}: nøglen forsvandt, lige efter den blev lavet / the key vanished after it was made`);
  return key;
}

/** A key store over `<activityDir>/noegler/`; `replica` only names temp files. */
export function openKeyStore(activityDir: string, replica: string): KeyStore {
  const dir = join(activityDir, activityFiles.keysDir);
  const cache = new Map<string, Promise<string>>();
  return {
    keyFor(quarter) {
      let key = cache.get(quarter);
      if (!key) {
        key = createKey(dir, quarter, replica);
        // A failure is not cached: the next page tries again (a full disk may have been freed).
        key.catch(() => cache.delete(quarter));
        cache.set(quarter, key);
      }
      return key;
    },
  };
}
