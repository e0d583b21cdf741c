import { describe, expect, it } from 'vitest';
import { type DatedTemplate, newestTemplates, recentlyUpdated } from './front-lists.ts';

const t = (title: string, created: string, updated: string, reviewed: string): DatedTemplate & { title: string } => ({
  title,
  created,
  updated,
  entry: { data: { title, reviewed } },
});

// A library imported in one commit and then edited: "Ærøskøbing" and "Beredskab" were changed later,
// "Zoneplan" was added last, and the rest tie on the import day.
const library = [
  t('Ærøskøbing-politik', '2026-01-05', '2026-06-01', '2026-02-01'),
  t('Adgangsstyring', '2026-01-05', '2026-01-05', '2025-10-01'),
  t('Beredskab', '2026-01-05', '2026-05-01', '2025-12-01'),
  t('Zoneplan', '2026-03-01', '2026-03-01', '2026-03-01'),
  t('Logning', '2026-01-05', '2026-01-05', '2025-12-01'),
  t('Awareness', '2026-01-05', '2026-01-05', '2025-12-01'),
];
const titles = (list: readonly { title: string }[]) => list.map((x) => x.title);

describe('front page lists', () => {
  it('"Nyeste" sorts by first commit, then reviewed date (latest first), then Danish title', () => {
    expect(titles(newestTemplates(library, 6))).toEqual([
      'Zoneplan',
      'Ærøskøbing-politik',
      'Awareness',
      'Beredskab',
      'Logning',
      'Adgangsstyring',
    ]);
  });

  it('"Senest opdateret" sorts by last commit, then reviewed date, then title, so it differs from "Nyeste"', () => {
    expect(titles(recentlyUpdated(library, 6))).toEqual([
      'Ærøskøbing-politik',
      'Beredskab',
      'Zoneplan',
      'Awareness',
      'Logning',
      'Adgangsstyring',
    ]);
  });

  it('keeps the first five by default and leaves the input untouched', () => {
    const before = titles(library);
    expect(titles(recentlyUpdated(library))).toHaveLength(5);
    expect(titles(newestTemplates(library))).toEqual([
      'Zoneplan',
      'Ærøskøbing-politik',
      'Awareness',
      'Beredskab',
      'Logning',
    ]);
    expect(titles(library)).toEqual(before);
  });
});
