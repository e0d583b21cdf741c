import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistryFiles } from './read-files.ts';
import { removeTempRegistries, tempRegistry } from './testing/temp-registry.ts';

afterAll(removeTempRegistries);

const describeEntries = (files: ReadonlyMap<string, unknown> | undefined) =>
  [...(files ?? [])].map(([rel, entry]) => [rel, entry instanceof Uint8Array ? 'bytes' : entry]).sort();

describe('readRegistryFiles', () => {
  it('reads the YAML files at the top and every entry of kommuner/, nothing else', async () => {
    const dir = await tempRegistry({ 'README.md': 'x', 'kommuner/.gitkeep': '', 'noter.yml': 'x' }, { schemas: true });
    const read = await readRegistryFiles(dir);
    expect(read.dir).toBe(dir);
    expect(describeEntries(read.files)).toEqual([
      ['admins.yaml', 'bytes'],
      ['kommuner.yaml', 'bytes'],
      ['kommuner/101-koebenhavn.yaml', 'bytes'],
      ['kommuner/751-aarhus.yaml', 'bytes'],
      ['noter.yml', 'bytes'],
      ['policy.yaml', 'bytes'],
    ]);
  });

  it('records directories, files over the limit (unread) and dangling links; a dangling registry file is missing', async () => {
    const big = 'x'.repeat(5000);
    const dir = await tempRegistry({ 'kommuner/999-x.yaml/a': 'x', 'kommuner/noter.txt': big, 'admins.yaml': big });
    await symlink(path.join(dir, 'findes-ikke'), path.join(dir, 'kommuner', '998-y.yaml'));
    await rm(path.join(dir, 'policy.yaml'));
    await symlink(path.join(dir, 'findes-ikke'), path.join(dir, 'policy.yaml'));
    await mkdir(path.join(dir, 'gammel.yaml'));
    await writeFile(path.join(dir, 'noter.txt'), 'x');
    const read = await readRegistryFiles(dir, { maxFileBytes: 4096 });
    expect(describeEntries(read.files)).toEqual([
      ['admins.yaml', { failure: 'too-large', size: 5000 }],
      ['gammel.yaml', { failure: 'not-a-file' }],
      ['kommuner.yaml', 'bytes'],
      ['kommuner/101-koebenhavn.yaml', 'bytes'],
      ['kommuner/751-aarhus.yaml', 'bytes'],
      ['kommuner/998-y.yaml', { failure: 'unreadable', code: 'ENOENT' }],
      ['kommuner/999-x.yaml', { failure: 'not-a-file' }],
      ['kommuner/noter.txt', { failure: 'too-large', size: 5000 }],
    ]);
  });

  it('returns no files for a directory that does not exist', async () => {
    const dir = path.join(await tempRegistry(), 'findes-ikke');
    expect(await readRegistryFiles(dir)).toEqual({ dir });
  });
});
