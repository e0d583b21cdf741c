import { beforeAll, describe, expect, it } from 'vitest';
import { type NewsletterSection, newsletterSections } from './newsletter-content.ts';
import { fixtureSources } from './testing/fixture-sources.ts';

let sections: (tier: 'kerne' | 'bred', from?: string, to?: string) => NewsletterSection[];

beforeAll(async () => {
  const { context } = await fixtureSources();
  sections = (tier, from = '2026-10-31', to = '2026-11-30') =>
    newsletterSections({ ...context, tier, period: { from, to } });
});

const titles = (list: NewsletterSection[]) => list.map((s) => [s.heading, s.items.map((i) => i.title)]);

describe('newsletter contents: what is new for a tier in a period', () => {
  it('gives the core tier every kind of entry added or changed in the period, newest first, outdated left out', () => {
    expect(titles(sections('kerne'))).toEqual([
      [
        'Nyheder',
        [
          'Varsel om falske opkald fra en påstået it-support',
          'Varsel om angreb på styringen af pumpestationer',
          'Skærpet trusselsvurdering for vandforsyningen',
          'Nyhedsbrev november 2026',
        ],
      ],
      [
        'Nye skabeloner',
        [
          'Risikovurdering af et it-system',
          'Procedure for håndtering af sikkerhedshændelser',
          'Fortroligt risikoregister for kritisk infrastruktur',
        ],
      ],
      ['Opdaterede skabeloner', ['Informationssikkerhedspolitik']],
      [
        'Nye erfaringer med leverandører og værktøjer',
        ['Arkivboksen i Københavns Kommune', 'Logvogter SIEM i Holbæk Kommune'],
      ],
    ]);
  });

  it('gives the broad tier only entries for everyone', () => {
    expect(titles(sections('bred'))).toEqual([
      ['Nyheder', ['Varsel om falske opkald fra en påstået it-support', 'Nyhedsbrev november 2026']],
      ['Nye skabeloner', ['Risikovurdering af et it-system', 'Procedure for håndtering af sikkerhedshændelser']],
      ['Opdaterede skabeloner', ['Informationssikkerhedspolitik']],
      ['Nye erfaringer med leverandører og værktøjer', ['Logvogter SIEM i Holbæk Kommune']],
    ]);
  });

  it('describes each item with the facts a reader scans for', () => {
    const all = sections('kerne').flatMap((s) => s.items);
    const meta = (title: string) => all.find((i) => i.title === title)?.meta;
    expect(meta('Varsel om falske opkald fra en påstået it-support')).toBe(
      'Varsel · 27. november 2026 · videresendt fra Eksempelstyrelsen for Samfundssikkerhed',
    );
    expect(meta('Procedure for håndtering af sikkerhedshændelser')).toBe('Hændelseshåndtering · version 1.4 · udkast');
    expect(meta('Informationssikkerhedspolitik')).toBe('opdateret 10. november 2026 · Politikker · version 2.1');
    expect(meta('Logvogter SIEM i Holbæk Kommune')).toBe('Holbæk · Logvogter SIEM fra Logvogter ApS · Anbefales');
    expect(all.find((i) => i.title === 'Varsel om falske opkald fra en påstået it-support')?.url).toBe(
      '/nyheder/varsel-falsk-opkald/',
    );
  });

  it('counts the period from `from` up to the day before `to`, and leaves out empty sections', () => {
    // 2026-11-20 is the November newsletter's date, 2026-11-27 the shared alert's: `from` counts, `to` does not.
    expect(titles(sections('bred', '2026-11-21', '2026-11-27'))).toEqual([]);
    expect(titles(sections('bred', '2026-11-20', '2026-11-21'))).toEqual([['Nyheder', ['Nyhedsbrev november 2026']]]);
    expect(titles(sections('bred', '2026-11-27', '2026-11-28'))).toEqual([
      ['Nyheder', ['Varsel om falske opkald fra en påstået it-support']],
    ]);
    // The autumn meeting (5 October) is the only meeting of October.
    expect(titles(sections('bred', '2026-10-01', '2026-11-01'))).toEqual([
      ['Fra netværksmøderne', ['Netværksmøde efterår 2026']],
    ]);
  });
});
