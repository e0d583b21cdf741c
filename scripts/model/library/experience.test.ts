import { describe, expect, it } from 'vitest';
import { entryUrl, kindOfFolder, LIBRARY_FOLDERS, vendorUrl } from '../categories.ts';
import {
  experienceSchema,
  formatMonth,
  normalizeVendor,
  VERDICT_LABELS,
  VERDICTS,
  vendorSlug,
  verdictToken,
} from './experience.ts';

const schema = experienceSchema({ ownerCodes: new Set(['101', '751']) });
const valid = {
  title: 'Sikkerkopi 5 i Aarhus Kommune',
  summary: 'Fiktivt eksempel.',
  product: 'Sikkerkopi 5',
  vendor: 'Backupfabrikken A/S',
  area: 'backup',
  owner: '751',
  contact: 'karin.demo@aarhus.dk',
  in_use_since: '2022-03',
  verdict: 'anbefales med forbehold',
  reviewed: '2026-10-01',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('experienceSchema', () => {
  it('accepts the documented frontmatter; audience defaults to kerne and tags to none', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, audience: 'kerne', tags: [] });
    expect(schema.parse({ ...valid, audience: 'alle', tags: ['backup'] })).toMatchObject({ audience: 'alle' });
  });

  it('lower-cases the contact and pads a numeric owner code', () => {
    expect(schema.parse({ ...valid, contact: ' Karin.Demo@Aarhus.dk ', owner: 101 })).toMatchObject({
      contact: 'karin.demo@aarhus.dk',
      owner: '101',
    });
  });

  it('refuses wrong values with Danish messages that say how to write them', () => {
    expect(
      messages(
        schema.safeParse({
          ...valid,
          vendor: '–',
          area: 'siem',
          owner: 'KL',
          contact: 'Karin Demo',
          in_use_since: '2022-13',
          verdict: 'god',
          audience: 'bred',
        }),
      ),
    ).toEqual([
      'vendor: vendor skal indeholde bogstaver eller tal, fx "Backupfabrikken A/S": navnet bliver leverandørsidens adresse',
      'area: area skal være en af: backup, mfa, logning, awareness, saarbarhedsscanning, e-mailsikkerhed, endpoint, netvaerk, leverandoerstyring, andet',
      'owner: owner "KL" findes ikke: skriv kommunens kode fra registry/kommuner.yaml, fx "751"',
      'contact: contact skal være en arbejds-e-mail, fx karin.demo@aarhus.dk',
      'in_use_since: in_use_since skal være en måned i formatet ÅÅÅÅ-MM i anførselstegn, fx "2022-03"',
      'verdict: verdict skal være en af: anbefales, anbefales med forbehold, anbefales ikke',
      'audience: audience skal være "alle" (begge grupper) eller "kerne" (kun kernenetværket)',
    ]);
  });

  it('rejects unknown keys, listing the allowed ones', () => {
    expect(messages(schema.safeParse({ ...valid, pris: '100 kr.' }))).toEqual([
      ': Ukendt felt i erfaringen: pris. Tilladte felter: title, summary, product, vendor, area, owner, contact, in_use_since, verdict, reviewed, audience, tags',
    ]);
  });
});

describe('vendor names', () => {
  it('normalise away case, legal forms and punctuation, so spellings of one vendor compare equal', () => {
    expect(normalizeVendor('Microsoft A/S')).toBe('microsoft');
    expect(normalizeVendor('Microsoft')).toBe('microsoft');
    expect(normalizeVendor('Logvogter ApS')).toBe(normalizeVendor('LOGVOGTER, Inc.'));
    expect(normalizeVendor('Nøgleknappen Danmark ApS')).toBe('nøgleknappen');
    expect(normalizeVendor('Backupfabrikken A/S')).not.toBe(normalizeVendor('Backupfabrikken Nord A/S'));
  });

  it('give an ASCII page slug, æ ø å spelled out, never empty for a name the schema accepts', () => {
    expect(vendorSlug('Hemmelighedsleverandøren ApS')).toBe('hemmelighedsleverandoeren');
    expect(vendorSlug('Nøgleknappen ApS')).toBe('noegleknappen');
    expect(vendorSlug('Åbne Løsninger I/S')).toBe('aabne-loesninger-is');
    expect(vendorSlug('Café Sikker A/S')).toBe('cafe-sikker');
    expect(vendorSlug('A/S')).toBe('a-s');
    expect(vendorSlug('–')).toBe('');
    expect(vendorUrl(vendorSlug('Backupfabrikken A/S'))).toBe('/leverandoerer/backupfabrikken/');
  });
});

describe('what pages show', () => {
  it('writes the month in Danish and labels every verdict', () => {
    expect(formatMonth('2022-03')).toBe('marts 2022');
    expect(formatMonth('2024-12')).toBe('december 2024');
    expect(VERDICTS.map((v) => [VERDICT_LABELS[v], verdictToken(v)])).toEqual([
      ['Anbefales', 'anbefales'],
      ['Anbefales med forbehold', 'anbefales-med-forbehold'],
      ['Anbefales ikke', 'anbefales-ikke'],
    ]);
  });

  it('makes erfaringer/ the fourth kind of library folder, at /erfaringer/<slug>/', () => {
    expect(kindOfFolder('erfaringer')).toBe('experience');
    expect(LIBRARY_FOLDERS.at(-1)).toBe('erfaringer');
    expect(entryUrl('experience', 'aarhus-sikkerkopi')).toBe('/erfaringer/aarhus-sikkerkopi/');
  });
});
