import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';
import { buildSite } from './build-site.ts';
import { exportRepository, loadDiscussionExports } from './discussion-exports.ts';
import { REPO_ROOT } from './repo-root.ts';

const FIXTURES = join(REPO_ROOT, 'site/fixtures/discussions');
let registry: Registry;
let root: string;
const roots: string[] = [];
let dir: string;
let kerne: string;
let bred: string;

beforeAll(async () => {
  const loaded = await loadRegistry(join(REPO_ROOT, 'site/fixtures/registry'));
  if (!loaded.registry) throw new Error('the fixture registry does not load');
  registry = loaded.registry;
  kerne = await readFile(join(FIXTURES, 'kerne.json'), 'utf8');
  bred = await readFile(join(FIXTURES, 'bred.json'), 'utf8');
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-exports-'));
  roots.push(root);
  dir = join(root, 'discussions');
  await mkdir(dir);
});

afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

const load = () => loadDiscussionExports(root, dir, registry);
const error = (file: string, line: number, column: number, message: string): Problem => ({
  file,
  line,
  column,
  rule: 'discussions-export',
  severity: 'error',
  message,
});
const REFETCH = 'hent eksporten igen med «npm run discussions -- export»';

describe('loadDiscussionExports', () => {
  it('reads both exports', async () => {
    await writeFile(join(dir, 'kerne.json'), kerne);
    await writeFile(join(dir, 'bred.json'), `\uFEFF${bred}`);
    const { exports, problems } = await load();
    expect(problems).toEqual([]);
    expect(exports.kerne?.discussions.map((d) => d.number)).toEqual([7, 8, 9, 12]);
    expect(exports.bred?.discussions.map((d) => d.number)).toEqual([3, 4, 5, 6]);
  });

  it('takes a missing file or folder as no questions', async () => {
    await writeFile(join(dir, 'bred.json'), bred);
    expect(Object.keys((await load()).exports)).toEqual(['bred']);
    await rm(dir, { recursive: true });
    expect(await load()).toEqual({ exports: {}, problems: [] });
  });

  it('reads nothing when policy.yaml names no Discussions repositories', async () => {
    await writeFile(join(dir, 'kerne.json'), '{ broken');
    const without = { ...registry, policy: { ...registry.policy, discussions: undefined } };
    expect(await loadDiscussionExports(root, dir, without)).toEqual({ exports: {}, problems: [] });
    expect(exportRepository(registry, 'kerne')).toBe('kl-sikkerhedsnet/sikkerhedsnet');
  });

  it('locates a JSON syntax error', async () => {
    await writeFile(join(dir, 'kerne.json'), '{\n  "version": 1,\n  "tier": "kerne",\n}\n');
    await writeFile(join(dir, 'bred.json'), '{\n  "version": 1\n  "tier": "bred"\n}\n');
    expect((await load()).problems).toEqual([
      error(
        'discussions/kerne.json',
        4,
        1,
        `filen er ikke gyldig JSON: her skulle stå et feltnavn i anførselstegn; ${REFETCH}`,
      ),
      error('discussions/bred.json', 3, 3, `filen er ikke gyldig JSON: her mangler et komma; ${REFETCH}`),
    ]);
  });

  it('locates what the schema refuses: the value, an unknown field’s key, a missing field’s object', async () => {
    const data = JSON.parse(kerne);
    data.discussions[0].number = -7;
    data.discussions[1].comments[0].isAnswer = 'ja';
    data.discussions[2].reactions = 3;
    delete data.discussions[3].title;
    const text = JSON.stringify(data, null, 2);
    await writeFile(join(dir, 'kerne.json'), text);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    const second = text.indexOf('"number": 8');
    const fourth = text.indexOf('"number": 12');
    expect((await load()).problems).toEqual([
      error(
        'discussions/kerne.json',
        lineOf('"number": -7'),
        17,
        `feltet "discussions[0].number": for få elementer eller for lille værdi (mindst 0); ${REFETCH}`,
      ),
      error(
        'discussions/kerne.json',
        lineOf('"isAnswer": "ja"', second),
        23,
        `feltet "discussions[1].comments[0].isAnswer": forventede true eller false; ${REFETCH}`,
      ),
      error(
        'discussions/kerne.json',
        lineOf('"reactions"'),
        7,
        `feltet "discussions[2]": ukendt felt "reactions"; ${REFETCH}`,
      ),
      error(
        'discussions/kerne.json',
        text.slice(0, text.lastIndexOf('{', fourth)).split('\n').length,
        5,
        `feltet "discussions[3].title": forventede tekst; ${REFETCH}`,
      ),
    ]);
  });

  it('refuses an export filed under the other tier: a core export as bred.json would reach the broad pages', async () => {
    await writeFile(join(dir, 'bred.json'), kerne);
    expect((await load()).problems).toEqual([
      error(
        'discussions/bred.json',
        3,
        11,
        `filen er eksporten for bred-niveauets repository, men "tier" er "kerne": en eksport må kun ligge i filen for sit eget niveau; ${REFETCH}`,
      ),
      error(
        'discussions/bred.json',
        4,
        17,
        `"repository" er "kl-sikkerhedsnet/sikkerhedsnet", men registry/policy.yaml siger, at bred-niveauets diskussioner ligger i kl-sikkerhedsnet/sikkerhedsnet-bred; ${REFETCH}, eller ret discussions.bred.repo i policy.yaml`,
      ),
    ]);
  });

  it('refuses a discussion whose address is in another repository', async () => {
    const data = JSON.parse(bred);
    data.discussions[1].url = 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/4';
    const text = JSON.stringify(data, null, 2);
    await writeFile(join(dir, 'bred.json'), text);
    expect((await load()).problems).toEqual([
      error(
        'discussions/bred.json',
        text.slice(0, text.indexOf('sikkerhedsnet/discussions/4')).split('\n').length,
        14,
        `diskussion nr. 4 har adressen https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions/4, som ikke hører til kl-sikkerhedsnet/sikkerhedsnet-bred; ${REFETCH}`,
      ),
    ]);
  });

  it('stops the whole build on such a problem, before anything is built or written', async () => {
    await writeFile(join(dir, 'kerne.json'), '{\n  "version": 1,\n  "tier": "kerne",\n}\n');
    const result = await buildSite({
      repoRoot: root,
      contentDir: join(REPO_ROOT, 'site/fixtures/library'),
      registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
      discussionsDir: dir,
      outDir: join(root, 'dist'),
    });
    expect(result).toEqual({
      problems: [
        error(
          'discussions/kerne.json',
          4,
          1,
          `filen er ikke gyldig JSON: her skulle stå et feltnavn i anførselstegn; ${REFETCH}`,
        ),
      ],
      tiers: [],
    });
    await expect(readFile(join(root, 'dist', 'kerne.manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('says when a file cannot be read', async () => {
    await mkdir(join(dir, 'kerne.json'));
    expect((await load()).problems).toEqual([
      error('discussions/kerne.json', 1, 1, `filen kan ikke læses (EISDIR); ${REFETCH}`),
    ]);
  });
});
