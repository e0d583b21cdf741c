/**
 * Members' topics (`emner`) and the opt-out (`vis_i_medlemsliste`): the schema's located messages, and the rule
 * `member-topic` against a real ordliste.yaml on disk, through `readTopicVocabulary` and through `registry check
 * --library` as a process.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../problems/problem.ts';
import { loadRegistry } from '../load.ts';
import { problem } from '../testing/problem.ts';
import { editLine, fixtureText, removeTempRegistries, TODAY, tempRegistry } from '../testing/temp-registry.ts';
import { readTopicVocabulary } from '../topic-vocabulary.ts';
import { runRules } from './context.ts';
import { rules } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const R751 = 'kommuner/751-aarhus.yaml';
const aarhus = await fixtureText(R751);
const libraries: string[] = [];

afterAll(async () => {
  await removeTempRegistries();
  await Promise.all(libraries.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A library folder `<tmp>/templates-library` holding only `ordliste.yaml` with `text` (no file when null). */
async function library(text: string | null = 'beredskab: Beredskab\nlogning: Logning\nmfa: MFA\n'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-topics-'));
  libraries.push(root);
  const dir = path.join(root, 'templates-library');
  await mkdir(dir);
  if (text !== null) await writeFile(path.join(dir, 'ordliste.yaml'), text);
  return dir;
}

/** Karin Demo's roster with `lines` inserted after her title (line 6), so they start at line 7. */
function withKarin(...lines: string[]): string {
  return editLine(aarhus, 6, ['    title: Informationssikkerhedskoordinator', ...lines].join('\n'));
}

/** Load the changed fixture and run every rule with the vocabulary of `libraryDir` (none when undefined). */
async function check(roster: string, libraryDir?: string): Promise<Problem[]> {
  const { registry, problems } = await loadRegistry(await tempRegistry({ [R751]: roster }));
  if (!registry) return problems;
  const vocabulary = libraryDir === undefined ? undefined : await readTopicVocabulary(libraryDir);
  return runRules(rules, registry, TODAY, new Set(), vocabulary);
}

describe('the roster fields emner and vis_i_medlemsliste', () => {
  it('accepts topics as a flow or a block list, and the opt-out; both are optional', async () => {
    const lib = await library();
    expect(await check(withKarin('    emner: [logning, beredskab]', '    vis_i_medlemsliste: false'), lib)).toEqual([]);
    expect(await check(withKarin('    emner:', '      - logning', '      - mfa'), lib)).toEqual([]);
    const { registry } = await loadRegistry(await tempRegistry());
    expect(registry?.rosters[0]?.members.map((m) => [m.name, m.emner, m.vis_i_medlemsliste])).toEqual([
      ['Anne Demo', [], true],
      ['Bo Eksempel', [], true],
    ]);
  });

  it('refuses a topic that is not a slug, a value that is not a list, too many topics and a non-boolean opt-out', async () => {
    expect(await check(withKarin('    emner: [logning, Log Ning]'))).toEqual([
      problem(
        'schema-value',
        R751,
        7,
        22,
        'medlem nr. 1 (Karin Demo): feltet "emner": et emne skrives som i ordlisten: små bogstaver, tal og bindestreg, fx logning',
      ),
    ]);
    expect(await check(withKarin('    emner: logning'))).toEqual([
      problem(
        'schema-type',
        R751,
        7,
        12,
        'medlem nr. 1 (Karin Demo): feltet "emner": emner skal være en liste, fx [logning, beredskab]',
      ),
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `emne${i}`).join(', ');
    expect(await check(withKarin(`    emner: [${eleven}]`))).toEqual([
      problem('schema-value', R751, 7, 12, 'medlem nr. 1 (Karin Demo): feltet "emner": skriv højst 10 emner'),
    ]);
    expect(await check(withKarin('    vis_i_medlemsliste: nej'))).toEqual([
      problem(
        'schema-type',
        R751,
        7,
        25,
        'medlem nr. 1 (Karin Demo): feltet "vis_i_medlemsliste": vis_i_medlemsliste skal være true eller false',
      ),
    ]);
  });
});

describe('member-topic', () => {
  it('points at a mistyped topic and names the tag it obviously meant', async () => {
    expect(await check(withKarin('    emner: [logning, loging]'), await library())).toEqual([
      problem(
        'member-topic',
        R751,
        7,
        22,
        'Karin Demo: emnet "loging" står ikke i ordlisten templates-library/ordliste.yaml. Mente du "logning" (Logning)? Ret emnet, eller bed KL om at tilføje "loging" til ordlisten.',
      ),
    ]);
  });

  it('points at an unknown topic in a block list, and at a topic written twice', async () => {
    const roster = withKarin('    emner:', '      - mfa', '      - kvantekryptografi', '      - mfa');
    expect(await check(roster, await library())).toEqual([
      problem(
        'member-topic',
        R751,
        9,
        9,
        'Karin Demo: emnet "kvantekryptografi" står ikke i ordlisten templates-library/ordliste.yaml. Brug et emne, der står der, eller bed KL om at tilføje "kvantekryptografi" til ordlisten.',
      ),
      problem('member-topic', R751, 10, 9, 'Karin Demo: emnet "mfa" står to gange; slet det ene.'),
    ]);
  });

  it('is one clear error at the vocabulary when it cannot be read, whether it is missing or not a list of topics', async () => {
    const roster = withKarin('    emner: [logning]');
    expect(await check(roster, await library(null))).toEqual([
      {
        file: 'templates-library/ordliste.yaml',
        line: 1,
        column: 1,
        rule: 'member-topic',
        severity: 'error',
        message:
          'Ordlisten templates-library/ordliste.yaml kan ikke læses: filen findes ikke. Medlemmernes emner (feltet emner) kan derfor ikke kontrolleres. Ret ordlisten, eller angiv bibliotekets mappe med --library MAPPE.',
      },
    ]);
    expect(await check(roster, await library('# emner\n- logning\n'))).toEqual([
      {
        file: 'templates-library/ordliste.yaml',
        line: 2,
        column: 1,
        rule: 'member-topic',
        severity: 'error',
        message:
          'Ordlisten templates-library/ordliste.yaml kan ikke læses: Ordlisten skal bestå af linjer "slug: Navn", fx "nis2: NIS2", ikke en liste eller en enkelt værdi. Medlemmernes emner (feltet emner) kan derfor ikke kontrolleres. Ret ordlisten, eller angiv bibliotekets mappe med --library MAPPE.',
      },
    ]);
  });

  it('checks nothing without a vocabulary (compile, roster edits)', async () => {
    expect(await check(withKarin('    emner: [kvantekryptografi]'))).toEqual([]);
  });

  it('runs in `registry check --library`, which finds the vocabulary and names its file as the check prints it', async () => {
    const dir = await tempRegistry({ [R751]: withKarin('    emner: [logning, loging]') }, { schemas: true });
    const lib = await library();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/cli/registry.ts', 'check', '--dir', dir, '--today', TODAY, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const result = run('--library', lib);
    expect([result.status, result.stderr]).toEqual([1, '']);
    expect(result.stdout).toBe(
      'registry/kommuner/751-aarhus.yaml:7:22  member-topic  Karin Demo: emnet "loging" står ikke i ordlisten templates-library/ordliste.yaml. Mente du "logning" (Logning)? Ret emnet, eller bed KL om at tilføje "loging" til ordlisten.\n\nRegistret har fejl: 1 fejl, 0 advarsler.\n',
    );
    const missing = run('--library', path.join(lib, 'findes-ikke'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`mappen ${path.join(lib, 'findes-ikke')} findes ikke (angiv biblioteket`);
  });
});
