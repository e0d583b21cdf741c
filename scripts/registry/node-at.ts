import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { FieldPositions, Position } from './types.ts';
import { placeOf, type YamlSource } from './yaml-source.ts';

/** The YAML node a data path leads to, and the map pair holding it (for pointing at the key). */
export interface Located {
  node?: Node | null;
  pair?: Pair;
  /** The deepest node reached, when the path runs past the document (a missing key). */
  parent: Node;
}

/** Follow a zod-style path (keys and indexes) through the YAML tree. */
export function nodeAt(source: YamlSource, path: readonly PropertyKey[]): Located {
  let node = source.doc.contents as Node | null;
  let parent = node as Node;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (node === null || node === undefined) break;
    parent = node;
    if (isMap(node)) {
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { parent };
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      node = node.items[segment] as Node | null;
      if (node === undefined) return { parent };
    } else {
      return { parent };
    }
  }
  return { node, ...(pair ? { pair } : {}), parent };
}

/** Where to point for a path: the value, or its key when the value is empty. */
export function positionAt(source: YamlSource, path: readonly PropertyKey[]): Position {
  const { node, pair, parent } = nodeAt(source, path);
  const target = node?.range ? node : ((pair?.key as Node | undefined) ?? parent);
  return placeOf(source, target?.range?.[0] ?? 0);
}

/** Positions of every key's value in the map at `path` (empty values point at the key). */
export function fieldPositions(source: YamlSource, path: readonly PropertyKey[]): FieldPositions {
  const out: FieldPositions = {};
  const { node } = nodeAt(source, path);
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const value = pair.value as Node | null;
    const target = value?.range ? value : (pair.key as Node);
    out[String(pair.key.value)] = placeOf(source, target.range?.[0] ?? 0);
  }
  return out;
}
