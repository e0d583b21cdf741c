/**
 * Browser tests of the member directory (issue 13): a colleague found by topic and region on /medlemmer/ with two
 * clicks on a desktop and through "Filtrér" on phones, in both tiers (the core tier sees the core-only member, the
 * broad tier never does); state in the URL; the keyboard alone; the plain list without JavaScript; the overview of
 * municipalities and a municipality's page; search finding the municipality page by a person's name; print; no
 * sideways scrolling at 320 px.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '#model/tiers.ts';
import type { UiSite } from '../test-support/ui-site.ts';

const WIDTHS = [320, 375, 1280];

const texts = async (within: Page | Locator, selector: string) =>
  (await within.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** /medlemmer/ of `tier` once its script has shown the filters. */
async function memberList(site: UiSite, tier: Tier, path: string, width = 1280): Promise<Page> {
  const page = await site.open(tier, path, { width, height: width < 800 ? 640 : 900 });
  await page.waitForFunction(() => document.querySelector<HTMLFormElement>('#members-filters')?.hidden === false);
  return page;
}

/** Names in the member list that are shown (not filtered away). */
const shownNames = (page: Page) => texts(page, '#member-list > li:not([hidden]) .member-name');

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Everyone the tier lists, as the fixture registry has them (Ole Fravalgt opted out, Frede Kontakt too). */
const LISTED: Record<Tier, string[]> = {
  kerne: [
    'Anne Demo',
    'Carla Prøve',
    'Dorthe Demo',
    'Erik Eksempel',
    'Hanne Holm',
    'Holger Skjult',
    'Ida Åben',
    'Maren Hemmelig',
  ],
  bred: ['Anne Demo', 'Carla Prøve', 'Dorthe Demo', 'Erik Eksempel', 'Hanne Holm', 'Ida Åben'],
};

