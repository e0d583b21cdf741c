/** `npm start` rebuilds only a missing or stale build, and says why in Danish (real files in a temp folder). */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFreshness } from './build-freshness.ts';

let root = '';
const dist = () => join(root, 'dist');
const at = (path: string, seconds: number) => utimes(join(root, path), seconds, seconds);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'build-freshness-'));
  for (const dir of ['site/src', 'templates-library/drift', 'registry/kommuner', 'dist/kerne', 'dist/bred']) {
    await mkdir(join(root, dir), { recursive: true });
  }
  for (const file of [
    'site/src/a.ts',
    'templates-library/drift/b.mdx',
    'registry/kommuner.yaml',
    'registry/kommuner/751-aarhus.yaml',
  ]) {
    await writeFile(join(root, file), 'x');
    await at(file, 1_000);
  }
  for (const dir of [
    'site/src',
    'site',
    'templates-library/drift',
    'templates-library',
    'registry/kommuner',
    'registry',
  ]) {
    await at(dir, 1_000);
  }
  for (const tier of ['kerne', 'bred']) {
    await writeFile(join(dist(), `${tier}.manifest.json`), '{}');
    await at(`dist/${tier}.manifest.json`, 2_000);
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('buildFreshness', () => {
  it('is fresh when both manifests are newer than every source', async () => {
    expect(await buildFreshness(root, dist())).toEqual({ fresh: true });
  });

  it.each([
    ['site/src/a.ts', 'site/ er ændret, siden sitet sidst blev bygget'],
    ['templates-library/drift/b.mdx', 'templates-library/ er ændret, siden sitet sidst blev bygget'],
    ['registry/kommuner.yaml', 'registry/ er ændret, siden sitet sidst blev bygget'],
    // A roster: the member pages show its people and topics.
    ['registry/kommuner/751-aarhus.yaml', 'registry/ er ændret, siden sitet sidst blev bygget'],
  ])('is stale when %s is newer: "%s"', async (file, reason) => {
    await at(file, 3_000);
    expect(await buildFreshness(root, dist())).toEqual({ fresh: false, reason });
  });

  it('is stale when a tier has not been built', async () => {
    await rm(join(dist(), 'bred.manifest.json'));
    expect(await buildFreshness(root, dist())).toEqual({ fresh: false, reason: 'bred er ikke bygget endnu' });
  });
});
