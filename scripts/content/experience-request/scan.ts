/**
 * The content check on a file that is not written yet: the checks that judge a text on its own (CPR numbers,
 * private e-mail addresses and phone numbers, classification markings) run, as named in CONTENT_CHECKS, on the
 * generated MDX through the one library loader, with the same messages as `content check`.
 */
import { memberIndex } from '#model/registry-members.ts';
import { parseLibrary } from '../../library/parse-library.ts';
import type { Problem } from '../../problems/problem.ts';
import { sortProblems } from '../../problems/problem.ts';
import type { CheckContext } from '../check-context.ts';
import { contentCheck, runCheck } from '../run.ts';

/** The checks a single new text must pass before it is written (rule names of CONTENT_CHECKS). */
export const SINGLE_TEXT_RULES = ['cpr-number', 'private-email', 'phone-number', 'classification'] as const;

export interface ScanOptions {
  /** The file's path relative to the library directory, e.g. `erfaringer/koebenhavn-backupfabrikken.mdx`. */
  path: string;
  /** Prefix of display paths (the library folder's name), as `content check` uses it. */
  displayDir: string;
  /** Work e-mail domains (kommuner.yaml): addresses there are not private. */
  workDomains: ReadonlySet<string>;
  ownerCodes: ReadonlySet<string>;
  today: string;
}

/** Every problem the single-text checks find in `text`, errors and warnings, sorted. */
export function scanNewFile(text: string, options: ScanOptions): Problem[] {
  const library = parseLibrary([{ path: options.path, bytes: new TextEncoder().encode(text) }], {
    ownerCodes: options.ownerCodes,
    displayDir: options.displayDir,
  });
  const file = library.display(options.path);
  const context: CheckContext = {
    library,
    registry: {
      texts: [],
      domains: options.workDomains,
      municipalities: new Map(),
      codes: options.ownerCodes,
      members: memberIndex([]),
      problems: [],
    },
    today: options.today,
    selected: new Set([file]),
  };
  return sortProblems(SINGLE_TEXT_RULES.flatMap((rule) => runCheck(contentCheck(rule), context)));
}
