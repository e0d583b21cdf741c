import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, type RegistryCopy } from '../edit/test-copy.ts';
import { handleAccessRequest } from './access-request.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const ROSTER = 'kommuner/101-koebenhavn.yaml';
const FIX =
  'Ret linjen under «Kommune» i sagen til kommunens kode og navn, som de står i formularens rulleliste, ' +
  'fx «101 København», så prøver robotten igen.';

let copy: RegistryCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

/** The issue body GitHub renders from the form, with `municipality` under the heading `label`. */
const body = (municipality: string, label = 'Kommune') =>
  [
    [label, municipality === '' ? '_No response_' : municipality],
    ['Navn', 'Erik Eksempel'],
    ['Arbejdsmail', 'erik.eksempel@kk.dk'],
    ['Stilling', 'Databeskyttelsesrådgiver'],
    ['Adgangsniveau', 'bred (Databeskyttelse og Sikkerhed, delt materiale)'],
    ['GitHub-brugernavn (valgfrit)', '_No response_'],
  ]
    .map(([heading, value]) => `### ${heading}\n\n${value}\n`)
    .join('\n');

/** Handle a request on a fresh fixture copy; also asserts a refusal left the roster untouched. */
async function answer(municipality: string, actor: string, label?: string) {
  copy = await copyFixture();
  const outcome = await handleAccessRequest(copy.dir, body(municipality, label), actor, '2026-11-28');
  if (!outcome.ok) expect(await copy.read(ROSTER)).toBe(await copy.original(ROSTER));
  return outcome;
}

const ADDED =
  'Tak. Erik Eksempel (erik.eksempel@kk.dk) er tilføjet som bred-medlem i `registry/kommuner/101-koebenhavn.yaml`, godkendt af Anne Demo. Adgangen gælder, når pull requesten er godkendt og flettet.';
const NOT_CONTACT =
  '@frida-fiktiv er ikke kontaktperson for 101 København, så anmodningen kan ikke behandles automatisk. Bed kommunens kontaktperson (@anne-demo, @bo-eksempel) om at oprette anmodningen.';

describe('access request: the municipality value', () => {
  it.each([
    ['101 København', 'the dropdown option'],
    ['København', 'the name alone'],
    ['Københavns Kommune', 'the full name'],
    ['101', 'the code alone'],
  ])('accepts «%s» (%s) from a contact person of that municipality', async (value) => {
    const outcome = await answer(value, 'anne-demo');
    expect(outcome.answer).toBe(ADDED);
    expect(outcome).toMatchObject({ ok: true, request: { municipality: '101' } });
  });

  it.each([['101 København'], ['København']])(
    'names the municipality «%s» when the author is not its contact person',
    async (value) => {
      expect(await answer(value, 'frida-fiktiv')).toEqual({ ok: false, answer: NOT_CONTACT, problems: [] });
    },
  );

  it('blames an unknown code, not the person, even for a contact person', async () => {
    expect((await answer('999', 'anne-demo')).answer).toBe(`Kommunekoden «999» findes ikke i registret. ${FIX}`);
    expect((await answer('999 København', 'frida-fiktiv')).answer).toBe(
      `Kommunekoden «999» findes ikke i registret. ${FIX}`,
    );
  });

  it('blames an unknown name, not the person', async () => {
    expect((await answer('Købnhavn', 'frida-fiktiv')).answer).toBe(
      `Kommunen «Købnhavn» findes ikke i registret. ${FIX}`,
    );
  });

  it('refuses a code and a name that point at different municipalities', async () => {
    expect((await answer('101 Holbæk', 'kl-admin-demo')).answer).toBe(
      `Kommunekoden «101» og navnet «Holbæk» passer ikke sammen: 101 er København. ${FIX}`,
    );
  });

  it('lists an empty municipality as missing', async () => {
    expect((await answer('', 'anne-demo')).answer).toBe(
      'Formularen mangler: Kommune. Ret sagen, så prøver robotten igen.',
    );
  });

  it('explains that KL staff are admins, which the form cannot add', async () => {
    expect((await answer('KL', 'kl-admin-demo')).answer).toBe(
      "KL er ikke en kommune i registret: KL's medarbejdere får adgang som administratorer i registry/admins.yaml, og den fil retter KL's administratorer (@kl-admin-demo, @kl-moderator-demo). Arbejder personen i en kommune, så ret linjen under «Kommune» til den kommune.",
    );
  });

  it('still reads issues opened with the earlier free-text field "Kommunekode"', async () => {
    expect((await answer('101', 'anne-demo', 'Kommunekode')).answer).toBe(ADDED);
  });
});

describe('registry access-request (process)', () => {
  it('answers a wrong municipality in Danish on stdout, exit 1, roster untouched', async () => {
    copy = await copyFixture();
    const file = path.join(path.dirname(copy.dir), 'issue-body.md');
    await writeFile(file, body('999'));
    const run = spawnSync(
      process.execPath,
      ['scripts/cli/registry.ts', 'access-request', '--dir', copy.dir, '--body', file, '--actor', 'frida-fiktiv'],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 1,
      stdout: `Kommunekoden «999» findes ikke i registret. ${FIX}\n`,
      stderr: '',
    });
    expect(await copy.read(ROSTER)).toBe(await copy.original(ROSTER));
  });
});
