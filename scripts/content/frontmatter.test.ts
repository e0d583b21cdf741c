import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';
import { parseFlatFrontmatter } from './frontmatter-fast.ts';

const FLAT = [
  '---',
  'title: "Plan: en test"',
  "summary: 'Kort'",
  'category: drift',
  'tags: [a, "b", c-d]',
  'version: 1.0',
  'review_interval_months: 12',
  'reviewed: "2026-10-01"',
  'dato: 2026-10-01',
  'aktiv: true',
  'tom: []',
  'ingen: null',
  'tekst: Det er 5 kr. pr. side',
  '---',
  'Brødtekst',
].join('\n');

describe('frontmatter', () => {
  it('parses flat frontmatter on the fast path exactly as the yaml core schema does', async () => {
    const { parseDocument } = await import('yaml');
    const yamlText = FLAT.split('\n').slice(1, -2).join('\n');
    expect(parseFlatFrontmatter(yamlText)?.data).toEqual(parseDocument(yamlText, { schema: 'core' }).toJS());
  });

  it.each([
    'title: Plan # kommentar',
    'tags:\n  - a',
    'title: "med \\" escape"',
    'title: Plan\ntitle: Igen',
    'nested:\n  key: value',
    'title: a: b',
    'liste: ["a, b"]',
  ])('falls back to the YAML parser for %j', (yamlText) => {
    expect(parseFlatFrontmatter(yamlText)).toBeUndefined();
  });

  it('gives key, value and list item offsets on both paths', () => {
    const flat = splitFrontmatter(FLAT);
    const full = splitFrontmatter(FLAT.replace('tom: []', 'tom: [] # kommentar'));
    for (const split of [flat, full]) {
      expect(split.body).toBe('Brødtekst');
      expect(split.errors).toEqual([]);
      expect(split.offsetOf(['category'])).toBe(FLAT.indexOf('category'));
      expect(split.offsetOf(['category'], true)).toBe(FLAT.indexOf('drift'));
      expect(split.offsetOf(['tags', 2])).toBe(FLAT.indexOf('c-d'));
      expect(split.offsetOf(['tags', 9])).toBe(FLAT.indexOf('[a,'));
      expect(split.offsetOf(['mangler'])).toBe(4);
    }
  });

  it('reports a missing or unterminated frontmatter', () => {
    expect(splitFrontmatter('Tekst').errors).toEqual([
      { offset: 0, message: 'Filen mangler frontmatter: start filen med en linje "---".' },
    ]);
    expect(splitFrontmatter('---\ntitle: x\n').errors[0]?.message).toBe(
      'Frontmatter er ikke afsluttet: tilføj en linje "---" efter felterne.',
    );
  });
});
