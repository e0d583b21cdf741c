/**
 * The fast frontmatter reader against the `yaml` package, on thousands of generated blocks with a fixed seed: for
 * each, the fast reader either declines (the caller then uses `yaml`) or returns exactly the data `yaml`'s core
 * schema gives AND the same offset for every key and list item. The test also shows every kind of variation was
 * generated, so a generator change cannot silently stop covering something.
 */

import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { parseFlatFrontmatter } from './frontmatter-fast.ts';
import { generateFrontmatter, seededRandom } from './testing/frontmatter-fuzz.ts';

const CASES = 5000;
/** Override to try other seeds locally: FUZZ_SEED=7 npx vitest run scripts/library/frontmatter-fast.fuzz.test.ts */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

/** The `yaml` path's data and every key / list item offset, as the fast reader reports them. */
function viaYaml(text: string): { data: unknown; offsets: Map<string, [number, number]> } | undefined {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const offsets = new Map<string, [number, number]>();
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const keyStart = (pair.key as { range?: number[] }).range?.[0] ?? -1;
    const value = pair.value as { range?: number[] } | null;
    offsets.set(key, [keyStart, value?.range?.[0] ?? -1]);
    if (isSeq(pair.value)) {
      pair.value.items.forEach((item, i) => {
        const at = (item as { range?: number[] }).range?.[0] ?? -1;
        offsets.set(`${key}.${i}`, [at, at]);
      });
    }
  }
  return { data: doc.toJS(), offsets };
}

describe('fast frontmatter reader (fuzzed against yaml)', () => {
  it(`agrees with yaml on ${CASES} generated blocks (seed ${SEED}) or declines`, () => {
    const random = seededRandom(SEED);
    const reached = new Set<string>();
    const mismatches: string[] = [];
    let taken = 0;
    for (let i = 0; i < CASES; i++) {
      const { text, features } = generateFrontmatter(random);
      const fast = parseFlatFrontmatter(text);
      if (!fast) continue;
      taken++;
      for (const f of features) reached.add(f);
      const slow = viaYaml(text);
      const same =
        slow !== undefined &&
        Object.is(JSON.stringify(fast.data), JSON.stringify(slow.data)) &&
        deepSame(fast.data, slow.data) &&
        [...fast.offsets].every(([path, at]) => sameOffsets(at, slow.offsets.get(path)));
      if (!same && mismatches.length < 5) mismatches.push(JSON.stringify(text));
    }
    expect(mismatches).toEqual([]);
    // Hundreds of blocks take the fast path, with every variation it is meant to handle.
    expect(taken).toBeGreaterThan(CASES / 10);
    expect([...reached].sort()).toEqual(['blank', 'crlf', 'final-newline', 'flow-list', 'odd-separator']);
  });
});

/** Deep equality that tells -0 from 0 and keeps key order (what callers see). */
function deepSame(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepSame(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.join('\0') === kb.join('\0') && ka.every((k) => deepSame((a as never)[k], (b as never)[k]));
  }
  return a === b;
}

function sameOffsets(fast: [number, number], slow: [number, number] | undefined): boolean {
  return slow !== undefined && fast[0] === slow[0] && fast[1] === slow[1];
}
