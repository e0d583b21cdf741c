/** The 403 page names whom to ask in correct Danish: one contact person or several, a municipality or KL. */
import { describe, expect, it } from 'vitest';
import { forbiddenPage } from './pages.ts';

const anne = { name: 'Anne Demo', email: 'anne.demo@kk.dk' };
const bo = { name: 'Bo Eksempel', email: 'bo.eksempel@kk.dk' };
const li = (c: { name: string; email: string }) => `<li>${c.name} (<a href="mailto:${c.email}">${c.email}</a>)</li>`;

describe('forbiddenPage', () => {
  it.each([
    ['one contact person', '101', 'København', [anne], 'Kontaktpersonen i København Kommune kan give dig adgang:'],
    [
      'two contact persons',
      '101',
      'København',
      [anne, bo],
      'Kontaktpersonerne i København Kommune kan give dig adgang:',
    ],
    ['KL with one', 'KL', 'KL', [anne], 'Kontaktpersonen i KL kan give dig adgang:'],
    ['KL with two', 'KL', 'KL', [anne, bo], 'Kontaktpersonerne i KL kan give dig adgang:'],
  ])('%s', (_, municipality, municipalityName, contacts, heading) => {
    const html = forbiddenPage({ email: 'ny@kk.dk', municipality: { municipality, municipalityName, contacts } });
    expect(html).toContain(`<p>${heading}</p>\n<ul>${contacts.map(li).join('')}</ul>`);
  });

  it('without contact persons, points to the municipality’s contact person and KL in general', () => {
    const html = forbiddenPage({
      email: 'ny@kk.dk',
      municipality: { municipality: '101', municipalityName: 'København', contacts: [] },
    });
    expect(html).toContain(
      '<p>Spørg din kommunes kontaktperson for informationssikkerhed, eller skriv til KL’s sekretariat for informationssikkerhed.</p>',
    );
    expect(html).not.toContain('Kontaktperson');
  });

  it('gives KL’s secretariat address when the access list has one', () => {
    const html = forbiddenPage({ email: 'ny@kk.dk', municipality: undefined, secretariat: 'sikkerhedsnet@kl.dk' });
    expect(html).toContain(
      '<p>Spørg din kommunes kontaktperson for informationssikkerhed, eller skriv til KL’s sekretariat for informationssikkerhed på <a href="mailto:sikkerhedsnet@kl.dk">sikkerhedsnet@kl.dk</a>.</p>',
    );
  });
});
