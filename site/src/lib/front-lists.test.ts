import { describe, expect, it } from 'vitest';
import { type DatedTemplate, frontLists, newestTemplates, recentlyUpdated } from './front-lists.ts';

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

  it('"Senest opdateret" lists only templates edited after they were added, by last commit', () => {
    expect(titles(recentlyUpdated(library, 6))).toEqual(['Ærøskøbing-politik', 'Beredskab']);
  });

  it('a library never edited since its import gets one list, not the same list twice', () => {
    const imported = [
      t('A', '2026-01-05', '2026-01-05', '2026-01-01'),
      t('B', '2026-01-05', '2026-01-05', '2025-01-01'),
    ];
    expect(frontLists(imported)).toEqual({ newest: [imported[0], imported[1]], updated: [] });
    expect(titles(frontLists(library, 3).updated)).toEqual(['Ærøskøbing-politik', 'Beredskab']);
  });

  it('an updated list equal to the newest list is dropped', () => {
    const edited = [t('A', '2026-01-05', '2026-02-01', '2026-01-01')];
    expect(frontLists(edited)).toEqual({ newest: edited, updated: [] });
  });

  it('keeps the first five by default and leaves the input untouched', () => {
    const before = titles(library);
    expect(titles(recentlyUpdated(library))).toHaveLength(2);
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
