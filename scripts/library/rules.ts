/**
 * Every rule the library loader enforces, in one array so that the content check can list and skip them by
 * name and the build reports them under the same names. A rule returns findings; `runLibraryRules` stamps the
 * rule's name on them, so one name is always one rule.
 */
import type { ParsedTagVocabulary } from '#model/tags.ts';
import type { Problem } from '../problems/problem.ts';
import { checkAttachmentsPresent, checkDuplicateSlugs, checkSupersedes } from './cross-rules.ts';
import {
  checkAttachmentReadable,
  checkCategoryFolder,
  checkFileName,
  checkFrontmatterSchema,
  checkFrontmatterSyntax,
  checkLibraryFolder,
} from './file-rules.ts';
import type { Page } from './page.ts';
import { checkTagsKnown, checkTagVocabulary } from './tag-rules.ts';
import type { Finding } from './types.ts';

/** What the load rules read: every MDX file located and parsed, every file name, unreadable Office files. */
export interface LoadState {
  pages: Page[];
  /** Every file, relative to the library directory. */
  files: ReadonlySet<string>;
  /** Office attachments that could not be opened, with the Danish reason. */
  unreadable: { file: string; message: string }[];
  /** The tag vocabulary: its display path, and what parsing it gave (undefined when the file is missing). */
  vocabulary: { file: string; parsed: ParsedTagVocabulary | undefined };
}

export interface LibraryRule {
  rule: string;
  /** `file`: about one file (a `--changed-since` run reports it for changed files only); `library`: across files. */
  scope: 'file' | 'library';
  run: (state: LoadState) => Finding[];
}

/** The loader's rules. Every one is an error: the build stops on it, and the content check fails. */
export const LIBRARY_RULES: readonly LibraryRule[] = [
  { rule: 'library-folder', scope: 'file', run: checkLibraryFolder },
  { rule: 'file-name', scope: 'file', run: checkFileName },
  { rule: 'frontmatter-syntax', scope: 'file', run: checkFrontmatterSyntax },
  { rule: 'frontmatter-schema', scope: 'file', run: checkFrontmatterSchema },
  { rule: 'category-folder', scope: 'file', run: checkCategoryFolder },
  { rule: 'duplicate-slug', scope: 'library', run: checkDuplicateSlugs },
  { rule: 'supersedes-conflict', scope: 'library', run: checkSupersedes },
  { rule: 'attachment-missing', scope: 'library', run: checkAttachmentsPresent },
  { rule: 'attachment-unreadable', scope: 'file', run: checkAttachmentReadable },
  { rule: 'tag-vocabulary', scope: 'library', run: checkTagVocabulary },
  // Library-wide: removing a tag from ordliste.yaml must flag the pages that use it, changed or not.
  { rule: 'tag-unknown', scope: 'library', run: checkTagsKnown },
];

/** Findings with the rule's name stamped on them (any name a finding carried is replaced). */
export function stampRule(rule: string, findings: readonly Finding[]): Problem[] {
  return findings.map((finding) => ({ ...finding, rule }));
}

/** Run every load rule and return the stamped problems. */
export function runLibraryRules(state: LoadState): Problem[] {
  return LIBRARY_RULES.flatMap((r) => stampRule(r.rule, r.run(state)));
}
