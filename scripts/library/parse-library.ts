/**
 * The one library loader's pure half: from the library's files (as `readLibraryFiles` returns them) to
 * validated, typed entries, the texts the scanners read, every file name and the problems, each under its
 * rule (scripts/library/rules.ts). The content check, the build and the Word export all start here.
 */
import { type ParsedTagVocabulary, parseTagVocabulary, TAG_VOCABULARY_FILE } from '#model/tags.ts';
import { sortProblems } from '../problems/problem.ts';
import { entryOf, librarySchemas, loadPage, type Page } from './page.ts';
import { runLibraryRules } from './rules.ts';
import { attachmentText, decodeText, extensionOf, scanText } from './scan-text.ts';
import type {
  ExperienceEntry,
  Library,
  LibraryEntry,
  LibraryFile,
  MeetingEntry,
  NewsEntry,
  ParseLibraryOptions,
  ScanText,
  TemplateEntry,
} from './types.ts';

/**
 * Parse the library: locate and validate every MDX file, read the tag vocabulary (ordliste.yaml), extract the text
 * of attachments, and run the load rules. Entries that fail a per-file rule (folder, file name, frontmatter) are left out of the entries and
 * reported once; entries with cross-file problems (a missing attachment, a duplicate slug) stay in.
 */
export function parseLibrary(files: readonly LibraryFile[], options: ParseLibraryOptions): Library {
  const prefix = options.displayDir ? `${options.displayDir.replace(/\/+$/, '')}/` : '';
  const display = (path: string): string => `${prefix}${path}`;
  const schemas = librarySchemas(options.ownerCodes);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pages: Page[] = [];
  const texts: ScanText[] = [];
  const unreadable: { file: string; message: string }[] = [];
  let vocabulary: ParsedTagVocabulary | undefined;
  for (const { path, bytes } of sorted) {
    const file = display(path);
    // ordliste.yaml is also scanned for personal data below, like any text file of the library.
    if (path === TAG_VOCABULARY_FILE) vocabulary = parseTagVocabulary(decodeText(bytes), file);
    if (extensionOf(path) === '.mdx') {
      const source = scanText(file, decodeText(bytes), 'mdx');
      texts.push(source);
      pages.push(loadPage(path, source, schemas));
      continue;
    }
    const attachment = attachmentText(file, bytes);
    if (attachment && 'text' in attachment) texts.push(attachment.text);
    else if (attachment) unreadable.push({ file, message: attachment.unreadable });
  }
  const fileNames = new Set(sorted.map((f) => f.path));
  const problems = sortProblems(
    runLibraryRules({
      pages,
      files: fileNames,
      unreadable,
      vocabulary: { file: display(TAG_VOCABULARY_FILE), parsed: vocabulary },
    }),
  );
  const entries: LibraryEntry[] = [];
  const invalidUrls = new Set<string>();
  for (const page of pages) {
    const entry = entryOf(page);
    if (entry) entries.push(entry);
    else if (page.url) invalidUrls.add(page.url);
  }
  return {
    entries,
    templates: entries.filter((e): e is TemplateEntry => e.kind === 'template'),
    news: entries.filter((e): e is NewsEntry => e.kind === 'news'),
    meetings: entries.filter((e): e is MeetingEntry => e.kind === 'meeting'),
    experiences: entries.filter((e): e is ExperienceEntry => e.kind === 'experience'),
    invalidUrls,
    texts,
    files: fileNames,
    vocabulary: vocabulary?.labels ?? new Map(),
    display,
    problems,
  };
}
