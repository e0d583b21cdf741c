import { BAIL, lineValue, SPECIAL_KEY } from './fast-yaml-value.ts';
import type { FieldPositions, Position } from './types.ts';

/**
 * A fast reader for the plain shape the registry's files have almost always: block maps (`key: value`)
 * and block lists of maps (`- key: value`) nested by indentation, plain or simply quoted scalars,
 * one-line flow lists and maps of scalars (`[kk.dk, "x"]`, `{ sikkerhedsnet: pull }`) and comments.
 * The `yaml` package needs seconds for 10,000 members on a 2-core machine; this needs milliseconds.
 * It is deliberately conservative: on anything outside that shape (nested flow collections, escapes,
 * anchors, tabs, empty values, duplicate keys, YAML special scalars and keys …) it returns undefined and the
 * caller parses the file with the `yaml` package instead, which also produces the located errors.
 * For input it accepts, data and positions equal the `yaml` package's: fast-yaml.test.ts checks the registry's
 * own files and known edge cases, fast-yaml.fuzz.test.ts thousands of generated rosters.
 */

/** Positions of a map: where it starts and where each field's value starts. */
interface MapPlaces {
  start: Position;
  fields: FieldPositions;
}

/** Data plus positions by path (`members.3` is the fourth member). */
export interface FastParsed {
  data: Record<string, unknown>;
  /** Every map (block or flow): where it starts and its fields' values. */
  maps: Map<string, MapPlaces>;
  /** Positions of the items of every flow sequence (block sequences hold maps, which are in `maps`). */
  lists: Map<string, Position[]>;
}

const ENTRY = /^( *)(- )?([a-z_][a-z0-9_]*):(?: +(.*))?$/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;

/** An open block map or list, by the column its keys (map) or dashes (list) sit at. */
type Block =
  | { kind: 'map'; indent: number; data: Record<string, unknown>; places: MapPlaces; path: string }
  | { kind: 'list'; indent: number; items: Record<string, unknown>[]; path: string };

/** Parse `text` if it is in the safe subset; `file` goes into the positions. */
export function fastParse(text: string, file: string): FastParsed | undefined {
  // Tabs, CR and control characters have YAML rules of their own; leave them to the full parser.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (/[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]/.test(text)) return undefined;
  const lines = text.split('\n');
  const data: Record<string, unknown> = {};
  const top: Block & { kind: 'map' } = {
    kind: 'map',
    indent: 0,
    data,
    places: { start: { file, line: 0, column: 0 }, fields: {} },
    path: '',
  };
  const maps = new Map<string, MapPlaces>([['', top.places]]);
  const lists = new Map<string, Position[]>();
  const stack: Block[] = [top];
  // A key written without a value: the block on the following lines is its value.
  let pending: { map: Block & { kind: 'map' }; key: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = ENTRY.exec(line);
    if (!m) {
      if (BLANK_OR_COMMENT.test(line)) continue;
      return undefined;
    }
    const indent = (m[1] as string).length;
    const dash = m[2] !== undefined;
    const key = m[3] as string;
    // `key:`, `key:   ` and `key: # comment` all leave the value to the lines below.
    const raw = m[4] === '' || m[4]?.[0] === '#' ? undefined : m[4];
    const keyAt = { file, line: i + 1, column: indent + (dash ? 3 : 1) };
    if (pending) {
      const { map, key: parentKey } = pending;
      const path = map.path === '' ? parentKey : `${map.path}.${parentKey}`;
      pending = undefined;
      if (dash && indent >= map.indent) {
        const list: Block = { kind: 'list', indent, items: [], path };
        map.data[parentKey] = list.items;
        map.places.fields[parentKey] = { file, line: i + 1, column: indent + 1 };
        stack.push(list);
      } else if (!dash && indent > map.indent) {
        const nested: Block = { kind: 'map', indent, data: {}, places: { start: keyAt, fields: {} }, path };
        map.data[parentKey] = nested.data;
        map.places.fields[parentKey] = keyAt;
        maps.set(path, nested.places);
        stack.push(nested);
      } else {
        return undefined; // an empty value: leave null to the yaml package
      }
    }
    while ((stack[stack.length - 1] as Block).indent > indent) stack.pop();
    let target = stack[stack.length - 1] as Block;
    if (dash) {
      if (target.kind !== 'list' || target.indent !== indent) return undefined;
      const item: Block = {
        kind: 'map',
        indent: indent + 2,
        data: {},
        places: { start: keyAt, fields: {} },
        path: `${target.path}.${target.items.length}`,
      };
      maps.set(item.path, item.places);
      target.items.push(item.data);
      stack.push(item);
      target = item;
    }
    if (target.kind !== 'map' || target.indent !== indent + (dash ? 2 : 0)) return undefined;
    if (key in target.data || SPECIAL_KEY.test(key)) return undefined;
    if (top.places.start.line === 0) top.places.start = keyAt;
    if (raw === undefined) {
      pending = { map: target, key };
      continue;
    }
    const at = { file, line: i + 1, column: line.length - raw.length + 1 };
    const parsed = lineValue(raw, at);
    if (parsed === BAIL) return undefined;
    target.places.fields[key] = at;
    if (typeof parsed !== 'object') {
      target.data[key] = parsed;
      continue;
    }
    target.data[key] = parsed.data;
    const path = target.path === '' ? key : `${target.path}.${key}`;
    if ('fields' in parsed) maps.set(path, { start: at, fields: parsed.fields });
    else lists.set(path, parsed.items);
  }
  if (pending || top.places.start.line === 0) return undefined;
  return { data, maps, lists };
}
