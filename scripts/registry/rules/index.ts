import { minAdmins, policyGithub } from './admins.ts';
import { approvedBy } from './approval.ts';
import { confirmationExpired, confirmationExpiring } from './confirmation.ts';
import { contactMissing, contactTier } from './contacts.ts';
import type { NamedRule } from './context.ts';
import { dateFuture, dateOrder, dateReal } from './dates.ts';
import { discussionsRepo } from './discussions.ts';
import { emailDomain } from './domains.ts';
import { kommunerUnique } from './kommuner.ts';
import { municipalityExists, rosterFileNameMatches, rosterUnique } from './rosters.ts';
import { teamSlug, teamTier } from './teams.ts';
import { memberTopic } from './topics.ts';
import { duplicatePerson, uniqueEmail, uniqueGithub } from './uniqueness.ts';

/** Every registry rule, by the name used in problems and documented in registry/README.md. */
export const rules: readonly NamedRule[] = [
  { name: 'kommuner-unique', run: kommunerUnique },
  { name: 'municipality-exists', run: municipalityExists },
  { name: 'roster-unique', run: rosterUnique },
  { name: 'roster-file-name', run: rosterFileNameMatches },
  { name: 'unique-email', run: uniqueEmail },
  { name: 'unique-github', run: uniqueGithub },
  { name: 'duplicate-person', run: duplicatePerson },
  { name: 'email-domain', run: emailDomain },
  { name: 'approved-by', run: approvedBy },
  { name: 'date-real', run: dateReal },
  { name: 'date-future', run: dateFuture },
  { name: 'date-order', run: dateOrder },
  { name: 'confirmation-expired', run: confirmationExpired },
  { name: 'confirmation-expiring', run: confirmationExpiring },
  { name: 'contact-missing', run: contactMissing },
  { name: 'contact-tier', run: contactTier },
  { name: 'member-topic', run: memberTopic },
  { name: 'min-admins', run: minAdmins },
  { name: 'policy-github', run: policyGithub },
  { name: 'team-tier', run: teamTier },
  { name: 'team-slug', run: teamSlug },
  { name: 'discussions-repo', run: discussionsRepo },
];