export function membersTests(site: () => UiSite): void {
  describe('member list: who works with a topic in a region', () => {
    for (const tier of TIERS) {
      for (const width of WIDTHS) {
        it(`${tier}, ${width} px: topic and region find the colleagues, the URL keeps the choice`, async () => {
          const page = await memberList(site(), tier, '/medlemmer/', width);
          expect(await shownNames(page)).toEqual(LISTED[tier]);
          const toggle = page.locator('#members-filter-toggle');
          if (width < 800) {
            // Phones: the count first, the filters behind "Filtrér".
            expect(await page.locator('#members-filters').isVisible()).toBe(false);
            await toggle.click();
            expect(await toggle.getAttribute('aria-expanded')).toBe('true');
          } else {
            expect(await toggle.isVisible()).toBe(false);
          }
          // Two clicks: the topic, then the region.
          await page.getByLabel('Beredskab').check();
          await page.getByLabel('Region Sjælland').check();
          const expected = tier === 'kerne' ? ['Hanne Holm', 'Holger Skjult', 'Ida Åben'] : ['Hanne Holm', 'Ida Åben'];
          expect(await shownNames(page)).toEqual(expected);
          expect(await texts(page, '#members-status')).toEqual([
            `${expected.length} medlemmer med emnet Beredskab i Region Sjælland.`,
          ]);
          expect(await page.locator('#members-status').getAttribute('aria-live')).toBe('polite');
          expect(new URL(page.url()).search).toBe('?emne=beredskab&region=Region%20Sj%C3%A6lland');
          if (width < 800) expect(await toggle.textContent()).toBe('Filtrér (2 valgt)');
          expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
          await page.close();
        });
      }

      it(`${tier}: the core-only member is found by her topic in the core tier only`, async () => {
        const page = await memberList(site(), tier, '/medlemmer/?emne=h%C3%A6ndelser&region=Region%20Hovedstaden');
        if (tier === 'kerne') {
          expect(await shownNames(page)).toEqual(['Maren Hemmelig']);
          expect(await page.getByLabel('Hændelser').isChecked()).toBe(true);
          expect(await texts(page, '#members-status')).toEqual(['1 medlem med emnet Hændelser i Region Hovedstaden.']);
        } else {
          // No one the broad tier shows works with it: the topic is not offered, and the list is not narrowed by it.
          expect(await page.getByLabel('Hændelser').count()).toBe(0);
          expect(await shownNames(page)).toEqual(['Anne Demo', 'Carla Prøve']);
        }
        expect(await page.content()).not.toContain('Ole Fravalgt');
        if (tier === 'bred') expect(await page.content()).not.toMatch(/Maren|Holger/);
        await page.close();
      });
    }

    it('works with the keyboard alone: arrow keys choose a topic, the text box narrows by name, reset shows all', async () => {
      const page = await memberList(site(), 'kerne', '/medlemmer/');
      await page.focus('#members-q');
      await page.keyboard.type('holm');
      expect(await shownNames(page)).toEqual(['Hanne Holm']);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('emne-alle');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('emne-backup');
      expect(await shownNames(page)).toEqual([]);
      expect(await texts(page, '#members-status')).toEqual([
        'Ingen medlemmer med emnet Backup hvis navn eller stilling indeholder »holm«.',
      ]);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('emne-beredskab');
      expect(await texts(page, '#members-status')).toEqual([
        '1 medlem med emnet Beredskab hvis navn eller stilling indeholder »holm«.',
      ]);
      // Each option counts what choosing it would leave: Hanne Holm works with Beredskab and Risiko (of Backup,
      // Beredskab, Cyberangreb, Hændelser, ISO 27001, NIS2, Risiko).
      expect(await texts(page, 'fieldset:first-of-type .option-count')).toEqual([
        '(0)',
        '(1)',
        '(0)',
        '(0)',
        '(0)',
        '(0)',
        '(1)',
      ]);
      await page.locator('#members-reset').focus();
      await page.keyboard.press('Enter');
      expect(await shownNames(page)).toEqual(LISTED.kerne);
      expect(new URL(page.url()).search).toBe('');
      await page.close();
    });

    it('is a plain list of everyone without JavaScript (the filters stay hidden)', async () => {
      const context = await site().browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site().url('bred')}/medlemmer/?emne=beredskab`);
      expect(await texts(page, '#member-list .member-name')).toEqual(LISTED.bred);
      expect(await page.locator('#members-filters').isVisible()).toBe(false);
      expect(await texts(page, '#members-status')).toEqual(['6 medlemmer i medlemslisten.']);
      await context.close();
    });

    it('prints the people shown, without the filters', async () => {
      const page = await memberList(site(), 'kerne', '/medlemmer/?region=Region%20Sj%C3%A6lland');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#members-filters').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await shownNames(page)).toEqual(['Hanne Holm', 'Holger Skjult', 'Ida Åben']);
      await page.close();
    });
  });

  describe('municipalities', () => {
    it('the overview says how many municipalities have members, and counts what the tier shows', async () => {
      const counts: Record<Tier, string[]> = {
        kerne: [
          'Frederiksberg 0 medlemmer · 1 kontaktperson',
          'København 3 medlemmer · 1 kontaktperson',
          'Holbæk 3 medlemmer · 1 kontaktperson',
          'KL – Kommunernes Landsforening 2 moderatorer',
        ],
        bred: [
          'Frederiksberg 0 medlemmer · 1 kontaktperson',
          'København 2 medlemmer · 1 kontaktperson',
          'Holbæk 2 medlemmer · 1 kontaktperson',
          'KL – Kommunernes Landsforening 2 moderatorer',
        ],
      };
      for (const tier of TIERS) {
        const page = await site().open(tier, '/kommuner/', { width: 320 });
        expect(await texts(page, 'main .lead')).toEqual(['3 af 3 kommuner har medlemmer i netværket.']);
        expect(await texts(page, 'main h2')).toEqual(['Region Hovedstaden', 'Region Sjælland', 'KL']);
        expect(await texts(page, '.org-list li')).toEqual(counts[tier]);
        expect(await page.locator('.org-list a').first().getAttribute('href')).toBe('/kommuner/147/');
        expect(await page.locator('nav[aria-label="Hovedmenu"] [aria-current="page"]').textContent()).toBe('Medlemmer');
        expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
        await page.close();
      }
    });

    it('a municipality’s page: contact persons, listed members with e-mail and topics, its templates', async () => {
      for (const tier of TIERS) {
        const page = await site().open(tier, '/kommuner/101/', { width: 320 });
        expect(await texts(page, 'h1')).toEqual(['Københavns Kommune']);
        expect(await texts(page, 'main h2')).toEqual([
          'Kontaktperson',
          'Medlemmer',
          'Skabeloner fra København',
          'Erfaringer fra København',
        ]);
        expect(await texts(page, '[aria-labelledby="contacts-heading"] .member-name')).toEqual(['Anne Demo']);
        expect(await texts(page, '[aria-labelledby="members-heading"] .member-name')).toEqual(
          tier === 'kerne' ? ['Carla Prøve', 'Maren Hemmelig'] : ['Carla Prøve'],
        );
        const anne = page.locator('.member-card', { hasText: 'Anne Demo' });
        expect(await anne.locator('.member-email a').getAttribute('href')).toBe('mailto:anne.demo@kk.dk');
        expect(await texts(anne, '.member-topics li')).toEqual(['Risiko', 'NIS2']);
        expect(await anne.locator('.member-topics a').first().getAttribute('href')).toBe('/emne/risiko/');
        expect(await page.locator('[data-pagefind-filter="type:kommune"]').count()).toBe(1);
        expect(await page.content()).not.toContain('Ole Fravalgt');
        expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
        await page.close();
      }
    });

    it('shows a topic without a topic page as text, and an opted-out contact person without topics', async () => {
      const holbaek = await site().open('bred', '/kommuner/316/');
      const ida = holbaek.locator('.member-card', { hasText: 'Ida Åben' });
      expect(await texts(ida, '.member-topics li')).toEqual(['Beredskab', 'ISO 27001', 'Backup']);
      expect(await texts(ida, '.member-topics a')).toEqual(['Beredskab', 'ISO 27001']);
      await holbaek.close();
      const frederiksberg = await site().open('kerne', '/kommuner/147/');
      expect(await texts(frederiksberg, '[aria-labelledby="contacts-heading"] .member-name')).toEqual([
        'Frede Kontakt',
      ]);
      expect(await frederiksberg.locator('.member-topics').count()).toBe(0);
      expect(await texts(frederiksberg, '[aria-labelledby="members-heading"] p')).toEqual([
        'Der står ingen andre medlemmer fra kommunen i medlemslisten.',
      ]);
      await frederiksberg.close();
      const list = await site().open('kerne', '/medlemmer/');
      expect(await list.content()).not.toContain('Frede Kontakt');
      await list.close();
    });

    it('search finds the municipality page by a colleague’s name, in the tier that shows them, not by e-mail', async () => {
      const core = await site().open('kerne', '/soeg/?q=Holger');
      await core.waitForSelector('#search-results li');
      // Other pages may name him too (an experience he is the contact of); exactly one result is a municipality.
      const municipality = '#search-results li:has(.result-meta:text-is("Kommune")) h2 a';
      expect(await texts(core, municipality)).toEqual(['Holbæk Kommune']);
      expect(await core.locator(municipality).getAttribute('href')).toBe('/kommuner/316/');
      await core.close();
      const broad = await site().open('bred', '/soeg/?q=Holger');
      await broad.waitForSelector('#search-status:has-text("Ingen resultater")');
      await broad.close();
      // Carla Prøve's address (carla.proeve@kk.dk) is on her municipality's page, but not in its search index.
      const email = await site().open('kerne', '/soeg/?q=proeve');
      await email.waitForSelector('#search-status:has-text("resultat")');
      expect(await email.locator(municipality).count()).toBe(0);
      await email.close();
    });
  });
}
