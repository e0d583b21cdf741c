import type { FastParsed } from './fast-yaml.ts';
import type { FieldPositions, Position } from './types.ts';

/** Where things are in a parsed file, whichever parser read it. Paths are zod-style keys and indexes. */
export interface PositionIndex {
  /** The value at `path` (a map: its first key; an empty value: its key). */
  position(path: readonly (string | number)[]): Position;
  /** Positions of each field's value in the map at `path`. */
  fields(path: readonly (string | number)[]): FieldPositions;
}

/** Index over a {@link FastParsed} file. */
export function fastIndex(parsed: FastParsed, file: string): PositionIndex {
  const fallback = { file, line: 1, column: 1 };
  return {
    position(path) {
      const own = parsed.maps.get(path.join('.'));
      if (own) return own.start;
      const parent = parsed.maps.get(path.slice(0, -1).join('.'));
      return parent?.fields[String(path[path.length - 1])] ?? fallback;
    },
    fields: (path) => parsed.maps.get(path.join('.'))?.fields ?? {},
  };
}
