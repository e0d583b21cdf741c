import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_RULES } from '../library/rules.ts';
import type { ContentCheck } from './check-context.ts';
import { CONTENT_CHECKS } from './checks.ts';
import { checkContent, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('the content checks', () => {
  it('list every rule once, English kebab-case, the loader rules included', () => {
    const names = CONTENT_CHECKS.map((c) => c.rule);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const rule of LIBRARY_RULES) expect(names).toContain(rule.rule);
    expect(names).not.toContain('frontmatter');
  });

  it('get their rule name from the runner, whatever a finding carries', async () => {
    const context = await loadContentContext({
      dir: path.join(fixtures, 'links'),
      registryDir: path.join(fixtures, 'registry'),
      today: '2026-11-28',
    });
    const finding = { file: 'x.mdx', line: 2, column: 3, severity: 'warning' as const, message: 'm' };
    const check: ContentCheck = {
      rule: 'example-rule',
      scope: 'file',
      run: () => [{ ...finding, rule: 'other' } as typeof finding],
    };
    expect(runCheck(check, context)).toEqual([{ ...finding, rule: 'example-rule' }]);
  });

  it('report a missing kommuner.yaml under registry-unreadable, not under a personal-data rule', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'content-registry-'));
    try {
      await cp(path.join(fixtures, 'registry', 'kommuner'), path.join(tmp, 'registry', 'kommuner'), {
        recursive: true,
      });
      const problems = await checkContent({
        dir: path.join(fixtures, 'duplicates'),
        registryDir: path.join(tmp, 'registry'),
        today: '2026-11-28',
        skip: ['cpr-number', 'private-email', 'phone-number', 'near-duplicate', 'frontmatter-schema'],
      });
      expect(problems).toEqual([
        {
          file: 'registry/kommuner.yaml',
          line: 1,
          column: 1,
          rule: 'registry-unreadable',
          severity: 'error',
          message:
            "Kommunelisten mangler. Den skal liste kommunernes koder og domæner og KL's domæner: ejerkoder og arbejdsadresser kontrolleres mod den.",
        },
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('the scanners on experiences', () => {
  it('find CPR numbers, private addresses and classification markings in an experience like in any page', async () => {
    const problems = await checkContent({
      dir: path.join(fixtures, 'experiences'),
      registryDir: path.join(fixtures, 'experiences-registry'),
      today: '2026-11-28',
    });
    const file = 'experiences/erfaringer/koebenhavn-persondata.mdx';
    expect(problems.filter((p) => p.file === file).map((p) => `${p.line}:${p.column} ${p.rule} ${p.severity}`)).toEqual(
      ['17:19 cpr-number error', '19:11 private-email warning', '21:1 classification error'],
    );
  });
});
