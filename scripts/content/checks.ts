import type { ContentCheck } from './check-context.ts';
import { checkClassification } from './classification.ts';
import { checkCprNumbers } from './cpr-number.ts';
import { checkFrontmatter, checkUniqueSlugs } from './frontmatter-check.ts';
import { checkLinks } from './links.ts';
import { checkNearDuplicates } from './near-duplicate.ts';
import { checkPhoneNumbers, checkPrivateEmails } from './personal-data.ts';
import { checkReviewDeadlines } from './review-deadline.ts';

/**
 * Every content check, in one list so that one can be skipped by rule name. `file` checks look only at the
 * selected files under `--changed-since`; `library` checks always read the whole library.
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  { rule: 'cpr-number', scope: 'file', run: checkCprNumbers },
  { rule: 'private-email', scope: 'file', run: checkPrivateEmails },
  { rule: 'phone-number', scope: 'file', run: checkPhoneNumbers },
  { rule: 'classification', scope: 'file', run: checkClassification },
  { rule: 'frontmatter', scope: 'file', run: checkFrontmatter },
  { rule: 'frontmatter', scope: 'library', run: checkUniqueSlugs },
  { rule: 'links', scope: 'library', run: checkLinks },
  { rule: 'near-duplicate', scope: 'library', run: checkNearDuplicates },
  { rule: 'review-deadline', scope: 'file', run: checkReviewDeadlines },
];
