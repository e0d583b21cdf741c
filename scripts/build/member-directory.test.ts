/**
 * The build's registry step: a registry that does not load, or a member topic the library does not know, stops the
 * build with located problems named from the repository root (before Astro runs, nothing written); each tier's
 * directory goes to the build's work folder, and the test-only switch hands the broad tier the core tier's people.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';
import { loadBuildRegistry, writeTierDirectory } from './member-directory.ts';
import { REPO_ROOT } from './repo-root.ts';

let root: string;
const roster = () => join(root, 'registry/kommuner/101-koebenhavn.yaml');
const vocabulary = new Map([
  ['backup', 'Backup'],
  ['beredskab', 'Beredskab'],
  ['cyberangreb', 'Cyberangreb'],
  ['hændelser', 'Hændelser'],
  ['iso27001', 'ISO 27001'],
  ['nis2', 'NIS2'],
  ['nyhedsbrev', 'Nyhedsbrev'],
  ['politik', 'Politik'],
  ['risiko', 'Risiko'],
]);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-directory-'));
  await cp(join(REPO_ROOT, 'site/fixtures/library'), join(root, 'templates-library'), { recursive: true });
  await cp(join(REPO_ROOT, 'site/fixtures/registry'), join(root, 'registry'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function edit(from: string, to: string): Promise<void> {
  const text = await readFile(roster(), 'utf8');
  expect(text).toContain(from);
  await writeFile(roster(), text.replace(from, to));
}

const load = () => loadBuildRegistry(root, join(root, 'registry'), join(root, 'templates-library'), vocabulary);

describe('the build’s registry', () => {
  it('loads the fixture registry without problems', async () => {
    const loaded = await load();
    expect(loaded.problems).toEqual([]);
    expect(loaded.registry?.rosters.map((r) => r.municipality)).toEqual(['101', '147', '316']);
  });

  it('reports a roster that does not load, located from the repository root', async () => {
    await edit('    tier: bred', '    tier: bredt');
    const loaded = await load();
    expect(loaded.registry).toBeUndefined();
    expect(loaded.problems).toEqual([
      {
        file: 'registry/kommuner/101-koebenhavn.yaml',
        line: 32,
        column: 11,
        rule: 'schema-value',
        severity: 'error',
        message: 'medlem nr. 3 (Carla Prøve): feltet "tier": tier skal være kerne eller bred',
      },
    ]);
  });

  it('checks members’ topics against the library’s vocabulary, as registry check does', async () => {
    await edit('emner: [iso27001]', 'emner: [iso2700]');
    expect((await load()).problems).toEqual([
      {
        file: 'registry/kommuner/101-koebenhavn.yaml',
        line: 31,
        column: 13,
        rule: 'member-topic',
        severity: 'error',
        message:
          'Carla Prøve: emnet "iso2700" står ikke i ordlisten templates-library/ordliste.yaml. Mente du "iso27001" (ISO 27001)? Ret emnet, eller bed KL om at tilføje "iso2700" til ordlisten.',
      },
    ]);
  });

  it('stops the whole build on such a problem before anything is built or written', async () => {
    await edit('emner: [iso27001]', 'emner: [iso2700]');
    const result = await buildSite({ repoRoot: root, contentDir: 'templates-library', registryDir: 'registry' });
    expect(result.tiers).toEqual([]);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'registry/kommuner/101-koebenhavn.yaml:31:13 member-topic',
    ]);
    await expect(readFile(join(root, 'dist', 'bred.manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('writes each tier’s directory to the work folder; the test-only switch gives bred the core tier’s people', async () => {
    const { registry } = await load();
    if (!registry) throw new Error('the fixture registry does not load');
    const names = async (file: string) => {
      const data = JSON.parse(await readFile(file, 'utf8'));
      return [data.tier, data.people.map((p: { name: string }) => p.name)];
    };
    const kerne = await writeTierDirectory(root, registry, 'kerne');
    expect(kerne).toBe(join(root, 'directory-kerne.json'));
    const core = ['Anne Demo', 'Carla Prøve', 'Dorthe Demo', 'Erik Eksempel', 'Frede Kontakt', 'Hanne Holm'];
    expect(await names(kerne)).toEqual(['kerne', [...core, 'Holger Skjult', 'Ida Åben', 'Maren Hemmelig']]);
    const bred = await writeTierDirectory(root, registry, 'bred');
    expect(await names(bred)).toEqual(['bred', [...core, 'Ida Åben']]);
    const unsafe = await writeTierDirectory(root, registry, 'bred', true);
    expect(await names(unsafe)).toEqual(['bred', [...core, 'Holger Skjult', 'Ida Åben', 'Maren Hemmelig']]);
  });
});
