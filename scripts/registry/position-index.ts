import type { FastParsed } from './fast-yaml.ts';
import type { FieldPositions, Position } from './types.ts';

/** Where things are in a parsed file, whichever parser read it. Paths are zod-style keys and indexes. */
export interface PositionIndex {
  /** The value at `path` (a map: its first key; an empty value: its key). */
  position(path: readonly (string | number)[]): Position;
  /** Positions of each field's value in the map at `path`. */
  fields(path: readonly (string | number)[]): FieldPositions;
}

/**
 * Index over a {@link FastParsed} file. Like the `yaml` index, a path that runs past the data points at the
 * deepest node it reaches.
 */
export function fastIndex(parsed: FastParsed, file: string): PositionIndex {
  const fallback = { file, line: 1, column: 1 };
  const position = (path: readonly (string | number)[]): Position => {
    const own = parsed.maps.get(path.join('.'));
    if (own) return own.start;
    if (path.length === 0) return fallback;
    const parentPath = path.slice(0, -1).join('.');
    const last = path[path.length - 1] as string | number;
    const fields = parsed.maps.get(parentPath)?.fields;
    // Own keys only: a missing `constructor` must not find Object.prototype's.
    const at =
      (fields && Object.hasOwn(fields, last) ? fields[last] : undefined) ??
      (typeof last === 'number' ? parsed.lists.get(parentPath)?.[last] : undefined);
    return at ?? position(path.slice(0, -1));
  };
  return { position, fields: (path) => parsed.maps.get(path.join('.'))?.fields ?? {} };
}
