import { describe, expect, it } from 'vitest';
import type { ExperienceFormField } from '#model/library/experience-form.ts';
import { buildExperience } from './entry.ts';
import { parseExperienceForm } from './form.ts';
import { issueBody } from './testing/issue-body.ts';

const OWNER = { code: '101', name: 'København', fullName: 'Københavns Kommune', slug: 'koebenhavn' };
const CODES = new Set(['101', '316']);
const TODAY = '2026-11-30';

const build = (changes: Partial<Record<ExperienceFormField, string>> = {}, codes = CODES) =>
  buildExperience(parseExperienceForm(issueBody(changes)), OWNER, 'anne.demo@kk.dk', TODAY, codes);

describe('an experience from the form', () => {
  it('maps the answers to frontmatter: option texts to values, the title from product and municipality', () => {
    expect(build({ raad: 'Test gendannelse tidligt.', maalgruppe: 'også for databeskyttelse og  sikkerhed' })).toEqual({
      ok: true,
      productSlug: 'backupfabrikken-enterprise',
      fields: {
        title: 'Backupfabrikken Enterprise i Københavns Kommune',
        summary: 'Fiktivt eksempel: backup af 400 servere med uforanderlige kopier.',
        product: 'Backupfabrikken Enterprise',
        vendor: 'Backupfabrikken A/S',
        area: 'backup',
        owner: '101',
        contact: 'anne.demo@kk.dk',
        in_use_since: '2022-03',
        verdict: 'anbefales med forbehold',
        reviewed: TODAY,
        audience: 'alle',
      },
      sections: [
        {
          field: 'virket',
          heading: 'Det har virket',
          text: '- Uforanderlige kopier på separat lager\n- Gendannelsestest hver måned',
        },
        { field: 'ikke-virket', heading: 'Det har ikke virket', text: 'Licensmodellen var svær at gennemskue.' },
        { field: 'raad', heading: 'Gode råd', text: 'Test gendannelse tidligt.' },
      ],
    });
  });

  it('reads a one-digit month and leaves out an empty "Gode råd"', () => {
    const built = build({ 'i-brug-siden': '2022-3' });
    expect(built.ok && [built.fields.in_use_since, built.sections.map((s) => s.field)]).toEqual([
      '2022-03',
      ['virket', 'ikke-virket'],
    ]);
  });

  it('refuses an unknown area, verdict or audience with the form’s choices', () => {
    expect(build({ omraade: 'Kaffemaskiner', vurdering: 'Måske', maalgruppe: 'Alle' })).toEqual({
      ok: false,
      errors: [
        '«Område» skal være et af formularens valg («Backup og gendannelse», «MFA og adgangsstyring», «Logning og SIEM», «Awareness-platform», «Sårbarhedsscanning», «E-mailsikkerhed», «Endpoint-beskyttelse (EDR)», «Netværk og firewall», «Leverandørstyring og tilsyn», «Andet»), ikke «Kaffemaskiner».',
        '«Vurdering» skal være et af formularens valg («Anbefales», «Anbefales med forbehold», «Anbefales ikke»), ikke «Måske».',
        '«Hvem må læse erfaringen?» skal være et af formularens valg («Kun kernenetværket», «Også for Databeskyttelse og Sikkerhed»), ikke «Alle».',
      ],
    });
  });

  it('refuses a month in another format or after this month', () => {
    expect(build({ 'i-brug-siden': 'marts 2022' })).toEqual({
      ok: false,
      errors: ['«I brug siden» skal være en måned skrevet som ÅÅÅÅ-MM, fx 2022-03, ikke «marts 2022».'],
    });
    expect(build({ 'i-brug-siden': '2026-12' })).toEqual({
      ok: false,
      errors: ['«I brug siden» er 2026-12, som ligger efter denne måned; skriv måneden, hvor I tog det i brug.'],
    });
  });

  it('refuses a product without letters or digits and over-long names', () => {
    expect(build({ produkt: '???', leverandoer: 'x'.repeat(121) })).toEqual({
      ok: false,
      errors: [
        '«Leverandør» må højst være 120 tegn langt (det er 121).',
        '«Produkt eller løsning» skal indeholde bogstaver eller tal: navnet bliver en del af filnavnet.',
      ],
    });
  });

  it('passes the model’s schema messages on, prefixed with the field when there is one', () => {
    expect(build({}, new Set(['316']))).toEqual({
      ok: false,
      errors: ['owner "101" findes ikke: skriv kommunens kode fra registry/kommuner.yaml, fx "751".'],
    });
  });
});
