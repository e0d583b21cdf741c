/**
 * Call back when a file changes, including when it is replaced by an atomic rename (write temp, rename over).
 * Watching the file itself would follow the old inode after a rename, so the directory is watched and events
 * are filtered by name; a slow poll backs this up on filesystems without inotify (some container mounts).
 */
import { type FSWatcher, type StatsListener, unwatchFile, watch, watchFile } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Stop function returned by {@link watchForChanges}. */
export type StopWatching = () => void;

/** Watch `file` and call `onChange` (debounced by `debounceMs`) after it is written, created or replaced. */
export function watchForChanges(file: string, onChange: () => void, debounceMs = 40): StopWatching {
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  const trigger = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), { persistent: false }, (_event, changed) => {
      if (changed === null || changed === name) trigger();
    });
    watcher.on('error', () => {});
  } catch {
    watcher = undefined;
  }
  const poll: StatsListener = (curr, prev) => {
    if (curr.mtimeMs !== prev.mtimeMs || curr.ino !== prev.ino || curr.size !== prev.size) trigger();
  };
  watchFile(file, { persistent: false, interval: 2000 }, poll);
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
    unwatchFile(file, poll);
  };
}
