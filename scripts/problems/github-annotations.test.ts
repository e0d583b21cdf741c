import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, formatProblemsGithub } from './github-annotations.ts';
import type { Problem } from './problem.ts';

const problem = (over: Partial<Problem>): Problem => ({
  file: 'registry/kommuner/101-koebenhavn.yaml',
  line: 1,
  column: 1,
  rule: 'unique-email',
  severity: 'error',
  message: 'besked',
  ...over,
});

describe('GitHub workflow commands', () => {
  it('escape data as @actions/core does: %, CR and LF; `%` first so nothing is encoded twice', () => {
    expect(escapeCommandData('100%0A: a, b\r\nc')).toBe('100%250A: a, b%0D%0Ac');
  });

  it('escape properties also for `:` and `,`', () => {
    expect(escapeCommandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('print one exact line per problem, errors as ::error and warnings as ::warning, sorted', () => {
    const problems = [
      problem({
        file: 'registry/kommuner/x,y:z.yaml',
        line: 9,
        column: 3,
        severity: 'warning',
        rule: 'confirmation-expiring',
        message: 'udløber om 5 dage',
      }),
      problem({
        line: 16,
        column: 12,
        rule: 'email-domain',
        message: 'Bo: 100% forkert, ret e-mailen: bo@gmail.com\nbrug kk.dk',
      }),
    ];
    expect(formatProblemsGithub(problems).split('\n')).toEqual([
      '::error file=registry/kommuner/101-koebenhavn.yaml,line=16,col=12,title=email-domain::Bo: 100%25 forkert, ret e-mailen: bo@gmail.com%0Abrug kk.dk',
      '::warning file=registry/kommuner/x%2Cy%3Az.yaml,line=9,col=3,title=confirmation-expiring::udløber om 5 dage',
    ]);
  });

  it('name files through `place` (paths relative to the repository) and print nothing for no problems', () => {
    expect(formatProblemsGithub([problem({})], (file) => `sub/${file}`)).toBe(
      '::error file=sub/registry/kommuner/101-koebenhavn.yaml,line=1,col=1,title=unique-email::besked',
    );
    expect(formatProblemsGithub([])).toBe('');
  });
});
