import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { loadRegistry } from './load.ts';
import { parseRegistry } from './parse.ts';
import { fixtureFiles } from './testing/fixture-files.ts';
import { editLine, fixtureText, removeTempRegistries, tempRegistry } from './testing/temp-registry.ts';

afterAll(removeTempRegistries);

const R = 'kommuner/101-koebenhavn.yaml';
const [roster, kommuner, admins, policy] = (await Promise.all(
  [R, 'kommuner.yaml', 'admins.yaml', 'policy.yaml'].map((f) => fixtureText(f)),
)) as [string, string, string, string];

type Expect = [rule: string, file: string, line: number, severity?: 'warning'];
interface Case {
  name: string;
  changes: Record<string, string | Uint8Array | null>;
  expect: Expect[];
}

const bomb = ['municipality: "101"', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x"]']
  .concat(
    Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(8)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
    ),
  )
  .join('\n');

/** Each malformed input and exactly the problems it must give: rule, file, line. */
const corpus: Case[] = [
  {
    name: 'unclosed quote',
    changes: { [R]: editLine(roster, 11, '    added: "2025-03-01') },
    expect: [['yaml-syntax', R, 11]],
  },
  {
    name: 'duplicate key',
    changes: { [R]: editLine(roster, 6, '    email: anden@kk.dk') },
    expect: [['yaml-duplicate-key', R, 6]],
  },
  { name: 'tab indentation', changes: { [R]: editLine(roster, 7, '\ttier: kerne') }, expect: [['yaml-tab', R, 7]] },
  { name: 'bad indentation', changes: { [R]: editLine(roster, 7, '   tier: kerne') }, expect: [['yaml-syntax', R, 7]] },
  { name: 'two documents', changes: { [R]: `${roster}---\nmunicipality: "147"\n` }, expect: [['yaml-syntax', R, 21]] },
  { name: 'byte order mark', changes: { [R]: `\uFEFF${roster}` }, expect: [['file-bom', R, 1, 'warning']] },
  { name: 'empty file', changes: { [R]: '' }, expect: [['file-empty', R, 1]] },
  {
    name: 'only comments',
    changes: { [R]: '# yaml-language-server: $schema=../schema/roster.schema.json\n# tom\n' },
    expect: [['file-empty', R, 1]],
  },
  {
    name: 'Windows-1252, not UTF-8',
    changes: { [R]: Buffer.from(roster.replace('Bo Eksempel', 'Bo Ø'), 'latin1') },
    expect: [['file-encoding', R, 14]],
  },
  { name: 'UTF-16', changes: { [R]: Buffer.from(roster, 'utf16le') }, expect: [['file-encoding', R, 1]] },
  { name: 'alias bomb', changes: { [R]: bomb }, expect: [['yaml-alias', R, 3]] },
  {
    name: 'a single alias',
    changes: { [R]: editLine(editLine(roster, 5, '    email: &e anne.demo@kk.dk'), 13, '    approved_by: *e') },
    expect: [['yaml-alias', R, 13]],
  },
  {
    name: '10 MB file',
    changes: { [R]: `${roster}${'#'.repeat(10 * 1024 * 1024)}\n` },
    expect: [['file-too-large', R, 1]],
  },
  {
    name: 'deep nesting',
    changes: { [R]: `# x\nmunicipality: ${'['.repeat(100_000)}` },
    expect: [['yaml-syntax', R, 2]],
  },
  {
    name: 'municipality as a number',
    changes: { [R]: editLine(roster, 2, 'municipality: 101') },
    expect: [['schema-type', R, 2]],
  },
  {
    name: 'misspelled key',
    changes: { [R]: editLine(roster, 7, '    tiers: kerne') },
    expect: [
      ['schema-missing-field', R, 4],
      ['schema-unknown-key', R, 7],
    ],
  },
  { name: 'invalid tier', changes: { [R]: editLine(roster, 7, '    tier: kernen') }, expect: [['schema-value', R, 7]] },
  { name: 'missing approved_by', changes: { [R]: editLine(roster, 13, '') }, expect: [['schema-missing-field', R, 4]] },
  {
    name: 'upper-case e-mail',
    changes: { [R]: editLine(roster, 5, '    email: Anne.Demo@kk.dk') },
    expect: [['schema-value', R, 5]],
  },
  {
    name: 'date not YYYY-MM-DD',
    changes: { [R]: editLine(roster, 11, '    added: 2025-3-1') },
    expect: [['schema-value', R, 11]],
  },
  {
    name: 'github_id as text',
    changes: { [R]: editLine(roster, 10, '    github_id: "1000101"') },
    expect: [['schema-type', R, 10]],
  },
  { name: 'contact: yes', changes: { [R]: editLine(roster, 8, '    contact: yes') }, expect: [['schema-type', R, 8]] },
  {
    name: 'invalid GitHub login',
    changes: { [R]: editLine(roster, 9, '    github: anne_demo!') },
    expect: [['schema-value', R, 9]],
  },
  { name: 'empty name', changes: { [R]: editLine(roster, 4, '  - name: ""') }, expect: [['schema-value', R, 4]] },
  { name: 'name without value', changes: { [R]: editLine(roster, 4, '  - name:') }, expect: [['schema-type', R, 4]] },
  {
    name: 'members is text',
    changes: { [R]: roster.split('\n').slice(0, 2).concat('members: ingen', '').join('\n') },
    expect: [['schema-type', R, 3]],
  },
  { name: 'file is a list', changes: { [R]: '- a\n- b\n' }, expect: [['schema-type', R, 1]] },
  { name: 'unknown top-level key', changes: { [R]: `${roster}extra: 1\n` }, expect: [['schema-unknown-key', R, 21]] },
  { name: 'member is text', changes: { [R]: `${roster}  - Carla Prøve\n` }, expect: [['schema-type', R, 21]] },
  {
    name: 'unknown region',
    changes: { 'kommuner.yaml': editLine(kommuner, 11, '    region: Region Hovestaden') },
    expect: [['schema-value', 'kommuner.yaml', 11]],
  },
  {
    name: 'tenant id not a GUID',
    changes: { 'kommuner.yaml': editLine(kommuner, 13, '    tenant_ids: ["kk"]') },
    expect: [['schema-value', 'kommuner.yaml', 13]],
  },
  {
    name: 'admins is a map',
    changes: { 'admins.yaml': editLine(admins, 2, 'admins: {}').split('\n').slice(0, 2).join('\n') },
    expect: [['schema-type', 'admins.yaml', 2]],
  },
  {
    name: 'reconfirm_months 0',
    changes: { 'policy.yaml': editLine(policy, 2, 'reconfirm_months: 0') },
    expect: [['schema-value', 'policy.yaml', 2]],
  },
  {
    name: 'unknown team selection',
    changes: { 'policy.yaml': editLine(policy, 13, '      select: everyone') },
    expect: [['schema-value', 'policy.yaml', 13]],
  },
  {
    name: 'misspelled policy key',
    changes: { 'policy.yaml': editLine(policy, 2, 'reconfirm_month: 12') },
    expect: [['schema-unknown-key', 'policy.yaml', 2]],
  },
  { name: 'admins.yaml missing', changes: { 'admins.yaml': null }, expect: [['file-missing', 'admins.yaml', 1]] },
  {
    name: 'stray file in kommuner/',
    changes: { 'kommuner/noter.txt': 'husk' },
    expect: [['unknown-file', 'kommuner/noter.txt', 1]],
  },
  {
    name: 'roster outside kommuner/',
    changes: { '101-koebenhavn.yaml': roster },
    expect: [['unknown-file', '101-koebenhavn.yaml', 1]],
  },
  {
    name: 'a folder named like a roster',
    changes: { 'kommuner/999-x.yaml/a': 'x' },
    expect: [['file-read', 'kommuner/999-x.yaml', 1]],
  },
  {
    name: 'missing $schema line',
    changes: { [R]: editLine(roster, 1, '# Københavns medlemmer') },
    expect: [['schema-comment', R, 1, 'warning']],
  },
  { name: 'CRLF line endings are fine', changes: { [R]: roster.replaceAll('\n', '\r\n') }, expect: [] },
];

