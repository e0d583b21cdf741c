/**
 * Call back when a file changes, including when it is replaced by an atomic rename (write temp, rename over), or
 * when entries come and go in a directory. Watching the file itself would follow the old inode after a rename, so
 * the directory is watched and events are filtered by name; a slow poll backs this up on filesystems without
 * inotify (some container mounts) and for changes made by another host on a shared volume.
 */
import { type FSWatcher, realpathSync, type StatsListener, unwatchFile, watch, watchFile } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Stop function returned by {@link watchForChanges} and {@link watchDirectory}. */
export type StopWatching = () => void;

/** Poll interval of the backup stat poll, in milliseconds. */
export const POLL_INTERVAL_MS = 2000;

function watchPath(
  directory: string,
  accept: (changed: string | null) => boolean,
  polled: string,
  onChange: () => void,
  debounceMs: number,
): StopWatching {
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
    watcher = watch(directory, { persistent: false }, (_event, changed) => {
      if (accept(changed)) trigger();
    });
    watcher.on('error', () => {});
  } catch {
    watcher = undefined;
  }
  const poll: StatsListener = (curr, prev) => {
    if (curr.mtimeMs !== prev.mtimeMs || curr.ino !== prev.ino || curr.size !== prev.size) trigger();
  };
  watchFile(polled, { persistent: false, interval: POLL_INTERVAL_MS }, poll);
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
    unwatchFile(polled, poll);
  };
}

/** Watch `file` and call `onChange` (debounced by `debounceMs`) after it is written, created or replaced. */
export function watchForChanges(file: string, onChange: () => void, debounceMs = 40): StopWatching {
  const name = basename(file);
  return watchPath(dirname(file), (changed) => changed === null || changed === name, file, onChange, debounceMs);
}

/** Watch directory `dir` and call `onChange` (debounced) after an entry is created, changed or removed. */
export function watchDirectory(dir: string, onChange: () => void, debounceMs = 40): StopWatching {
  // A directory's mtime changes when an entry is added or removed, which is what the poll looks at.
  return watchPath(dir, () => true, dir, onChange, debounceMs);
}

/** How often {@link watchRealpath} looks where a path leads, in milliseconds. */
export const REALPATH_INTERVAL_MS = 250;

/**
 * Call `onChange` when `path` comes to lead somewhere else: a link on the way (a host's `current` →
 * `releases/<id>`) was switched to another release. Watching files below the link follows the folders it led to
 * before, so the link itself is looked at, every `intervalMs`.
 */
export function watchRealpath(path: string, onChange: () => void, intervalMs = REALPATH_INTERVAL_MS): StopWatching {
  const where = () => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
  let last = where();
  const timer = setInterval(() => {
    const now = where();
    if (now === undefined || now === last) return;
    last = now;
    onChange();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
