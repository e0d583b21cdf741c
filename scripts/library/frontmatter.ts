/**
 * Split an MDX source into its YAML frontmatter and body, parsed with every key's and value's offset kept, so
 * problems can point at the exact place. The flat frontmatter almost every page has is read by a small fast reader
 * (`frontmatter-fast.ts`; without it `bench:content` takes about 25 % longer, 0.58 → 0.73 s on 1,000 templates),
 * anything else by the `yaml` package's core schema. The fast reader is fuzzed against `yaml` and declines whatever
 * it is not sure of, so both give the same data and offsets.
 */
import type { Document, Node } from 'yaml';
import { isMap, isSeq, parseDocument } from 'yaml';
import { type FastFrontmatter, parseFlatFrontmatter } from './frontmatter-fast.ts';

/** An MDX file split into its YAML frontmatter and its body, with offsets into the whole source. */
export interface SplitSource {
  /** Parsed frontmatter; undefined when missing or not a YAML mapping. */
  data: Record<string, unknown> | undefined;
  /** Offset of the first body character in the source. */
  bodyOffset: number;
  body: string;
  /** Offset in the source of a frontmatter key (or value when `value` is true); the file start when unknown. */
  offsetOf(path: readonly PropertyKey[], value?: boolean): number;
  /** Syntax errors with their offsets in the source. */
  errors: { offset: number; message: string }[];
}

/** The opening fence; a byte-order mark before it is allowed (some editors on Windows write one). */
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
/** The closing fence, also in a file with Windows line ends. */
const CLOSING = /^---[ \t]*\r?$/m;

/** Split `source` at the `---` fences and parse the frontmatter with positions kept. */
export function splitFrontmatter(source: string): SplitSource {
  const opening = OPENING.exec(source);
  if (!opening) return noFrontmatter(source, 'Filen mangler frontmatter: start filen med en linje "---".');
  const yamlStart = opening[0].length;
  const rest = source.slice(yamlStart);
  const closing = CLOSING.exec(rest);
  if (!closing) return noFrontmatter(source, 'Frontmatter er ikke afsluttet: tilføj en linje "---" efter felterne.');
  const yamlText = rest.slice(0, closing.index);
  let bodyOffset = yamlStart + closing.index + closing[0].length;
  if (source[bodyOffset] === '\r') bodyOffset++;
  if (source[bodyOffset] === '\n') bodyOffset++;
  const fast = parseFlatFrontmatter(yamlText);
  if (fast) {
    return {
      data: fast.data,
      bodyOffset,
      body: source.slice(bodyOffset),
      offsetOf: (path, value) => yamlStart + fastOffset(fast.offsets, path, value ?? false),
      errors: [],
    };
  }
  // The core schema keeps dates as strings, as docs/interfaces.md requires.
  const doc = parseDocument(yamlText, { schema: 'core', prettyErrors: false });
  const errors = doc.errors.map((e) => ({
    offset: yamlStart + (e.pos[0] ?? 0),
    message: e.message.split('\n')[0] ?? '',
  }));
  const js: unknown = errors.length === 0 ? doc.toJS() : undefined;
  const data =
    js !== null && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  if (errors.length === 0 && !data)
    errors.push({ offset: yamlStart, message: 'Frontmatter skal være en YAML-mapping.' });
  return {
    data,
    bodyOffset,
    body: source.slice(bodyOffset),
    offsetOf: (path, value) => yamlStart + nodeOffset(doc, path, value ?? false),
    errors,
  };
}

/** Offset of the deepest known key along `path` in fast-read frontmatter, as `nodeOffset` does for YAML. */
function fastOffset(offsets: FastFrontmatter['offsets'], path: readonly PropertyKey[], value: boolean): number {
  for (let n = path.length; n > 0; n--) {
    const found = offsets.get(path.slice(0, n).map(String).join('.'));
    if (found) return n === path.length && !value ? found[0] : found[1];
  }
  return 0;
}

function noFrontmatter(source: string, message: string): SplitSource {
  return { data: undefined, bodyOffset: 0, body: source, offsetOf: () => 0, errors: [{ offset: 0, message }] };
}

/** Offset of the deepest node along `path` that exists: the key of a pair unless `value` is asked for. */
function nodeOffset(doc: Document, path: readonly PropertyKey[], value: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(doc.contents) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key as Node | null);
      const valueStart = rangeStart(pair.value as Node | null);
      offset = (last && !value ? keyStart : (valueStart ?? keyStart)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: Node | null | undefined): number | undefined {
  return node && typeof node === 'object' && 'range' in node && node.range ? node.range[0] : undefined;
}
