import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, type RegistryCopy } from '../edit/test-copy.ts';
import { loadOrThrow } from '../testing/temp-registry.ts';
import { handleAccessRequest, parseAccessRequest } from './access-request.ts';
import { reconfirmationReminders } from './reminders.ts';
import { formatExpiryRemoval, removeExpiredMembers } from './remove-expired.ts';

let copy: RegistryCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

const load = loadOrThrow;

const form = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([label, value]) => `### ${label}\n\n${value}\n`)
    .join('\n');

const request = {
  Kommune: '101 København',
  Navn: 'Erik Eksempel',
  Arbejdsmail: 'erik.eksempel@kk.dk',
  Stilling: 'Databeskyttelsesrådgiver',
  Adgangsniveau: 'bred (Databeskyttelse og Sikkerhed, delt materiale)',
  'GitHub-brugernavn (valgfrit)': '_No response_',
};

describe('reconfirmation reminders', () => {
  it('writes one reminder per municipality with due members, mentioning its contact persons', async () => {
    copy = await copyFixture();
    const reminders = reconfirmationReminders(await load(copy.dir), '2027-08-25');
    expect(reminders.map((r) => r.title)).toEqual([
      'Genbekræftelse af medlemmer: 101 København',
      'Genbekræftelse af medlemmer: 316 Holbæk',
    ]);
    const [kbh, holbaek] = reminders;
    expect(kbh?.body.split('\n')[0]).toBe('Til kontaktpersonerne: @anne-demo, @bo-eksempel');
    expect(kbh?.body).toContain('| Carla Prøve | carla.proeve@kk.dk | bred | 2027-09-15 | om 21 dage |');
    expect(holbaek?.body).toContain(
      '| Frida Fiktiv | frida.fiktiv@holb.dk | kerne | 2027-08-20 | udløbet for 5 dage siden |',
    );
  });

  it('has nothing to say while every confirmation is fresh', async () => {
    copy = await copyFixture();
    expect(reconfirmationReminders(await load(copy.dir), '2026-11-28')).toEqual([]);
  });
});

describe('removal of members expired beyond the grace period', () => {
  it('removes them, contact persons last, and leaves fresh members alone', async () => {
    copy = await copyFixture();
    const result = await removeExpiredMembers(copy.dir, '2027-10-01');
    expect(result.removed.map((r) => r.email)).toEqual(['gustav.proeve@holbaek.dk', 'frida.fiktiv@holb.dk']);
    expect(result.refused).toEqual([]);
    const holbaek = await copy.read('kommuner/316-holbaek.yaml');
    expect(holbaek).not.toContain('gustav.proeve@holbaek.dk');
    expect(await copy.read('kommuner/101-koebenhavn.yaml')).toBe(await copy.original('kommuner/101-koebenhavn.yaml'));
    expect(formatExpiryRemoval(result, 30)).toContain(
      '- Gustav Prøve (gustav.proeve@holbaek.dk), 316: udløb 2027-08-20',
    );
  });
});

describe('access request from the issue form', () => {
  it('parses the rendered form', () => {
    expect(parseAccessRequest(form(request))).toEqual({
      municipality: '101 København',
      name: 'Erik Eksempel',
      email: 'erik.eksempel@kk.dk',
      title: 'Databeskyttelsesrådgiver',
      tier: 'bred',
      github: '',
    });
  });

  it('adds the member when the author is a contact person of that municipality', async () => {
    copy = await copyFixture();
    const outcome = await handleAccessRequest(copy.dir, form(request), 'Anne-Demo', '2026-11-28');
    expect(outcome.ok).toBe(true);
    expect(outcome.answer).toBe(
      'Tak. Erik Eksempel (erik.eksempel@kk.dk) er tilføjet som bred-medlem i `registry/kommuner/101-koebenhavn.yaml`, godkendt af Anne Demo. Adgangen gælder, når pull requesten er godkendt og flettet.',
    );
    const roster = await copy.read('kommuner/101-koebenhavn.yaml');
    expect(roster).toContain('  - name: Erik Eksempel\n    email: erik.eksempel@kk.dk');
    expect(roster).toContain('approved_by: anne.demo@kk.dk');
  });

  it('refuses a contact person of another municipality and names the right contact persons', async () => {
    copy = await copyFixture();
    const before = await copy.read('kommuner/101-koebenhavn.yaml');
    const outcome = await handleAccessRequest(copy.dir, form(request), 'frida-fiktiv', '2026-11-28');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.answer).toBe(
      '@frida-fiktiv er ikke kontaktperson for 101 København, så anmodningen kan ikke behandles automatisk. Bed kommunens kontaktperson (@anne-demo, @bo-eksempel) om at oprette anmodningen.',
    );
    expect(await copy.read('kommuner/101-koebenhavn.yaml')).toBe(before);
  });

  it('refuses an e-mail outside the municipality domain with the rule message, file untouched', async () => {
    copy = await copyFixture();
    const before = await copy.read('kommuner/101-koebenhavn.yaml');
    const outcome = await handleAccessRequest(
      copy.dir,
      form({ ...request, Arbejdsmail: 'erik@gmail.com' }),
      'anne-demo',
      '2026-11-28',
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.answer).toMatch(
      /^Anmodningen kunne ikke gennemføres, fordi registret ville blive ugyldigt:\n\n- .*gmail\.com/,
    );
    expect(await copy.read('kommuner/101-koebenhavn.yaml')).toBe(before);
  });

  it('lists missing fields', async () => {
    copy = await copyFixture();
    const outcome = await handleAccessRequest(
      copy.dir,
      form({ ...request, Navn: '_No response_', Stilling: '' }),
      'anne-demo',
      '2026-11-28',
    );
    expect(outcome.answer).toBe('Formularen mangler: Navn, Stilling. Ret sagen, så prøver robotten igen.');
  });
});
