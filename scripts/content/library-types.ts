import type { Problem } from '../problems/problem.ts';
import type { Position } from './text-position.ts';

export type EntryKind = 'template' | 'news' | 'meeting';

/** A text that the scanners read: an MDX source, an attachment's (extracted) text or a registry YAML file. */
export interface ScanText {
  /** Display path, relative to the parent of the checked directory, POSIX separators. */
  file: string;
  text: string;
  origin: 'mdx' | 'attachment' | 'registry';
  /** True for .docx/.xlsx: lines are paragraphs or rows of the extracted text, not of the file. */
  extracted: boolean;
  /** Position of an offset in `text`. */
  position(offset: number): Position;
}

/** One MDX page of the library with its frontmatter and body. */
export interface LibraryEntry {
  file: string;
  /** Absolute path on disk. */
  path: string;
  kind: EntryKind;
  /** Category folder, `nyheder` or `moeder`. */
  folder: string;
  slug: string;
  /** Site URL of the page (docs/interfaces.md §4), e.g. `/skabeloner/<slug>/`. */
  url: string;
  source: string;
  /** Parsed frontmatter; undefined when it could not be read (a frontmatter problem says why). */
  data: Record<string, unknown> | undefined;
  bodyOffset: number;
  body: string;
  /** Offset in `source` of a frontmatter key, or of its value. */
  offsetOf(path: readonly PropertyKey[], value?: boolean): number;
  position(offset: number): Position;
}

/** The loaded library: pages, every scannable text, every file name, and the problems found while loading. */
export interface Library {
  /** Absolute path of the checked directory. */
  root: string;
  entries: LibraryEntry[];
  texts: ScanText[];
  /** Display paths of every file under the root. */
  files: ReadonlySet<string>;
  problems: Problem[];
}

/** Registry YAML files as text, plus the work domains and municipality codes read from kommuner.yaml. */
export interface RegistryTexts {
  texts: ScanText[];
  /** Lower-case work e-mail domains of KL and the municipalities. */
  domains: ReadonlySet<string>;
  /** Municipality code → short name. */
  municipalities: ReadonlyMap<string, string>;
  problems: Problem[];
}
