import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

const SOURCE = [
  '---',
  'title: "Plan: en test"',
  "summary: 'Kort'",
  'category: drift',
  'tags: [a, "b", c-d]',
  'version: 1.0',
  'review_interval_months: 12',
  'reviewed: "2026-10-01"',
  'dato: 2026-10-01 # kommentar',
  'aktiv: true',
  'tom: []',
  'ingen: null',
  'tekst: Det er 5 kr. pr. side',
  '---',
  'Brødtekst',
].join('\n');

describe('splitFrontmatter', () => {
  it('parses with the yaml core schema: dates stay strings, numbers and booleans are typed', () => {
    const split = splitFrontmatter(SOURCE);
    expect(split.errors).toEqual([]);
    expect(split.body).toBe('Brødtekst');
    expect(split.data).toEqual({
      title: 'Plan: en test',
      summary: 'Kort',
      category: 'drift',
      tags: ['a', 'b', 'c-d'],
      version: 1,
      review_interval_months: 12,
      reviewed: '2026-10-01',
      dato: '2026-10-01',
      aktiv: true,
      tom: [],
      ingen: null,
      tekst: 'Det er 5 kr. pr. side',
    });
  });

  it('gives key, value and list item offsets, and the deepest existing node for a missing one', () => {
    const split = splitFrontmatter(SOURCE);
    expect(split.offsetOf(['category'])).toBe(SOURCE.indexOf('category'));
    expect(split.offsetOf(['category'], true)).toBe(SOURCE.indexOf('drift'));
    expect(split.offsetOf(['tags', 2])).toBe(SOURCE.indexOf('c-d'));
    expect(split.offsetOf(['tags', 9])).toBe(SOURCE.indexOf('[a,'));
    expect(split.offsetOf(['mangler'])).toBe(4);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const split = splitFrontmatter(`\uFEFF${SOURCE.replaceAll('\n', '\r\n')}`);
    expect(split.errors).toEqual([]);
    expect(split.data?.category).toBe('drift');
    expect(split.body).toBe('Brødtekst');
  });

  it('reports a missing or unterminated frontmatter, and one that is not a mapping', () => {
    expect(splitFrontmatter('Tekst').errors).toEqual([
      { offset: 0, message: 'Filen mangler frontmatter: start filen med en linje "---".' },
    ]);
    expect(splitFrontmatter('---\ntitle: x\n').errors[0]?.message).toBe(
      'Frontmatter er ikke afsluttet: tilføj en linje "---" efter felterne.',
    );
    expect(splitFrontmatter('---\n- a\n---\n').errors).toEqual([
      { offset: 4, message: 'Frontmatter skal være en YAML-mapping.' },
    ]);
  });
});
