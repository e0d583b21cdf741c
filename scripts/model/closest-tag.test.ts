import { describe, expect, it } from 'vitest';
import { closestTag } from './closest-tag.ts';

const vocabulary = new Map([
  ['nis2', 'NIS2'],
  ['iso27001', 'ISO 27001'],
  ['iso27005', 'ISO 27005'],
  ['hændelser', 'Hændelser'],
  ['leverandør', 'Leverandør'],
  ['politik', 'Politik'],
  ['risiko', 'Risiko'],
  ['risikostyring', 'Risikostyring'],
  ['persondatabrud', 'Persondatabrud'],
  ['soa', 'SoA'],
]);

describe('closestTag', () => {
  it.each([
    ['nis-2', 'nis2'],
    ['iso-27001', 'iso27001'],
    ['soa-erklæring', undefined],
    ['persondata-brud', 'persondatabrud'],
    ['leverandoer', 'leverandør'],
    ['hændelse', 'hændelser'],
    ['risikostyrng', 'risikostyring'],
    ['risikostyringen', 'risikostyring'],
    ['politikker', 'politik'],
    ['risici', undefined],
    ['ledelse', undefined],
    ['xyz', undefined],
  ])('suggests for %s: %s', (tag, expected) => {
    expect(closestTag(vocabulary, tag)).toBe(expected);
  });

  it('matches a display name written as a slug', () => {
    expect(closestTag(new Map([['iso', 'ISO 27001']]), 'iso27001')).toBe('iso');
  });

  it('offers nothing when two tags are equally close', () => {
    // "iso2700" is one edit from both iso27001 and iso27005.
    expect(closestTag(vocabulary, 'iso2700')).toBeUndefined();
    expect(closestTag(new Map(), 'nis2')).toBeUndefined();
  });
});
