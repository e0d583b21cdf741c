/**
 * Seeded generator of roster files for the fast reader's fuzz test (fast-yaml.fuzz.test.ts): mostly the plain
 * shape contact persons write, varied the ways hand-written YAML varies (quoting, comments, unicode, indentation,
 * blank lines, flow collections, numbers, dates, booleans, unknown keys), plus constructs the fast reader must
 * leave to the `yaml` package. Each roster says which features it used, so the test can show they were reached.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same rosters on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated roster and the features it contains. */
export interface FuzzRoster {
  text: string;
  features: Set<string>;
}

const NAMES = [
  ...'Anne Demo|Søren Ærø|Åse Østergård|Zoë Müller|José Núñez|Chloé Ðặng|Li 李|Ελένη Παπά|Ирина Иванова'.split('|'),
  ...['Kim 👩‍💻 Holm', 'Flag 🇩🇰 Dansk', 'Smil 🙂', "Conor O'Brien", 'Anne-Marie Bøgh', 'Ærlig Å'],
];
const TITLES = [
  ...'Informationssikkerhedskoordinator|IT-sikkerhedsarkitekt|Systemejer|Sikkerhedskonsulent'.split('|'),
  ...['Chef, IT og digitalisering', 'Leder (drift) – 50 %', 'KL\'s "gæst" – chef', 'Jurist [GDPR]'],
  'Databeskyttelsesrådgiver (DPO)',
];
/** Plain scalars the core schema reads as something other than a string, or that need care. */
const TRICKY = [
  // numbers, booleans, nulls and dates of the core schema, and their near misses
  ...'101 +7 -3 007 1.5 .5 1. 1e3 1E-2 -0 0x1F 0o17 .inf -.Inf .nan NaN + .'.split(' '),
  ...'true True FALSE yes no on null Null ~ 2025-03-01 2025-3-1 2025-03-01T10:00:00Z'.split(' '),
  // YAML indicators and comment or mapping look-alikes
  ...'a#b a:b -a [a] a] &a *a !a | > %a @a `a ?a'.split(' '),
  ...['a #b', 'a: b', '- a', 'a, b', "it's", 'say "hi"', 'back\\slash'],
  // characters with YAML rules of their own: line separator, no-break space, a noncharacter
  ...['æ\u2028ø', 'ø\u00a0å', 'x\uffffy'],
];
const DATES = ['2025-03-01', '2026-09-15', '2024-02-29', '2026-02-30', '2025-3-1'];
const COMMENTS = ['# kommentar', '#', '# æøå 🙂', '#  - name: x', '# "quoted" \'x\''];

/** Helpers over one PRNG. */
class Gen {
  readonly random: () => number;
  readonly features = new Set<string>();
  constructor(random: () => number) {
    this.random = random;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  use(feature: string): void {
    this.features.add(feature);
  }
}

/** `text` as a YAML scalar: plain, single- or double-quoted (sometimes with escapes, as few people write them). */
function quoted(g: Gen, text: string): string {
  const style = g.random();
  const needsEscape = (quote: string) => text.includes(quote) && !g.chance(0.3);
  if (style < 0.5 || (style < 0.75 && needsEscape("'")) || (style >= 0.75 && needsEscape('"'))) {
    g.use('plain');
    return text;
  }
  if (style < 0.75) {
    g.use('single-quoted');
    if (text.includes("'")) g.use('quote-escape');
    return `'${text.replaceAll("'", "''")}'`;
  }
  g.use('double-quoted');
  if (text.includes('"') || g.chance(0.02)) {
    g.use('backslash-escape');
    return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}${text.includes('"') ? '' : '\\u00e6'}"`;
  }
  return `"${text}"`;
}

function flowItem(g: Gen): string {
  const raw = g.chance(0.3) ? g.pick(TRICKY) : g.pick(['kk.dk', 'x.dk', 'Æble', '🙂', '12', 'true', '2025-03-01']);
  return quoted(g, raw);
}

