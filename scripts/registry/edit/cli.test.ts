import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, type RegistryCopy } from './test-copy.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** Run `npm run registry -- …` as the user would (the dispatcher as a real process). */
function registry(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli/registry.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let reg: RegistryCopy;
beforeEach(async () => {
  reg = await copyFixture();
});
afterEach(async () => {
  await reg.remove();
});

const ADD = ['--municipality', '316', '--name', 'Karen Demo', '--email', 'karen.demo@holb.dk', '--title', 'Jurist'];

describe('edit commands as processes', () => {
  it('add-member writes the roster and exits 0', () => {
    const run = registry(
      'add-member',
      '--dir',
      reg.dir,
      ...ADD,
      '--tier',
      'bred',
      '--approved-by',
      'frida.fiktiv@holb.dk',
      '--today',
      '2026-11-28',
    );
    expect(run).toEqual({
      code: 0,
      stdout: 'Tilføjede Karen Demo i registry/kommuner/316-holbaek.yaml.\n',
      stderr: '',
    });
  });

  it('add-member refuses with located problems, exit 1, file untouched', async () => {
    const run = registry(
      'add-member',
      '--dir',
      reg.dir,
      ...ADD,
      '--tier',
      'bred',
      '--approved-by',
      'anne.demo@kk.dk',
      '--today',
      '2026-11-28',
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'Ændringen er afvist; filen er ikke ændret (linjenumrene viser, hvor fejlene ville stå efter ændringen):',
      expect.stringMatching(/^registry\/kommuner\/316-holbaek\.yaml:27:18 {2}approved-by {2}.*anne\.demo@kk\.dk/),
    ]);
    expect(await reg.read('kommuner/316-holbaek.yaml')).toBe(await reg.original('kommuner/316-holbaek.yaml'));
  });

  it('add-member of a contact person reminds to regenerate CODEOWNERS', async () => {
    await mkdir(path.join(reg.dir, '..', '.github'));
    expect(registry('codeowners', '--dir', reg.dir)).toEqual({
      code: 0,
      stdout: 'Skrev .github/CODEOWNERS.\n',
      stderr: '',
    });
    const run = registry(
      'add-member',
      '--dir',
      reg.dir,
      ...ADD,
      '--tier',
      'kerne',
      '--contact',
      '--github',
      'karen-demo',
      '--approved-by',
      'dorthe.demo@kl.dk',
      '--today',
      '2026-11-28',
    );
    expect(run.stdout).toBe(
      'Tilføjede Karen Demo i registry/kommuner/316-holbaek.yaml.\n' +
        'Kontaktpersonerne er ændret: kør også `npm run registry -- codeowners`, og commit .github/CODEOWNERS.\n',
    );
    const check = registry('codeowners', '--check', '--dir', reg.dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^\.github\/CODEOWNERS:9:1 {2}codeowners-stale {2}\.github\/CODEOWNERS er forældet/);
    registry('codeowners', '--dir', reg.dir);
    expect(registry('codeowners', '--check', '--dir', reg.dir)).toEqual({
      code: 0,
      stdout: '.github/CODEOWNERS er opdateret.\n',
      stderr: '',
    });
  });

  it('exits 2 with the usage line when required flags are missing', () => {
    const run = registry('confirm', '--dir', reg.dir, '--by', 'frida.fiktiv@holb.dk');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Angiv enten --email eller --all-in, og --by.\n' +
        'Brug: npm run registry -- confirm (--email E-MAIL | --all-in KODE) --by E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]\n',
    });
  });

  it('remove-member and confirm exit 0 and say what they wrote', () => {
    expect(registry('remove-member', '--dir', reg.dir, '--email', 'dan.test@kk.dk', '--today', '2026-11-28')).toEqual({
      code: 0,
      stdout: 'Fjernede dan.test@kk.dk fra registry/kommuner/101-koebenhavn.yaml.\n',
      stderr: '',
    });
    expect(
      registry('confirm', '--dir', reg.dir, '--all-in', '101', '--by', 'anne.demo@kk.dk', '--today', '2026-11-28'),
    ).toEqual({
      code: 0,
      stdout: 'Bekræftede pr. 2026-11-28 i registry/kommuner/101-koebenhavn.yaml.\n',
      stderr: '',
    });
  });
});
