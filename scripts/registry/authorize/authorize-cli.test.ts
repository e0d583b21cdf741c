import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestRepo, type TestRepo } from './test-repo.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

function authorize(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli/registry.ts', 'authorize', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let repo: TestRepo;
beforeEach(async () => {
  repo = await createTestRepo();
  await repo.edit('kommuner/101-koebenhavn.yaml', '    title: Systemejer\n', '    title: Systemejer, drift\n');
});
afterEach(async () => {
  await repo.remove();
});

describe('registry authorize as a process', () => {
  it('exits 0 and prints the change for a contact person of the municipality', () => {
    expect(authorize('--base', 'main', '--actor', 'bo-eksempel', '--dir', repo.dir)).toEqual({
      code: 0,
      stdout: [
        'Ændringer i registret i forhold til main:',
        '~ 1 medlem ændret i 101 København',
        '    ~ Dan Test <dan.test@kk.dk> i 101 København: title Systemejer → Systemejer, drift',
        '',
        'Godkendt: @bo-eksempel må foretage alle ændringerne.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 1 for a stranger', () => {
    const run = authorize('--base', 'main', '--actor', 'stranger-demo', '--dir', repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Afvist: @stranger-demo må ikke foretage 1 af 1 ændring:\n');
  });

  it('exits 2 for a missing flag or an unknown ref', () => {
    expect(authorize('--base', 'main', '--dir', repo.dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Angiv både --base og --actor.\nBrug: npm run registry -- authorize --base REF --actor GITHUB-LOGIN [--dir registry]\n',
    });
    expect(authorize('--base', 'nope', '--actor', 'bo-eksempel', '--dir', repo.dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Git kender ikke referencen «nope». Hent den først (fx `git fetch origin main`).\n',
    });
  });

  it('exits 1 with located problems when the working tree does not load', async () => {
    await repo.write('policy.yaml', 'reconfirm_months: [\n');
    const run = authorize('--base', 'main', '--actor', 'kl-admin-demo', '--dir', repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Ændringen kan ikke vurderes, før registret kan indlæses:\nregistry\/policy\.yaml:\d+:\d+ {2}/,
    );
  });
});
