import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastParse } from './fast-yaml.ts';
import { loaderDifference, readerDifference } from './testing/compare-readers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => e.endsWith('.yaml'))
    .map((e) => path.join(dir, e))
    .sort();
}

const roster = [
  '# yaml-language-server: $schema=../schema/roster.schema.json',
  'municipality: "101"   # kommentar',
  'members:',
  '  # kommentar i listen',
  '  - name: Anne Demo',
  "    email: 'anne.demo@kk.dk'",
  '    title: KL\'s "gæst" – chef',
  '    tier: kerne',
  '    contact: true',
  '    github_id: 1000101',
  '',
  '  - name: Bo Eksempel  # efterfølgende kommentar',
  '    email: "bo.eksempel@kk.dk" # kommentar',
  '    tags: []',
  '',
].join('\n');

/** Assert fastParse accepts `text` and agrees with the yaml package on the data and on every position. */
function expectSameAsYaml(text: string): void {
  expect(readerDifference(text, 'f.yaml')).toEqual({ accepted: true });
}

describe('fastParse', () => {
  it('agrees with the yaml package on a roster with comments, quotes and blank lines', () => {
    expectSameAsYaml(roster);
  });

  it('agrees with the yaml package on every file of registry/ and the fixtures that it accepts', async () => {
    const files = [
      ...(await yamlFiles(path.join(root, 'registry'))),
      ...(await yamlFiles(path.join(root, 'scripts/registry/fixtures'))),
    ];
    let accepted = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (!fastParse(text, 'f.yaml')) continue;
      accepted++;
      expectSameAsYaml(text);
    }
    // Every roster and admins.yaml take the fast path; kommuner.yaml and policy.yaml use flow collections.
    expect(accepted).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['a flow map with quotes', 'repos: { a: "pull" }\n'],
    ['a nested flow list', 'a: [[b]]\n'],
    ['a quoted list item containing a comma', 'a: ["b, c"]\n'],
    ['a trailing comma', 'a: [b,]\n'],
    ['a key less indented than its siblings', 'a:\n    b: c\n  d: e\n'],
    ['a list under a nested map', 'a:\n  b: c\n  - d: e\n'],
    ['an escape in double quotes', 'name: "a\\tb"\n'],
    ['an anchor', 'a: &x b\n'],
    ['an alias', 'a: *x\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF', 'a: b\r\n'],
    ['an empty value', 'members:\n  - name:\n'],
    ['a duplicate key', 'a: b\na: c\n'],
    ['a duplicate key in an item', 'l:\n  - a: b\n    a: c\n'],
    ['null', 'a: null\n'],
    ['~', 'a: ~\n'],
    ['hex', 'a: 0x1F\n'],
    ['.inf', 'a: .inf\n'],
    ['a colon in a plain value', 'a: b: c\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a block scalar', 'a: |\n  b\n'],
    ['a document marker', '---\na: b\n'],
    ['a nested list', 'l:\n  - a: b\n    c:\n      - d\n'],
    ['a list of scalars', 'l:\n  - a\n'],
    ['only comments', '# a\n'],
    ['a quoted key', '"a": b\n'],
    ['a value after the closing quote', 'a: "b" c\n'],
    ['a BOM in the middle', 'a: b\ufeff\n'],
    // Found by fast-yaml.fuzz.test.ts: the yaml package refuses these, or reads them differently.
    ['a comment inside a flow sequence', 'a: [b #c, d]\n'],
    ['a comment after a quoted flow item', 'a: ["b" #c, d]\n'],
    ['a comment inside a flow map', 'a: { b: c #d }\n'],
    ['a null key (the yaml package makes it "")', 'null: x\n'],
    ['a null key in a flow map', 'a: { null: x }\n'],
    ['a boolean key', 'l:\n  - true: 1\n'],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(fastParse(text, 'f.yaml')).toBeUndefined();
  });

  it('agrees with the yaml package on a nested map and flow lists', () => {
    expectSameAsYaml(
      'kl:\n  name: KL, Kommunernes Landsforening\n  domains: [kl.dk, "kl.example"]\n  tenant_ids: [ ]\nkommuner:\n  - code: "101"\n    domains: [kk.dk,  x.dk ] # to\n    n: [1, true]\n',
    );
  });

  it('agrees with the yaml package on deeper nesting, flow maps and floats', () => {
    expectSameAsYaml(
      'a: 0.25\nb: 1e3\nc: -.5\nd: 1.\ngithub:\n  org: x\n  teams:\n    - slug: s\n      repos: { r: pull, r-2: maintain }\n    - slug: t\n      repos: {}\n  more:\n    deep: 1\n',
    );
  });

  it('reads an unquoted date as a string, as the core schema does', () => {
    expectSameAsYaml('added: 2025-03-01\nl:\n  - a: 1e\n');
  });

  it('agrees with the yaml package on the places of flow items and of paths that run past the data', () => {
    // Every path is compared, also e.g. `kommuner.0.domains.1`, `github.repos.x` and `members.7` (missing).
    expectSameAsYaml('a: [x, "y" ,  z ]\nb: { r: pull,  s: p }\nc: []\nd: {}\nl:\n  - e: [1]\n');
  });

  it('reads `key:` with a trailing comment or blanks as a key whose value is the block below', () => {
    expectSameAsYaml('members: # liste\n  - name: a\nkl:   \n  x: 1\n');
  });

  it('gives the same `$schema` warning with and without the fast reader (trailing blanks allowed)', () => {
    const schema = '# yaml-language-server: $schema=../schema/roster.schema.json';
    const roster = `municipality: "101"\nmembers: []\n`;
    for (const first of [schema, `${schema}   `, '# Københavns medlemmer']) {
      const bytes = new TextEncoder().encode(`${first}\n${roster}`);
      expect(loaderDifference(bytes, 'f.yaml', 'roster')).toEqual({ loadedFast: true });
    }
  });

  it('reads integers and booleans as the core schema does', () => {
    expect(fastParse('a: 12\nb: -3\nc: true\nd: False\ne: 007\n', 'f.yaml')?.data).toEqual(
      parseDocument('a: 12\nb: -3\nc: true\nd: False\ne: 007\n', { schema: 'core' }).toJS(),
    );
  });
});
