/**
 * The live access list: loaded at start, re-read when its file changes, swapped in one assignment so a request
 * sees either the old or the new list, never a mix. A broken new file keeps the last good list (and says so).
 */
import { readFile } from 'node:fs/promises';
import { type AccessList, parseAccessList } from './access-list.ts';
import { type StopWatching, watchForChanges } from './watch-file.ts';

export interface AccessListStore {
  /** The list in force now; read it on every request. */
  current(): AccessList;
  /** Re-read the file now; resolves true when a new list was swapped in. */
  reload(): Promise<boolean>;
  /** Stop watching. */
  close(): void;
}

export interface AccessListStoreOptions {
  /** Where to report reloads and rejected files (one line each). */
  log?: (line: string) => void;
  /** Called after every reload attempt with its outcome (tests wait on it). */
  onReload?: (ok: boolean) => void;
  /** Watch the file for changes (default true). */
  watch?: boolean;
}

/** Load the access list at `file` and keep it fresh; throws when the first load fails (the gate cannot start). */
export async function openAccessListStore(
  file: string,
  options: AccessListStoreOptions = {},
): Promise<AccessListStore> {
  const log = options.log ?? (() => {});
  let list = parseAccessList(await readFile(file, 'utf8'));
  let stop: StopWatching | undefined;
  // Serialise reloads so a slow read can never swap in an older file after a newer one.
  let chain: Promise<boolean> = Promise.resolve(true);

  const loadOnce = async (): Promise<boolean> => {
    try {
      const next = parseAccessList(await readFile(file, 'utf8'));
      list = next;
      log(`adgangsliste genindlæst / access list reloaded: ${Object.keys(next.members).length} medlemmer`);
      options.onReload?.(true);
      return true;
    } catch (error) {
      log(
        `adgangsliste afvist, den forrige bruges stadig / access list rejected, keeping the last good one: ${(error as Error).message}`,
      );
      options.onReload?.(false);
      return false;
    }
  };
  const reload = () => {
    chain = chain.then(loadOnce, loadOnce);
    return chain;
  };
  if (options.watch !== false) stop = watchForChanges(file, () => void reload());
  return {
    current: () => list,
    reload,
    close: () => stop?.(),
  };
}
