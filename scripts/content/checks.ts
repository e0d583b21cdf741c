import { LIBRARY_RULES } from '../library/rules.ts';
import type { ContentCheck } from './check-context.ts';
import { checkClassification } from './classification.ts';
import { checkCprNumbers } from './cpr-number.ts';
import { checkExperienceContacts } from './experience-contact.ts';
import { checkLinks } from './links.ts';
import { checkNearDuplicates } from './near-duplicate.ts';
import { checkPhoneNumbers, checkPrivateEmails } from './personal-data.ts';
import { checkReviewDeadlines } from './review-deadline.ts';
import { checkVendorNearDuplicates } from './vendor-near-duplicate.ts';

/**
 * The library loader's rules as content checks: each reports the loader's problems under its own name. A `file`
 * rule reports only selected files under `--changed-since`.
 */
const LOADER_CHECKS: ContentCheck[] = LIBRARY_RULES.map(({ rule, scope }) => ({
  rule,
  scope,
  run: (ctx) =>
    ctx.library.problems.filter(
      (p) => p.rule === rule && (scope === 'library' || !ctx.selected || ctx.selected.has(p.file)),
    ),
}));

/**
 * Every content check, in one list so that one can be skipped by rule name; every name appears once. `file`
 * checks look only at the selected files under `--changed-since`; `library` checks always read the whole library.
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  ...LOADER_CHECKS,
  { rule: 'registry-unreadable', scope: 'library', run: (ctx) => ctx.registry.problems },
  { rule: 'cpr-number', scope: 'file', run: checkCprNumbers },
  { rule: 'private-email', scope: 'file', run: checkPrivateEmails },
  { rule: 'phone-number', scope: 'file', run: checkPhoneNumbers },
  { rule: 'classification', scope: 'file', run: checkClassification },
  { rule: 'links', scope: 'library', run: checkLinks },
  { rule: 'near-duplicate', scope: 'library', run: checkNearDuplicates },
  { rule: 'review-deadline', scope: 'file', run: checkReviewDeadlines },
  // Library-wide: a roster change can leave an unchanged experience without its contact.
  { rule: 'experience-contact', scope: 'library', run: checkExperienceContacts },
  { rule: 'vendor-near-duplicate', scope: 'library', run: checkVendorNearDuplicates },
];
