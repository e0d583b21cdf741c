import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastParse } from './fast-yaml.ts';
import { yamlIndex } from './yaml-index.ts';
import { parseYamlFile } from './yaml-source.ts';

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

/** Assert fastParse agrees with the yaml package on data and on every position it reports. */
function expectSameAsYaml(text: string): void {
  const fast = fastParse(text, 'f.yaml');
  expect(fast).toBeDefined();
  const { source } = parseYamlFile(new TextEncoder().encode(text), 'f.yaml');
  expect(source).toBeDefined();
  if (!fast || !source) return;
  expect(fast.data).toEqual(source.data);
  const index = yamlIndex(source);
  for (const [key, places] of fast.maps) {
    const p = key === '' ? [] : key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (key !== '') expect(places.start).toEqual(index.position(p));
    expect(places.fields).toEqual(index.fields(p));
  }
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

  it('reads integers and booleans as the core schema does', () => {
    expect(fastParse('a: 12\nb: -3\nc: true\nd: False\ne: 007\n', 'f.yaml')?.data).toEqual(
      parseDocument('a: 12\nb: -3\nc: true\nd: False\ne: 007\n', { schema: 'core' }).toJS(),
    );
  });
});