/** A one-line flow sequence or map, with the spacing people type. */
function flow(g: Gen): string {
  const space = () => g.pick(['', ' ', '  ']);
  if (g.chance(0.7)) {
    g.use('flow-sequence');
    const items = Array.from({ length: g.int(0, 3) }, () => `${space()}${flowItem(g)}${space()}`);
    if (g.chance(0.05)) items.push(''); // a trailing comma
    if (g.chance(0.05)) items.push(' x #c'); // a comment inside brackets
    return `[${items.join(',')}]`;
  }
  g.use('flow-map');
  const keys = ['pull', 'push', 'r-2', 'null', 'a'];
  const pairs = Array.from({ length: g.int(0, 3) }, () => `${space()}${g.pick(keys)}: ${flowItem(g)}${space()}`);
  if (g.chance(0.05)) pairs.push(' a: x #c'); // a comment inside braces
  return `{${pairs.join(',')}}`;
}

/** A value for `key`: usually valid for the schema, sometimes any tricky scalar or a flow collection. */
function valueFor(g: Gen, key: string, index: number): string {
  if (g.chance(0.03)) return flow(g);
  if (g.chance(0.04)) {
    g.use('tricky');
    return quoted(g, g.pick(TRICKY));
  }
  const login = `person-${index}`;
  switch (key) {
    case 'name': {
      const name = g.pick(NAMES);
      if (/[^\p{ASCII}]/u.test(name)) g.use('unicode');
      if (/\p{Extended_Pictographic}/u.test(name)) g.use('emoji');
      return quoted(g, name);
    }
    case 'title':
      return quoted(g, g.pick(TITLES));
    case 'email':
    case 'approved_by':
      return quoted(g, g.chance(0.05) ? `Person.${index}@kk.dk` : `person.${index}@kk.dk`);
    case 'tier':
      return quoted(g, g.pick(['kerne', 'bred', 'bred', 'kernen']));
    case 'contact':
      g.use('boolean');
      return g.pick(['true', 'false', 'True', 'FALSE', 'yes', '"true"']);
    case 'github':
      return quoted(g, login);
    case 'github_id':
      g.use('number');
      return g.pick([`${1_000_000 + index}`, `"${1_000_000 + index}"`, '0', '-5', '1.5', '1e6']);
    default: {
      g.use('date');
      const date = g.pick(DATES);
      return g.chance(0.6) ? `"${date}"` : g.chance(0.5) ? date : `'${date}'`;
    }
  }
}

/** What follows a value: nothing, spaces, or a trailing comment. */
function lineEnd(g: Gen): string {
  if (g.chance(0.75)) return '';
  if (g.chance(0.3)) return g.pick([' ', '   ']);
  g.use('trailing-comment');
  return `${g.pick([' ', '  '])}${g.pick(COMMENTS)}${g.chance(0.2) ? ' ' : ''}`;
}

const MEMBER_KEYS = ['name', 'email', 'title', 'tier', 'contact', 'github', 'github_id', 'added', 'confirmed'];
/** Keys the schema rejects; some are also keys the core schema reads as non-strings. */
const ODD_KEYS = ['tiers', 'note', '_x', 'x1', 'null', 'true', 'false', 'Name', 'e-mail', '"name"', "'tier'", 'tier '];

