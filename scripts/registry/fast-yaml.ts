import type { FieldPositions, Position } from './types.ts';

/**
 * A fast reader for the plain shape the registry's files have almost always: block maps (`key: value`)
 * and block lists of maps (`- key: value`) nested by indentation, plain or simply quoted scalars,
 * one-line flow lists and maps of scalars (`[kk.dk, "x"]`, `{ sikkerhedsnet: pull }`) and comments.
 * The `yaml` package needs seconds for 10,000 members on a 2-core machine; this needs milliseconds.
 * It is deliberately conservative: on anything outside that shape (flow collections, escapes,
 * anchors, tabs, empty values, duplicate keys, YAML special scalars …) it returns undefined and the
 * caller parses the file with the `yaml` package instead, which also produces the located errors.
 * For input it accepts, data and positions equal the `yaml` package's (checked by fast-yaml.test.ts).
 */

/** Positions of a map: where it starts and where each field's value starts. */
interface MapPlaces {
  start: Position;
  fields: FieldPositions;
}

/** Data plus positions by path (`members.3` is the fourth member). */
export interface FastParsed {
  data: Record<string, unknown>;
  maps: Map<string, MapPlaces>;
}

const ENTRY = /^( *)(- )?([a-z_][a-z0-9_]*):(?: +(.*))?$/;
/** Decimal floats, read as the core schema reads them (Number). */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Other core-schema specials that this reader leaves to the yaml package. */
const SPECIAL_PLAIN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+|null|Null|NULL|~)$/;
const BAIL = Symbol('bail');
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const INTEGER = /^[-+]?[0-9]+$/;
const INDICATOR = /^[-?,[\]{}&*!|>'"%@`]/;
/** First characters after which a plain scalar may be a YAML special value (number, null, .inf …). */
const MAYBE_SPECIAL = /^[-+.0-9~nN]/;

const REST_OK = /^(?: +(?:#.*)?)?$/;

/** A quoted or plain scalar, or BAIL when it is not in the safe subset. */
function scalar(raw: string): string | number | boolean | typeof BAIL {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    if (end < 0 || raw[end + 1] === quote) return BAIL;
    const inner = raw.slice(1, end);
    if (quote === '"' && inner.includes('\\')) return BAIL;
    return REST_OK.test(raw.slice(end + 1)) ? inner : BAIL;
  }
  const hash = raw.indexOf(' #');
  let value = hash >= 0 ? raw.slice(0, hash) : raw;
  if (value.endsWith(' ')) value = value.replace(/ +$/, '');
  if (value === '' || value.includes(':') || value.includes('#')) return BAIL;
  if (MAYBE_SPECIAL.test(value)) {
    if (INTEGER.test(value) || FLOAT.test(value)) return Number(value);
    if (SPECIAL_PLAIN.test(value)) return BAIL;
  }
  if (INDICATOR.test(value)) return BAIL;
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  return value;
}

const FLOW_KEY = /^([a-z_][a-z0-9_-]*): +(.*)$/;

/** A one-line flow map of scalars, `{ a: b, c: d }`. */
function flowMap(raw: string): Record<string, unknown> | typeof BAIL {
  const end = raw.indexOf('}');
  if (end < 0 || !REST_OK.test(raw.slice(end + 1))) return BAIL;
  const inner = raw.slice(1, end);
  if (/[[\]{}"']/.test(inner)) return BAIL;
  const out: Record<string, unknown> = {};
  if (/^ *$/.test(inner)) return out;
  for (const piece of inner.split(',')) {
    const m = FLOW_KEY.exec(piece.replace(/^ +| +$/g, ''));
    if (!m || (m[1] as string) in out) return BAIL;
    const parsed = scalar(m[2] as string);
    if (parsed === BAIL) return BAIL;
    out[m[1] as string] = parsed;
  }
  return out;
}

/** A value after `key: `: a scalar or a one-line flow list or map of scalars. */
function value(raw: string): string | number | boolean | unknown[] | Record<string, unknown> | typeof BAIL {
  if (raw[0] === '{') return flowMap(raw);
  if (raw[0] !== '[') return scalar(raw);
  const end = raw.indexOf(']');
  if (end < 0 || !REST_OK.test(raw.slice(end + 1))) return BAIL;
  const inner = raw.slice(1, end);
  if (/[[\]{}]/.test(inner)) return BAIL;
  if (/^ *$/.test(inner)) return [];
  const items: unknown[] = [];
  for (const piece of inner.split(',')) {
    const item = piece.replace(/^ +| +$/g, '');
    // A quoted item must be whole: a comma inside quotes would have split it, so bail then.
    if (item === '' || ((item[0] === '"' || item[0] === "'") && (item.length < 2 || item[item.length - 1] !== item[0])))
      return BAIL;
    const parsed = scalar(item);
    if (parsed === BAIL) return BAIL;
    items.push(parsed);
  }
  return items;
}

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
    const raw = m[4];
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
    if (target.kind !== 'map' || target.indent !== indent + (dash ? 2 : 0) || key in target.data) return undefined;
    if (top.places.start.line === 0) top.places.start = keyAt;
    if (raw === undefined) {
      pending = { map: target, key };
      continue;
    }
    const parsed = value(raw);
    if (parsed === BAIL) return undefined;
    target.data[key] = parsed;
    target.places.fields[key] = { file, line: i + 1, column: line.length - raw.length + 1 };
  }
  if (pending || top.places.start.line === 0) return undefined;
  return { data, maps };
}
