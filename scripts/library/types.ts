/**
 * The loaded library as every consumer sees it (content check, build, Word export): validated, typed entries,
 * the texts the personal-data scanners read, every file name, and the problems found while loading.
 */
import type { EntryKind } from '#model/categories.ts';
import type { ExperienceData } from '#model/library/experience.ts';
import type { MeetingData } from '#model/library/meeting.ts';
import type { NewsData } from '#model/library/news.ts';
import type { TemplateData } from '#model/library/template.ts';
import type { TagVocabulary } from '#model/tags.ts';
import type { Problem } from '../problems/problem.ts';
import type { Position } from './text-position.ts';

/** A problem before a runner stamps its rule name on it: a check never chooses the name it is reported under. */
export type Finding = Omit<Problem, 'rule'>;

/** One file under the library directory, as `readLibraryFiles` returns it. */
export interface LibraryFile {
  /** POSIX path relative to the library directory, e.g. `risikostyring/risikoregister.csv`. */
  path: string;
  bytes: Uint8Array;
}

/** A text that the scanners read: an MDX source, an attachment's (extracted) text or a registry YAML file. */
export interface ScanText {
  /** Display path (the path in problems), POSIX separators. */
  file: string;
  text: string;
  origin: 'mdx' | 'attachment' | 'registry';
  /** True for .docx/.xlsx: lines are paragraphs or rows of the extracted text, not of the file. */
  extracted: boolean;
  /** Position of an offset in `text`. */
  position(offset: number): Position;
}

/** What every entry has besides its typed frontmatter. */
export interface EntryBase {
  kind: EntryKind;
  /** Display path, e.g. `templates-library/politikker/informationssikkerhedspolitik.mdx`. */
  file: string;
  /** POSIX path relative to the library directory, e.g. `politikker/informationssikkerhedspolitik.mdx`. */
  path: string;
  /** Category folder, `nyheder`, `moeder` or `erfaringer`. */
  folder: string;
  /** File name without `.mdx`. */
  slug: string;
  /** Site URL of the page (docs/interfaces.md §4), e.g. `/skabeloner/<slug>/`. */
  url: string;
  /** The whole MDX file. */
  source: string;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Offset of the body in `source`. */
  bodyOffset: number;
  /** 1-based line of `source` on which the body starts. */
  bodyLine: number;
  /** Offset in `source` of a frontmatter key, or of its value; the deepest existing node along the path. */
  offsetOf(path: readonly PropertyKey[], value?: boolean): number;
  /** Line and column of an offset in `source`. */
  position(offset: number): Position;
}

export interface TemplateEntry extends EntryBase {
  kind: 'template';
  data: TemplateData;
}

export interface NewsEntry extends EntryBase {
  kind: 'news';
  data: NewsData;
}

export interface MeetingEntry extends EntryBase {
  kind: 'meeting';
  data: MeetingData;
}

/** A municipality's experience with a product, vendor or approach (`erfaringer/<slug>.mdx`). */
export interface ExperienceEntry extends EntryBase {
  kind: 'experience';
  data: ExperienceData;
}

export type LibraryEntry = TemplateEntry | NewsEntry | MeetingEntry | ExperienceEntry;

/** The parsed library. Entries that failed validation are not in it; `problems` says why. */
export interface Library {
  /** Every valid entry, in path order. */
  entries: LibraryEntry[];
  templates: TemplateEntry[];
  news: NewsEntry[];
  meetings: MeetingEntry[];
  experiences: ExperienceEntry[];
  /** URLs of pages that are in the library but failed validation, so that links to them are not called dead. */
  invalidUrls: ReadonlySet<string>;
  /** Every MDX source, text attachment and extracted Office text, for the scanners. */
  texts: ScanText[];
  /** Every file, as a path relative to the library directory. */
  files: ReadonlySet<string>;
  /**
   * Tag slug → Danish display name, from ordliste.yaml (#model/tags.ts): its valid entries, empty when the file is
   * missing or unreadable (`tag-vocabulary` then reports it).
   */
  vocabulary: TagVocabulary;
  /** Display path of a path relative to the library directory. */
  display(path: string): string;
  /** Problems found while loading, sorted, each stamped with its rule name (scripts/library/rules.ts). */
  problems: Problem[];
}

export interface ParseLibraryOptions {
  /** Municipality codes a template's or an experience's `owner` may name (`KL` is always allowed for templates). */
  ownerCodes: ReadonlySet<string>;
  /**
   * Prefix of display paths, e.g. `templates-library`: the content check uses the library folder's name, the
   * build the folder's path in the repository. Default: none (paths relative to the library directory).
   */
  displayDir?: string;
}
