/**
 * The registry as a set of files in memory: what {@link readRegistryFiles} reads from a directory, what
 * `authorize` reads from git objects, and what an edit changes before anything is written. Everything after
 * reading works on this value, so it never needs a directory.
 */

/** Why an entry of the registry directory could not be read as a file. */
export type ReadFailure =
  /** A directory (or another non-file) where a file was expected. */
  | { failure: 'not-a-file' }
  /** Larger than the limit; the bytes were not read. */
  | { failure: 'too-large'; size: number }
  /** The operating system refused (`code` is e.g. `EACCES`). */
  | { failure: 'unreadable'; code?: string };

/** A file's bytes, or why they could not be read. */
export type FileEntry = Uint8Array | ReadFailure;

/** The files of one registry directory. */
export interface RegistryFiles {
  /**
   * Absolute path of the registry directory (`Registry.dir`). Problem paths start with its last segment, as
   * paths relative to its parent (`registry/kommuner/101-koebenhavn.yaml`).
   */
  dir: string;
  /**
   * Files by POSIX path relative to `dir` (`kommuner.yaml`, `kommuner/101-koebenhavn.yaml`); undefined when the
   * directory does not exist. Other files (README.md, schema/…) may be present and are ignored; a path with
   * files below it (`kommuner/x.yaml/a`) makes `kommuner/x.yaml` a directory.
   */
  files?: ReadonlyMap<string, FileEntry>;
}

/** The three files directly in the registry directory, in the order they are loaded. */
export const SINGLE_FILES = ['kommuner.yaml', 'admins.yaml', 'policy.yaml'] as const;

/** Where rosters live inside the registry directory. */
export const ROSTER_DIR = 'kommuner';

/** Type guard: an entry that could not be read. */
export function isReadFailure(entry: FileEntry): entry is ReadFailure {
  return !(entry instanceof Uint8Array);
}

const DIRECTORY: ReadFailure = { failure: 'not-a-file' };

/** The names directly in the registry directory and in `kommuner/`, each with its entry, as a listing sees them. */
export interface RegistryListing {
  top: Map<string, FileEntry>;
  rosters: Map<string, FileEntry>;
}

/** List the top level and `kommuner/` of a file set; a name with files below it is a directory. */
export function listRegistry(files: ReadonlyMap<string, FileEntry>): RegistryListing {
  const top = new Map<string, FileEntry>();
  const rosters = new Map<string, FileEntry>();
  const add = (into: Map<string, FileEntry>, name: string, entry: FileEntry | undefined) => {
    // An explicit entry wins over one implied by a path below it.
    if (entry !== undefined) into.set(name, entry);
    else if (!into.has(name)) into.set(name, DIRECTORY);
  };
  for (const [key, entry] of files) {
    const parts = key.split('/');
    const first = parts[0] as string;
    add(top, first, parts.length === 1 ? entry : undefined);
    if (first === ROSTER_DIR && parts.length >= 2)
      add(rosters, parts[1] as string, parts.length === 2 ? entry : undefined);
  }
  return { top, rosters };
}