describe('loadRegistry on hostile input', () => {
  it('has a corpus of at least 30 malformed inputs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus)('$name', async ({ changes, expect: expected }) => {
    const { registry, problems } = await loadRegistry(await tempRegistry(changes));
    const got = problems.map((p) => [p.rule, p.file, p.line, p.severity] as const);
    const want = expected.map(
      ([rule, file, line, severity]) => [rule, `registry/${file}`, line, severity ?? 'error'] as const,
    );
    expect(got).toEqual(want);
    for (const p of problems) expect(p.message).toMatch(/[a-zæøå]/);
    expect(registry === undefined).toBe(want.some((w) => w[3] === 'error'));
  });
});

describe('parseRegistry on the same files in memory', () => {
  it.each(corpus)('$name: same problems and registry as loadRegistry, without a directory', async ({ changes }) => {
    const fromDisk = await loadRegistry(await tempRegistry(changes));
    // A directory that does not exist: parsing must not look at the disk.
    const dir = '/findes-ikke/registry';
    const inMemory = parseRegistry({ dir, files: await fixtureFiles(changes) });
    // Where the parser runs out of stack on absurd nesting depends on how far the JIT has optimised it.
    const placed = (problems: Problem[]) =>
      problems.map((p) => (p.message.includes('dybt indlejret') ? { ...p, column: 0 } : p));
    expect(placed(inMemory.problems)).toEqual(placed(fromDisk.problems));
    expect(inMemory.registry && { ...inMemory.registry, dir: '' }).toEqual(
      fromDisk.registry && { ...fromDisk.registry, dir: '' },
    );
    expect(inMemory.registry?.dir ?? dir).toBe(dir);
  });
});

describe('loadRegistry on the valid fixture', () => {
  it('returns the registry with positions and no problems', async () => {
    const { registry, problems } = await loadRegistry(await tempRegistry());
    expect(problems).toEqual([]);
    const bo = registry?.rosters.find((r) => r.municipality === '101')?.members[1];
    expect(bo?.name).toBe('Bo Eksempel');
    expect(bo?.contact).toBe(false);
    expect(bo?.position).toEqual({ file: 'registry/kommuner/101-koebenhavn.yaml', line: 14, column: 5 });
    expect(bo?.fields.approved_by).toEqual({ file: 'registry/kommuner/101-koebenhavn.yaml', line: 20, column: 18 });
    expect(registry?.kommuner.map((k) => k.code)).toEqual(['101', '147', '751']);
    expect(registry?.policy.grace_days).toBe(30);
  });

  it('gives the exact Danish message for a misspelled key', async () => {
    const { problems } = await loadRegistry(await tempRegistry({ [R]: editLine(roster, 7, '    tiers: kerne') }));
    expect(problems).toEqual([
      {
        file: `registry/${R}`,
        line: 4,
        column: 5,
        rule: 'schema-missing-field',
        severity: 'error',
        message: 'medlem nr. 1 (Anne Demo): feltet "tier" mangler; tilføj det',
      },
      {
        file: `registry/${R}`,
        line: 7,
        column: 5,
        rule: 'schema-unknown-key',
        severity: 'error',
        message:
          'medlem nr. 1 (Anne Demo): ukendt felt "tiers"; ret stavefejl eller slet linjen (se registry/README.md for de tilladte felter)',
      },
    ]);
  });
});
