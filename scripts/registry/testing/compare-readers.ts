import { isDeepStrictEqual } from 'node:util';
import { fastParse } from '../fast-yaml.ts';
import type { FileKind } from '../file-names.ts';
import { parseFile } from '../parse-file.ts';
import { fastIndex, type PositionIndex } from '../position-index.ts';
import { yamlIndex } from '../yaml-index.ts';
import { parseYamlFile } from '../yaml-source.ts';

type Path = (string | number)[];

/** Every path in `data` (maps, lists and scalars), plus missing paths below each map and list. */
function paths(data: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) out.push(...paths(item, [...at, i]));
    out.push([...at, data.length]);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) out.push(...paths(value, [...at, key]));
    out.push([...at, 'mangler'], [...at, 'constructor']);
  }
  return out;
}

/** The first path where two position indexes over `data` disagree (position or fields), or undefined. */
export function indexDifference(data: unknown, a: PositionIndex, b: PositionIndex): string | undefined {
  for (const path of paths(data)) {
    const [pa, pb] = [a.position(path), b.position(path)];
    if (!isDeepStrictEqual(pa, pb)) return `position ${path.join('.')}: ${JSON.stringify([pa, pb])}`;
    const [fa, fb] = [a.fields(path), b.fields(path)];
    if (!isDeepStrictEqual(fa, fb)) return `fields ${path.join('.')}: ${JSON.stringify([fa, fb])}`;
  }
  return undefined;
}

/**
 * The fast reader against the `yaml` package on one text: whether the fast reader accepted it, and when it did,
 * how its data or any position differs from the `yaml` package's (undefined: they agree exactly).
 */
export function readerDifference(text: string, file: string): { accepted: boolean; diff?: string } {
  const fast = fastParse(text, file);
  if (!fast) return { accepted: false };
  const { source, problems } = parseYamlFile(new TextEncoder().encode(text), file);
  if (!source) return { accepted: true, diff: `the yaml package refuses it: ${JSON.stringify(problems)}` };
  if (!isDeepStrictEqual(fast.data, source.data)) {
    return { accepted: true, diff: `data: ${JSON.stringify([fast.data, source.data])}` };
  }
  const diff = indexDifference(fast.data, fastIndex(fast, file), yamlIndex(source));
  return diff ? { accepted: true, diff } : { accepted: true };
}

/**
 * What the loader makes of one file with the fast reader and without it: whether the fast path loaded it, and
 * how problems, validated data or positions differ (undefined: identical).
 */
export function loaderDifference(
  bytes: Uint8Array,
  file: string,
  kind: FileKind,
): { loadedFast: boolean; diff?: string } {
  const withFast = parseFile(bytes, file, kind, { maxBytes: bytes.length });
  const withYaml = parseFile(bytes, file, kind, { maxBytes: bytes.length, fastReader: false });
  const loadedFast = withFast.loaded !== undefined;
  if (!isDeepStrictEqual(withFast.problems, withYaml.problems)) {
    return { loadedFast, diff: `problems: ${JSON.stringify([withFast.problems, withYaml.problems])}` };
  }
  if (!withFast.loaded || !withYaml.loaded) {
    return withFast.loaded || withYaml.loaded ? { loadedFast, diff: 'only one reader loaded it' } : { loadedFast };
  }
  if (!isDeepStrictEqual(withFast.loaded.data, withYaml.loaded.data)) return { loadedFast, diff: 'validated data' };
  const diff = indexDifference(withFast.loaded.data, withFast.loaded.index, withYaml.loaded.index);
  return diff ? { loadedFast, diff: `loaded: ${diff}` } : { loadedFast };
}
