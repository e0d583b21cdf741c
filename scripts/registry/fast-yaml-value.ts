import type { FieldPositions, Position } from './types.ts';

/**
 * The one-line values of the fast reader (fast-yaml.ts): scalars, and flow sequences and maps of scalars, with
 * the position of every item. Anything outside the safe subset returns BAIL, and the caller leaves the whole file
 * to the `yaml` package.
 */

export const BAIL = Symbol('bail');

/** A one-line flow collection with the positions of its items or fields. */
export type FlowValue =
  | { data: unknown[]; items: Position[] }
  | { data: Record<string, unknown>; fields: FieldPositions };

/** A value after `key: `: a scalar as is (the common case, so no wrapper), or a flow collection. */
export type LineValue = string | number | boolean | FlowValue;

/** Decimal integers and floats, read as the core schema reads them (Number). */
const INTEGER = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Other core-schema specials that this reader leaves to the yaml package. */
const SPECIAL_PLAIN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+|null|Null|NULL|~)$/;
/** First characters after which a plain scalar may be a YAML special value (number, null, .inf …). */
const MAYBE_SPECIAL = /^[-+.0-9~nN]/;
const INDICATOR = /^[-?,[\]{}&*!|>'"%@`]/;
/** After a value: nothing, or spaces and maybe a comment. */
const REST_OK = /^(?: +(?:#.*)?)?$/;
/** After a quoted item inside `[…]` or `{…}`: only spaces (a comment there would swallow the closing bracket). */
const FLOW_REST_OK = /^ *$/;
const FLOW_KEY = /^([a-z_][a-z0-9_-]*): +(.*)$/;
/** Keys the core schema reads as null or a boolean (`null:` becomes the key ""), left to the yaml package. */
export const SPECIAL_KEY = /^(?:null|true|false)$/;

/**
 * A quoted or plain scalar, or BAIL when it is not in the safe subset. In a flow collection (`flow`) the caller
 * has cut the item out and trimmed it; a `#` there is left to the yaml package.
 */
function scalar(raw: string, flow: boolean): string | number | boolean | typeof BAIL {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    if (end < 0 || raw[end + 1] === quote) return BAIL;
    const inner = raw.slice(1, end);
    if (quote === '"' && inner.includes('\\')) return BAIL;
    return (flow ? FLOW_REST_OK : REST_OK).test(raw.slice(end + 1)) ? inner : BAIL;
  }
  const hash = flow ? -1 : raw.indexOf(' #');
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

/** The pieces between commas of a flow collection's inside, trimmed, each with its offset after the bracket. */
function pieces(inner: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 1;
  for (const piece of inner.split(',')) {
    const lead = (/^ */.exec(piece) as RegExpExecArray)[0].length;
    out.push({ text: piece.slice(lead).replace(/ +$/, ''), offset: offset + lead });
    offset += piece.length + 1;
  }
  return out;
}

/** The inside of a one-line flow collection closed by `close`, or BAIL. */
function flowInner(raw: string, close: string, forbidden: RegExp): string | typeof BAIL {
  const end = raw.indexOf(close);
  if (end < 0 || !REST_OK.test(raw.slice(end + 1))) return BAIL;
  const inner = raw.slice(1, end);
  return forbidden.test(inner) ? BAIL : inner;
}

/** A one-line flow map of plain scalars, `{ a: b, c: d }`. */
function flowMap(raw: string, at: Position): FlowValue | typeof BAIL {
  const inner = flowInner(raw, '}', /[[\]{}"']/);
  if (inner === BAIL) return BAIL;
  const data: Record<string, unknown> = {};
  const fields: FieldPositions = {};
  if (/^ *$/.test(inner)) return { data, fields };
  for (const { text, offset } of pieces(inner)) {
    const m = FLOW_KEY.exec(text);
    const key = m?.[1] as string;
    if (!m || key in data || SPECIAL_KEY.test(key)) return BAIL;
    const parsed = scalar(m[2] as string, true);
    if (parsed === BAIL) return BAIL;
    data[key] = parsed;
    fields[key] = { ...at, column: at.column + offset + text.length - (m[2] as string).length };
  }
  return { data, fields };
}

/** A one-line flow sequence of scalars, `[kk.dk, "x"]`. */
function flowSeq(raw: string, at: Position): FlowValue | typeof BAIL {
  const inner = flowInner(raw, ']', /[[\]{}]/);
  if (inner === BAIL) return BAIL;
  const data: unknown[] = [];
  const items: Position[] = [];
  if (/^ *$/.test(inner)) return { data, items };
  for (const { text, offset } of pieces(inner)) {
    // A quoted item must be whole: a comma inside quotes would have split it, so bail then.
    const quote = text[0] === '"' || text[0] === "'";
    if (text === '' || (quote && (text.length < 2 || text[text.length - 1] !== text[0]))) return BAIL;
    const parsed = scalar(text, true);
    if (parsed === BAIL) return BAIL;
    data.push(parsed);
    items.push({ ...at, column: at.column + offset });
  }
  return { data, items };
}

/** The value after `key: ` that starts at `at`: a scalar or a one-line flow sequence or map of scalars. */
export function lineValue(raw: string, at: Position): LineValue | typeof BAIL {
  if (raw[0] === '{') return flowMap(raw, at);
  if (raw[0] === '[') return flowSeq(raw, at);
  return scalar(raw, false);
}
