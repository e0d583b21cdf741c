/**
 * `npm run newsletter -- approver` as a real process against the fixture registry (site/fixtures/registry, whose
 * admins are kl-admin-demo / 1000001 and kl-moderator-demo / 1000002) and against copies of it on disk: an admin by
 * id, by login when the entry has no id, a login that matches an entry with another id (refused), a non-admin, a
 * broken admins.yaml, and bad flags. findApprover is also tested on its own.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_REGISTRY } from '../mail/testing/fixture-sources.ts';
import { MAX_FILE_BYTES } from '../registry/file-names.ts';
import { parseFile } from '../registry/parse-file.ts';
import { findApprover } from './newsletter-approver.ts';
import { runEntry } from './testing/run-process.ts';

const approver = (...args: string[]) => runEntry('newsletter.ts', ['approver', ...args]);
const fixture = (...args: string[]) => approver(...args, '--registry', FIXTURE_REGISTRY);
const USAGE = 'Brug: npm run newsletter -- approver --login BRUGERNAVN --id ID [--registry MAPPE]\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-approver-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A copy of the fixture registry whose admins.yaml is changed by `edit`. */
async function registryWith(edit: (admins: string) => string): Promise<string> {
  const copy = join(dir, 'registry');
  await cp(FIXTURE_REGISTRY, copy, { recursive: true });
  const file = join(copy, 'admins.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return copy;
}

describe('npm run newsletter -- approver', () => {
  it('an admin by GitHub id: exit 0 and who approved', async () => {
    expect(await fixture('--login', 'kl-admin-demo', '--id', '1000001')).toEqual({
      code: 0,
      stdout: 'Godkendt af Dorthe Demo (KL)\n',
      stderr: '',
    });
  });

  it('an admin by id whose login has changed: approved, with a note to update the registry', async () => {
    expect(await fixture('--login', 'erik-nyt-navn', '--id', '1000002')).toEqual({
      code: 0,
      stdout:
        'Godkendt af Erik Eksempel (KL)\n' +
        'Bemærk: kontoen hedder nu erik-nyt-navn på GitHub, men kl-moderator-demo i registry/admins.yaml; ret github dér.\n',
      stderr: '',
    });
  });

  it('an admin without github_id is found by login, in any case', async () => {
    const registry = await registryWith((text) => text.replace('    github_id: 1000002\n', ''));
    expect(await approver('--login', 'KL-Moderator-Demo', '--id', '777', '--registry', registry)).toEqual({
      code: 0,
      stdout: 'Godkendt af Erik Eksempel (KL)\n',
      stderr: '',
    });
  });

  it('a login that matches an admin with another id is someone else’s account: refused, with the place', async () => {
    expect(await fixture('--login', 'KL-Admin-Demo', '--id', '5000')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'KL-Admin-Demo er ikke administrator i registry/admins.yaml og kan ikke godkende nyhedsbrevet.\n' +
        'registry/admins.yaml:8:16  Brugernavnet KL-Admin-Demo står ved Dorthe Demo, men med GitHub-id 1000001, og ' +
        'denne konto har id 5000: det er ikke samme konto (et omdøbt brugernavn kan være taget af en anden). Er ' +
        'id’et forkert, så ret github_id dér.\n',
    });
  });

  it('someone who is not an admin (a contact person, say) is refused', async () => {
    expect(await fixture('--login', 'anne-demo', '--id', '1000101')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'anne-demo er ikke administrator i registry/admins.yaml og kan ikke godkende nyhedsbrevet.\n',
    });
  });

  it('an admins.yaml that does not load: exit 2 with the located problem, nobody approved', async () => {
    const registry = await registryWith((text) => text.replace('github_id: 1000001', 'github_id: "1000001"'));
    const result = await approver('--login', 'kl-admin-demo', '--id', '1000001', '--registry', registry);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'registry/admins.yaml kan ikke indlæses, så ingen godkendelse kan kontrolleres. Ret fejlene:\n' +
        'registry/admins.yaml:8:16  schema-type  administrator nr. 1 (Dorthe Demo): feltet "github_id": github_id skal ' +
        'være et tal uden anførselstegn, fx 1000101\n',
    );
  });

  it.each([
    [['--login', 'kl-admin-demo'], 'Angiv både --login og --id.'],
    [['--id', '1000001'], 'Angiv både --login og --id.'],
    [['--login', ' ', '--id', '1000001'], 'Angiv både --login og --id.'],
    [
      ['--login', 'kl-admin-demo', '--id', '1000001x'],
      '--id skal være et GitHub-bruger-id (et positivt helt tal), ikke "1000001x"',
    ],
    [['--login', 'kl-admin-demo', '--id', '0'], '--id skal være et GitHub-bruger-id (et positivt helt tal), ikke "0"'],
    [
      ['--login', 'kl-admin-demo', '--id', '1e6'],
      '--id skal være et GitHub-bruger-id (et positivt helt tal), ikke "1e6"',
    ],
    [
      ['--login', 'kl-admin-demo', '--id=-1000001'],
      '--id skal være et GitHub-bruger-id (et positivt helt tal), ikke "-1000001"',
    ],
    [['--login', 'kl-admin-demo', '--id', '1000001', '--send'], 'Ukendt tilvalg: --send'],
  ])('bad flags %j: exit 2 with the message and the usage', async (args, message) => {
    const result = await fixture(...args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n${USAGE}` });
  });
});

describe('findApprover', () => {
  const load = async () => {
    const bytes = await readFile(join(FIXTURE_REGISTRY, 'admins.yaml'));
    const { loaded } = parseFile(bytes, 'registry/admins.yaml', 'admins', { maxBytes: MAX_FILE_BYTES });
    if (!loaded) throw new Error('the fixture admins.yaml does not load');
    return loaded;
  };

  it('matches by id, not by login, when the entry has an id', async () => {
    const admins = await load();
    const byId = findApprover(admins, { login: 'someone-else', id: 1000002 });
    expect(byId.ok && [byId.admin.name, byId.renamed]).toEqual(['Erik Eksempel', true]);
    expect(findApprover(admins, { login: 'kl-moderator-demo', id: 3 })).toEqual({
      ok: false,
      sameLoginOtherId: {
        admin: admins.data.admins[1],
        at: { file: 'registry/admins.yaml', line: 14, column: 16 },
      },
    });
    expect(findApprover(admins, { login: 'ukendt', id: 3 })).toEqual({ ok: false });
  });
});
