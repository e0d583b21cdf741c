import { describe, expect, it } from 'vitest';
import { parseTagVocabulary } from '#model/tags.ts';
import { parseLibrary } from './parse-library.ts';
import { LIBRARY_RULES, type LoadState, runLibraryRules, stampRule } from './rules.ts';

const encoder = new TextEncoder();

describe('library rules', () => {
  it('have unique English kebab-case names', () => {
    const names = LIBRARY_RULES.map((r) => r.rule);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('get their name stamped by the runner, replacing any name a finding carries', () => {
    const finding = { file: 'a.mdx', line: 1, column: 1, severity: 'error' as const, message: 'x' };
    expect(stampRule('file-name', [{ ...finding, rule: 'frontmatter' } as typeof finding])).toEqual([
      { ...finding, rule: 'file-name' },
    ]);
    const state: LoadState = {
      pages: [],
      files: new Set(),
      unreadable: [{ file: 'b.docx', message: 'ødelagt' }],
      vocabulary: { file: 'ordliste.yaml', parsed: parseTagVocabulary('nis2: NIS2\n', 'ordliste.yaml') },
    };
    expect(runLibraryRules(state)).toEqual([
      { file: 'b.docx', line: 1, column: 1, severity: 'error', rule: 'attachment-unreadable', message: 'ødelagt' },
    ]);
  });

  it('report every loading problem under one of the listed names', () => {
    const files = [
      { path: 'ukendt/a.mdx', bytes: encoder.encode('---\ntitle: a\n---\n') },
      { path: 'drift/B.mdx', bytes: encoder.encode('---\ntitle: [\n---\n') },
      { path: 'drift/c.mdx', bytes: encoder.encode('Ingen frontmatter') },
      { path: 'drift/d.docx', bytes: encoder.encode('ikke en zip') },
    ];
    const names = new Set(LIBRARY_RULES.map((r) => r.rule));
    const problems = parseLibrary(files, { ownerCodes: new Set() }).problems;
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([
      'drift/B.mdx file-name',
      'drift/B.mdx frontmatter-syntax',
      'drift/c.mdx frontmatter-syntax',
      'drift/d.docx attachment-unreadable',
      'ordliste.yaml tag-vocabulary',
      'ukendt/a.mdx library-folder',
    ]);
    for (const p of problems) expect(names.has(p.rule)).toBe(true);
  });
});
