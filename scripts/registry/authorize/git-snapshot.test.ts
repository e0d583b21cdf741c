import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRegistry } from '../load.ts';
import { parseRegistry } from '../parse.ts';
import { readTreeAtCommit, readWorkingTree, resolveCommit } from './git-snapshot.ts';
import { createTestRepo, type TestRepo } from './test-repo.ts';

let repo: TestRepo;
beforeEach(async () => {
  repo = await createTestRepo();
});
afterEach(async () => {
  await repo.remove();
});

describe('the base registry from git objects', () => {
  it('holds every committed file byte for byte, by path inside the registry', async () => {
    await repo.write('kommuner.yaml', 'ændret i arbejdskopien\n');
    const files = await readTreeAtCommit(repo.root, await resolveCommit(repo.root, 'main'), 'registry');
    expect([...files.keys()].sort()).toEqual([
      'admins.yaml',
      'kommuner.yaml',
      'kommuner/101-koebenhavn.yaml',
      'kommuner/316-holbaek.yaml',
      'policy.yaml',
    ]);
    const fixture = path.join(import.meta.dirname, 'fixtures', 'registry');
    for (const [rel, bytes] of files) expect(Buffer.from(bytes)).toEqual(await readFile(path.join(fixture, rel)));
  });

  it('parses to the registry that loadRegistry reads from the same working tree', async () => {
    const files = await readTreeAtCommit(repo.root, await resolveCommit(repo.root, 'main'), 'registry');
    expect(files).toEqual(await readWorkingTree(repo.dir));
    expect(parseRegistry({ dir: repo.dir, files })).toEqual(await loadRegistry(repo.dir));
  });
});
