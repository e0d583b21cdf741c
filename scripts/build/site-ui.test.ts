/**
 * The site's pages in a real browser: one build of the fixture library for both tiers and one Chromium shared
 * by every check (scripts/build/test-support/ui-site.ts). Each ui-tests/ module is one concern.
 */
import { useUiSite } from './test-support/ui-site.ts';
import { a11yTests } from './ui-tests/a11y.ts';
import { experiencesTests } from './ui-tests/experiences.ts';
import { layoutTests } from './ui-tests/layout.ts';
import { membersTests } from './ui-tests/members.ts';
import { questionsTests } from './ui-tests/questions.ts';
import { searchTests } from './ui-tests/search.ts';
import { searchBasicsTests } from './ui-tests/search-basics.ts';
import { searchWordsTests } from './ui-tests/search-words.ts';

const site = useUiSite();
layoutTests(site);
searchBasicsTests(site);
searchTests(site);
searchWordsTests(site);
membersTests(site);
experiencesTests(site);
questionsTests(site);
a11yTests(site);
