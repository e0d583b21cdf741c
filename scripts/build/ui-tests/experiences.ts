/**
 * Browser tests of experiences (issue 13): a vendor's experiences found by search (the vendor's name, then the
 * vendor filter) and through /leverandoerer/, on phones and a desktop screen in both tiers; the vendor page's CSV
 * for Danish Excel (byte-order mark, `;`) and its print layout; the experience page's facts. The broad tier never
 * shows the fixture's core-only experiences (Arkivboksen, Skyggeloggen) or their core-only vendor.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '#model/tiers.ts';
import type { UiSite } from '../test-support/ui-site.ts';

const WIDTHS = [320, 375, 1280];

/** The fixture's experiences with Backupfabrikken A/S per tier, in the search's order is not fixed: sorted. */
const BACKUP_TITLES: Record<Tier, string[]> = {
  kerne: [
    'Arkivboksen i Københavns Kommune',
    'Kopimaskinen Pro i Holbæk Kommune',
    'Kopimaskinen Pro i Københavns Kommune',
  ],
  bred: ['Kopimaskinen Pro i Holbæk Kommune', 'Kopimaskinen Pro i Københavns Kommune'],
};

const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Titles and fact lines of the results shown, sorted by title. */
async function shownResults(page: Page): Promise<[string, string][]> {
  const rows = await page
    .locator('#search-results li')
    .evaluateAll((lis) =>
      lis.map((li) => [li.querySelector('h2')?.textContent ?? '', li.querySelector('.result-meta')?.textContent ?? '']),
    );
  return (rows as [string, string][]).sort(([a], [b]) => a.localeCompare(b, 'da'));
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

export function experiencesTests(site: () => UiSite): void {
  describe('a vendor’s experiences by search', () => {
    for (const tier of TIERS) {
      for (const width of WIDTHS) {
        it(`${tier}, ${width} px: the vendor's name finds its experiences, and the vendor filter keeps only them`, async () => {
          const page = await site().open(tier, '/soeg/?q=Backupfabrikken', { width });
          await page.waitForSelector('#search-results li');
          const found = await shownResults(page);
          const experiences = found.filter(([, meta]) => meta.startsWith('Erfaring'));
          expect(experiences.map(([title]) => title)).toEqual(BACKUP_TITLES[tier]);
          expect(Object.fromEntries(experiences)['Kopimaskinen Pro i Holbæk Kommune']).toBe(
            'Erfaring · Backup og gendannelse · Backupfabrikken A/S · Anbefales med forbehold',
          );
          await page.close();

          // Without a query: open the filters (behind "Filtrér" on a phone) and tick the vendor.
          const all = await site().open(tier, '/soeg/', { width });
          // On a phone the filters are in the page but closed, so wait for them to exist, not to show.
          await all.waitForSelector('#search-filters fieldset', { state: 'attached' });
          if (width < 800) await all.click('#filter-toggle');
          const legends = await texts(all, '#search-filters legend');
          for (const legend of ['Type', 'Område', 'Leverandør', 'Vurdering']) expect(legends).toContain(legend);
          const vendorBox = all
            .locator('#search-filters fieldset')
            .filter({ has: all.locator('legend', { hasText: /^Leverandør$/ }) });
          const vendors = (await vendorBox.locator('label').allTextContents()).map((t) => t.trim());
          expect(vendors).toEqual(
            tier === 'kerne'
              ? ['Backupfabrikken A/S (3)', 'Hemmelighedsleverandøren ApS (1)', 'Logvogter ApS (1)']
              : ['Backupfabrikken A/S (2)', 'Logvogter ApS (1)'],
          );
          await all.getByLabel(/^Backupfabrikken A\/S \(\d\)$/).click();
          await all.waitForFunction(
            (n) => document.querySelectorAll('#search-results li').length === n,
            BACKUP_TITLES[tier].length,
          );
          expect((await shownResults(all)).map(([title]) => title)).toEqual(BACKUP_TITLES[tier]);
          expect(new URL(all.url()).searchParams.getAll('f')).toEqual(['leverandør:Backupfabrikken A/S']);
          expect(await overflows(all)).toBe(false);
          await all.close();
        });
      }
    }

    it('filters by verdict and area too, by their Danish names', async () => {
      const page = await site().open('kerne', '/soeg/?f=vurdering:Anbefales ikke');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 2);
      expect((await shownResults(page)).map(([title]) => title)).toEqual([
        'Arkivboksen i Københavns Kommune',
        'Skyggeloggen i Holbæk Kommune',
      ]);
      await page.close();
      const area = await site().open('bred', '/soeg/?f=område:Logning og SIEM');
      await area.waitForSelector('#search-results li');
      expect(await shownResults(area)).toEqual([
        ['Logvogter SIEM i Holbæk Kommune', 'Erfaring · Logning og SIEM · Logvogter ApS · Anbefales'],
      ]);
      await area.close();
    });
  });

  describe('a vendor’s experiences through /leverandoerer/', () => {
    for (const tier of TIERS) {
      for (const width of WIDTHS) {
        it(`${tier}, ${width} px: the vendor list leads to the vendor's page, grouped by product`, async () => {
          const page = await site().open(tier, '/leverandoerer/', { width });
          expect(await texts(page, '.vendor-list .card-title')).toEqual(
            tier === 'kerne'
              ? ['Backupfabrikken A/S', 'Hemmelighedsleverandøren ApS', 'Logvogter ApS']
              : ['Backupfabrikken A/S', 'Logvogter ApS'],
          );
          expect(await overflows(page)).toBe(false);
          await page.click('.vendor-list a:text-is("Backupfabrikken A/S")');
          await page.waitForURL('**/leverandoerer/backupfabrikken/');
          expect(await texts(page, 'h1')).toEqual(['Backupfabrikken A/S']);
          expect(await texts(page, '.vendor-product h2')).toEqual(
            tier === 'kerne'
              ? ['Arkivboksen (1 erfaring)', 'Kopimaskinen Pro (2 erfaringer)']
              : ['Kopimaskinen Pro (2 erfaringer)'],
          );
          expect((await texts(page, '.vendor-experience h3')).sort((a, b) => a.localeCompare(b, 'da'))).toEqual(
            BACKUP_TITLES[tier],
          );
          // Whom to ask, by name and work address; the header marks the section.
          expect(await texts(page, '.vendor-contact a')).toContain('carla.proeve@kk.dk');
          expect(await page.locator('.vendor-contact a[href="mailto:hanne.holm@holb.dk"]').count()).toBe(1);
          expect(await page.locator('nav[aria-label="Hovedmenu"] a[aria-current="page"]').textContent()).toBe(
            'Erfaringer',
          );
          expect(await overflows(page)).toBe(false);
          await page.close();
        });
      }
    }

    it('has no page in the broad tier for a vendor only core-only experiences name', async () => {
      const broad = await site().open('bred', '/leverandoerer/hemmelighedsleverandoeren/');
      expect(await texts(broad, 'h1')).toEqual(['Siden findes ikke']);
      const core = await site().open('kerne', '/leverandoerer/hemmelighedsleverandoeren/');
      expect(await texts(core, 'h1')).toEqual(['Hemmelighedsleverandøren ApS']);
      await Promise.all([broad.close(), core.close()]);
    });
  });

  describe('the vendor page’s CSV for Danish Excel', () => {
    for (const tier of TIERS) {
      it(`${tier}: the link downloads a UTF-8 file with a byte-order mark and ; between fields, this tier's rows only`, async () => {
        const page = await site().open(tier, '/leverandoerer/backupfabrikken/');
        const link = page.locator('a:text-is("Hent som CSV (Excel)")');
        expect(await link.getAttribute('href')).toBe('/leverandoerer/backupfabrikken/erfaringer.csv');
        expect(await link.getAttribute('download')).toBe('backupfabrikken-erfaringer.csv');
        const response = await page.request.get(`${site().url(tier)}/leverandoerer/backupfabrikken/erfaringer.csv`);
        const bytes = await response.body();
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\n');
        expect(lines[0]).toBe(
          'Leverandør;Produkt;Kommune;Område;Vurdering;I brug siden;Kontakt;Kontaktens e-mail;Gennemgået;Målgruppe;Resumé;Adresse',
        );
        expect(lines.slice(1).map((line) => line.split(';').slice(0, 5).join(';'))).toEqual([
          ...(tier === 'kerne'
            ? ['Backupfabrikken A/S;Arkivboksen;Københavns Kommune;Backup og gendannelse;Anbefales ikke']
            : []),
          'Backupfabrikken A/S;Kopimaskinen Pro;Holbæk Kommune;Backup og gendannelse;Anbefales med forbehold',
          'Backupfabrikken A/S;Kopimaskinen Pro;Københavns Kommune;Backup og gendannelse;Anbefales',
        ]);
        expect(lines[lines.length - 1]).toMatch(
          /;carla\.proeve@kk\.dk;2026-09-01;Også for Databeskyttelse og Sikkerhed;/,
        );
        await page.close();
      });
    }
  });

  describe('printing a vendor page', () => {
    it('prints the experiences without the header, navigation, buttons or search', async () => {
      const page = await site().open('kerne', '/leverandoerer/backupfabrikken/');
      expect(await page.locator('.js-print').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of [
        '.site-header',
        'nav[aria-label="Hovedmenu"]',
        '.breadcrumbs',
        '.actions',
        '.site-footer',
      ]) {
        expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
      }
      expect(await page.locator('.vendor-experience').count()).toBe(3);
      for (const card of await page.locator('.vendor-experience').all()) expect(await card.isVisible()).toBe(true);
      const breaks = await page
        .locator('.vendor-experience')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside);
      expect(breaks).toBe('avoid');
      await page.close();
    });
  });

  describe('an experience page', () => {
    it('shows product, vendor link, area, municipality, contact, in use since, verdict and audience', async () => {
      const page = await site().open('bred', '/erfaringer/holbaek-kopimaskinen/', { width: 375 });
      expect(await texts(page, 'h1')).toEqual(['Kopimaskinen Pro i Holbæk Kommune']);
      expect(await texts(page, '.experience-header .audience')).toEqual([
        'Målgruppe: Også for Databeskyttelse og Sikkerhed',
      ]);
      expect(await texts(page, '.experience-header .verdict')).toEqual(['Anbefales med forbehold']);
      const facts = await page
        .locator('.experience-meta dt')
        .evaluateAll((dts) =>
          dts.map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`),
        );
      expect(facts).toEqual([
        'Produkt = Kopimaskinen Pro',
        'Leverandør = Backupfabrikken A/S',
        'Område = Backup og gendannelse',
        'Kommune = Holbæk Kommune',
        'Vurdering = Anbefales med forbehold',
        'I brug siden = september 2021',
        'Kontakt = Hanne Holm, IT-sikkerhedschef hanne.holm@holb.dk',
        'Gennemgået = 1. juni 2024 (hver 24. måned)',
      ]);
      expect(await page.locator('.experience-meta a[href="/leverandoerer/backupfabrikken/"]').count()).toBe(1);
      expect(await page.locator('.experience-meta a[href="mailto:hanne.holm@holb.dk"]').count()).toBe(1);
      // Reviewed more than 24 months before the build's day.
      expect(await texts(page, '.experience-meta .badge-warn')).toEqual(['Skal gennemgås']);
      // The same vendor's other experiences of this tier, never a core-only one in the broad tier.
      expect(await texts(page, '.related .card-title')).toEqual(['Kopimaskinen Pro i Københavns Kommune']);
      expect(await overflows(page)).toBe(false);
      await page.close();
    });

    it('lists experiences by area on /erfaringer/ and the newest on the front page', async () => {
      const page = await site().open('bred', '/erfaringer/');
      expect(await texts(page, 'main section h2')).toEqual(['Backup og gendannelse (2)', 'Logning og SIEM (1)']);
      expect(await texts(page, 'main p:has(a[href="/leverandoerer/"])')).toEqual([
        '3 erfaringer fra 2 kommuner om 2 leverandører. Se erfaringerne samlet pr. leverandør.',
      ]);
      await page.close();
      const front = await site().open('kerne', '/');
      expect(await texts(front, 'section[aria-labelledby="exp-heading"] .card-title')).toEqual([
        'Skyggeloggen i Holbæk Kommune',
        'Logvogter SIEM i Holbæk Kommune',
        'Kopimaskinen Pro i Københavns Kommune',
      ]);
      await front.close();
    });
  });
}