function memberLines(g: Gen, index: number, dash: number): string[] {
  const keys = MEMBER_KEYS.filter((k) => !['contact', 'github', 'github_id'].includes(k) || g.chance(0.5));
  keys.push('approved_by');
  if (g.chance(0.05)) keys.splice(g.int(0, keys.length - 1), 1);
  if (g.chance(0.1)) {
    g.use('odd-key');
    keys.splice(g.int(0, keys.length), 0, g.pick(ODD_KEYS));
  }
  if (g.chance(0.1)) {
    const i = g.int(0, keys.length - 2);
    [keys[i], keys[i + 1]] = [keys[i + 1] as string, keys[i] as string];
  }
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const indent = i === 0 ? `${' '.repeat(dash)}- ` : ' '.repeat(dash + 2);
    if (i > 0) lines.push(...noise(g, dash + 2));
    if (g.chance(0.02)) {
      g.use('nested-block');
      const inner = ' '.repeat(dash + 2 + g.pick([1, 2, 3, 5]));
      lines.push(`${indent}${key}:${lineEnd(g)}`, `${inner}a: ${valueFor(g, 'title', index)}`, `${inner}b: ${flow(g)}`);
      return;
    }
    if (g.chance(0.003)) {
      g.use('empty-value');
      lines.push(`${indent}${key}:${lineEnd(g)}`);
      return;
    }
    lines.push(`${indent}${key}: ${g.chance(0.05) ? ' ' : ''}${valueFor(g, key, index)}${lineEnd(g)}`);
  });
  return lines;
}

/** Blank lines and own-line comments at any indentation, sometimes. */
function noise(g: Gen, indent: number): string[] {
  const out: string[] = [];
  while (g.chance(0.08)) {
    if (g.chance(0.5)) {
      g.use('blank-line');
      out.push(g.pick(['', '  ', '    ']));
    } else {
      g.use('own-line-comment');
      out.push(`${' '.repeat(g.pick([0, indent, indent + 3]))}${g.pick(COMMENTS)}`);
    }
  }
  return out;
}

/** Constructs the fast reader must leave to the `yaml` package (each applied to a finished roster). */
const BREAKERS: [string, (text: string) => string][] = [
  ['tab', (t) => t.replace('\n  ', '\n\t')],
  ['crlf', (t) => t.replaceAll('\n', '\r\n')],
  ['bom', (t) => `\uFEFF${t}`],
  ['document-marker', (t) => `---\n${t}`],
  ['document-end', (t) => `${t}...\n`],
  ['anchor', (t) => t.replace('municipality: ', 'municipality: &m ')],
  ['block-scalar', (t) => t.replace(/title: [^\n]*/, 'title: |\n      Flere\n      linjer')],
  ['continuation', (t) => t.replace(/(title: [^\n#]*)/, '$1\n      fortsat')],
  ['bad-indent', (t) => t.replace(/\n( +)email:/, '\n$1 email:')],
  ['duplicate-key', (t) => t.replace(/\n( +)tier: ([^\n]*)/, '\n$1tier: $2\n$1tier: bred')],
];

/** One roster from `random`. */
export function fuzzRoster(random: () => number): FuzzRoster {
  const g = new Gen(random);
  const lines: string[] = [];
  const schema = '# yaml-language-server: $schema=../schema/roster.schema.json';
  lines.push(...g.pick([[schema], [schema], [`${schema}  `], [], ['# Roster', schema]]));
  lines.push(...noise(g, 0));
  const code = g.pick(['"101"', "'101'", '101', '"1 01"', '"101" # kode', '"101"   ']);
  lines.push(`municipality: ${code}`);
  lines.push(...noise(g, 0));
  const dash = g.pick([0, 1, 2, 2, 2, 3, 4, 6]);
  if (dash !== 2) g.use('odd-indentation');
  const count = g.int(0, 6);
  lines.push(`members:${count === 0 ? ' []' : lineEnd(g)}`);
  for (let i = 0; i < count; i++) lines.push(...noise(g, dash), ...memberLines(g, i, dash));
  if (g.chance(0.05)) {
    g.use('extra-section');
    const inner = ' '.repeat(g.pick([1, 2, 4]));
    lines.push('extra:', `${inner}teams:`, `${inner}  - slug: x`, `${inner}    repos: ${flow(g)}`, `${inner}org: x`);
  }
  let text = `${lines.join('\n')}${g.chance(0.9) ? '\n' : ''}`;
  if (g.chance(0.08)) {
    const [name, apply] = g.pick(BREAKERS);
    g.use(`breaker:${name}`);
    text = apply(text);
  }
  return { text, features: g.features };
}
