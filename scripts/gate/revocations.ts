import { readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_ID } from './session.ts';
import { checkWritableDir } from './shared-dir.ts';
import { type StopWatching, watchDirectory } from './watch-file.ts';

/** An entry's name: expiry in seconds since the epoch, a dot, the session id. */
const ENTRY = /^(\d{1,12})\.([A-Za-z0-9_-]{16,128})$/;

/** Entries outlive their session by this margin, so replicas whose clocks differ a little still refuse it. */
export const PRUNE_GRACE_SECONDS = 300;

export interface RevocationStore {
  /** True when the session id is revoked: a Set lookup, done on every request. */
  isRevoked(sid: string): boolean;
  /** Revoke `sid` until `exp` (seconds): here at once, on the other replicas when they see the new entry. */
  revoke(sid: string, exp: number): Promise<void>;
  /** Re-read the directory now (and prune expired entries). */
  reload(): Promise<void>;
  /** Stop watching. */
  close(): void;
}

export interface RevocationStoreOptions {
  /**
   * Refuse to start when the directory cannot be created or written to (production). Otherwise log a warning and
   * keep revocations in this process only.
   */
  required: boolean;
  log?: (line: string) => void;
  /** Watch the directory for entries from other replicas (default true). */
  watch?: boolean;
  /** Clock in milliseconds (tests). */
  now?: () => number;
}

/** The revocation directory is unusable in production: the gate must not start. */
export class RevocationDirectoryError extends Error {}

/** Open (and in development create) the revocation directory, load its entries and keep watching it. */
export async function openRevocationStore(dir: string, options: RevocationStoreOptions): Promise<RevocationStore> {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  let shared = true;
  try {
    await checkWritableDir(dir, options.required);
  } catch (error) {
    const message = `SIKKERHEDSNET_REVOCATIONS: mappen "${dir}" kan ikke oprettes eller skrives i, så log ud ville kun gælde på denne instans / the directory cannot be created or written to, so logout would only hold on this instance (${(error as Error).message})`;
    if (options.required) throw new RevocationDirectoryError(message);
    log(`advarsel / warning: ${message}`);
    shared = false;
  }
  // Revoked by this process; merged into every reload, so a failed write still holds here.
  const local = new Map<string, number>();
  let revoked = new Set<string>();

  const loadOnce = async (): Promise<void> => {
    let names: string[] = [];
    if (shared) {
      try {
        names = await readdir(dir);
      } catch (error) {
        log(`tilbagekaldelser kunne ikke læses / revocations could not be read: ${(error as Error).message}`);
        return;
      }
    }
    const expired = now() / 1000 - PRUNE_GRACE_SECONDS;
    const next = new Set<string>();
    for (const name of names) {
      const match = ENTRY.exec(name);
      if (!match?.[2]) continue;
      // Unlinking an expired name cannot lose anything; a replica pruning the same name just gets ENOENT.
      if (Number(match[1]) < expired) void unlink(join(dir, name)).catch(() => {});
      else next.add(match[2]);
    }
    for (const [sid, exp] of local) {
      if (exp < expired) local.delete(sid);
      else next.add(sid);
    }
    revoked = next;
  };
  // Serialise reloads so a slow listing can never replace a newer one.
  let chain: Promise<void> = Promise.resolve();
  const reload = () => {
    chain = chain.then(loadOnce, loadOnce);
    return chain;
  };
  await reload();
  const stop: StopWatching | undefined =
    shared && options.watch !== false ? watchDirectory(dir, () => void reload()) : undefined;

  return {
    isRevoked: (sid) => revoked.has(sid),
    revoke: async (sid, exp) => {
      if (!SESSION_ID.test(sid)) throw new Error('not a session id');
      local.set(sid, exp);
      revoked.add(sid);
      if (!shared) return;
      try {
        await writeFile(join(dir, `${Math.ceil(exp)}.${sid}`), '', { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
        log(`tilbagekaldelse kunne ikke gemmes / revocation could not be written: ${(error as Error).message}`);
      }
    },
    reload,
    close: () => stop?.(),
  };
}
