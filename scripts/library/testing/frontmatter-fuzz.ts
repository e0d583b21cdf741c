/**
 * Seeded generator of frontmatter blocks for the fast reader's fuzz test (frontmatter-fast.fuzz.test.ts): the flat
 * `key: value` and `key: [a, b]` lines every page uses, varied the ways hand-written YAML varies (quoting, comments,
 * unicode, indentation, blank lines, Windows line ends, flow lists, numbers, dates, booleans, nulls, YAML indicators),
 * plus constructs the fast reader must leave to the `yaml` package (block lists, nested maps, duplicate keys).
 */
import { seededRandom } from '../../registry/testing/roster-fuzz.ts';

export { seededRandom };

/** What pages mostly hold: plain text, codes, versions, dates. */
const PLAIN = [
  'Beredskabsplan',
  'Risikovurdering af leverandører',
  'Zoë Müller',
  'Li 李',
  'Smil 🙂',
  '"101"',
  '"1.0"',
  '2026-11-01',
  'gældende',
  'iso27001',
];
/** Scalars as an author might write them, including ones the core schema reads as numbers, booleans or nulls. */
const SCALARS = [
  ...['Æbler, øl og åer'],
  ...'101 +7 -3 007 1.5 .5 1. 1e3 1E-2 -0 0 0x1F 0o17 1_000 .inf -.Inf .nan NaN + . -'.split(' '),
  ...'true True TRUE tRUE false yes no on null Null NULL ~ 2025-03-01 2025-3-1 2025-03-01T10:00:00Z'.split(' '),
  ...'a#b a:b -a [a] a] a[ {a} a} &a *a !a | > %a @a `a ?a ,a a, a:'.split(' '),
  ...['a #b', 'a: b', '- a', 'a, b', "it's", 'say "hi"', 'back\\slash', 'tab\there', 'trailing  '],
  ...['"quoted"', "'single'", '"with \\"escape\\""', "'it''s'", '""', "''", '"a, b"', "'a: b'", '"#x"'],
  ...['æ\u2028ø', 'ø\u00a0å', 'x\uffffy', '  leading', 'a  b', 'é'],
];
const KEYS = [
  'title',
  'summary',
  'category',
  'tags',
  'owner',
  'version',
  'reviewed',
  'status',
  'x_y',
  'a-b',
  'Æble',
  '1st',
  '_u',
];
const SEPARATORS = [': ', ':  ', ':\t', ':', ' : '];

export interface FuzzFrontmatter {
  text: string;
  features: Set<string>;
}

/** One generated frontmatter block (the YAML between the `---` fences). */
export function generateFrontmatter(random: () => number): FuzzFrontmatter {
  const features = new Set<string>();
  const chance = (p: number) => random() < p;
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Three in four scalars are the plain values pages mostly hold, so the fast path is reached often.
  const scalar = () => (chance(0.75) ? pickFrom(PLAIN) : pickFrom(SCALARS));
  /** `value`, noting that the block uses `feature`. */
  const use = <T>(feature: string, value: T): T => {
    features.add(feature);
    return value;
  };
  const lines: string[] = [];
  const used: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    let key = pickFrom(KEYS);
    if (used.includes(key)) key = chance(0.05) ? use('duplicate-key', key) : `${key}${i}`;
    used.push(key);
    const indent = chance(0.03) ? use('indent', pickFrom([' ', '  ', '\t'])) : '';
    const sep = chance(0.9) ? ': ' : use('odd-separator', pickFrom(SEPARATORS));
    let value = scalar();
    const shape = random();
    if (shape < 0.3) value = use('flow-list', flowList());
    else if (shape < 0.35) value = use('block', `\n  - ${scalar()}\n  - ${scalar()}`);
    else if (shape < 0.38) value = use('nested', `\n  inner: ${scalar()}`);
    else if (shape < 0.41) value = use('empty-value', '');
    if (chance(0.05)) value += use('comment', pickFrom([' # kommentar', ' #', '  # æøå']));
    lines.push(`${indent}${key}${sep}${value}`);
    if (chance(0.08)) lines.push(use('blank', pickFrom(['', ' ', '\t'])));
    if (chance(0.04)) lines.push(use('own-line-comment', pickFrom(['# note', '  # note', '#'])));
  }
  let text = lines.join('\n');
  if (chance(0.1)) text = use('crlf', text.replace(/\n/g, '\r\n'));
  if (chance(0.1)) text = use('final-newline', `${text}\n`);
  return { text, features };

  function flowList(): string {
    const items = Array.from({ length: Math.floor(random() * 4) }, scalar);
    const list = `[${items.join(pickFrom([', ', ',', ' , ', ',  ']))}${chance(0.05) ? use('trailing-comma', ',') : ''}]`;
    return chance(0.05) ? list.replace(/^\[/, '[ ') : list;
  }
}
