import { describe, expect, it } from 'vitest';
import { loaderDifference, readerDifference } from './testing/compare-readers.ts';
import { fuzzRoster, seededRandom } from './testing/roster-fuzz.ts';

const SEED = 20261128;
const ROSTERS = 5000;
const FILE = 'registry/kommuner/101-koebenhavn.yaml';

/** Variations the fast reader must read itself (each in at least one roster it accepted). */
const FAST_PATH_FEATURES = [
  'plain',
  'single-quoted',
  'double-quoted',
  'unicode',
  'emoji',
  'trailing-comment',
  'own-line-comment',
  'blank-line',
  'odd-indentation',
  'flow-sequence',
  'flow-map',
  'number',
  'boolean',
  'date',
  'tricky',
  'odd-key',
  'nested-block',
  'extra-section',
];
/** Variations the generator must produce at all (the fast reader may decline them). */
const GENERATED_FEATURES = ['quote-escape', 'backslash-escape', 'empty-value', 'breaker:tab', 'breaker:crlf'];

describe('fast reader against the yaml package (fuzz)', () => {
  it(`declines or agrees exactly (data and positions) on ${ROSTERS} generated rosters, seed ${SEED}`, () => {
    const random = seededRandom(SEED);
    let accepted = 0;
    let loadedFast = 0;
    const generated = new Set<string>();
    const reached = new Set<string>();
    const divergences: string[] = [];
    for (let i = 0; i < ROSTERS; i++) {
      const { text, features } = fuzzRoster(random);
      for (const f of features) generated.add(f);
      const reader = readerDifference(text, FILE);
      if (!reader.accepted) continue;
      // Also what the loader returns for the file (schema, `$schema` line), with and without the fast reader.
      const loader = loaderDifference(new TextEncoder().encode(text), FILE, 'roster');
      const diff = reader.diff ?? loader.diff;
      if (diff && divergences.length < 5) divergences.push(`#${i} ${diff}\n${text}`);
      accepted++;
      if (loader.loadedFast) loadedFast++;
      for (const f of features) reached.add(f);
    }
    expect(divergences).toEqual([]);
    // The generator must exercise both readers, and the fast one with every kind of variation it makes.
    expect(accepted).toBeGreaterThan(ROSTERS * 0.25);
    expect(accepted).toBeLessThan(ROSTERS * 0.75);
    expect(loadedFast).toBeGreaterThan(ROSTERS * 0.05);
    expect(FAST_PATH_FEATURES.filter((f) => !reached.has(f))).toEqual([]);
    expect(GENERATED_FEATURES.filter((f) => !generated.has(f))).toEqual([]);
  });
});
