/**
 * Browser tests of search: on phones the count and the results come first and the filters open from "Filtrér";
 * on a desktop the filters stand beside the results; each result says what it is (type, category, date,
 * status); filters and tags show the vocabulary's display names; a filter group with one value is hidden; Enter
 * searches at once while typing waits; the header box's placeholder is never cut off; axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '#model/tiers.ts';
import type { OpenOptions, UiSite } from '../test-support/ui-site.ts';

/** Phone screens as tall as real ones: the first result must show without scrolling. */
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
/** A template's date is its last commit (or reviewed date outside git), so only its form is fixed. */
const DATE = String.raw`\d{1,2}\. \p{L}+ \d{4}`;

/** A search page of `tier`, once its results are shown. */
async function results(site: UiSite, tier: Tier, path: string, options: OpenOptions = {}): Promise<Page> {
  const page = await site.open(tier, path, options);
  await page.waitForSelector('#search-results li');
  return page;
}

const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

export function searchTests(site: () => UiSite): void {
  describe('search on a phone', () => {
    for (const tier of TIERS) {
      for (const { width, height } of PHONES) {
        it(`${tier}, ${width} px: count and first result above the fold, filters behind "Filtrér" and opened with the keyboard`, async () => {
          const page = await results(site(), tier, '/soeg/?q=politik', { width, height });
          const first = await page.locator('#search-results li').first().boundingBox();
          expect(first?.y).toBeLessThan(height);
          const status = await page.locator('#search-status').boundingBox();
          expect(status?.y).toBeLessThan(first?.y ?? 0);
          const toggle = page.locator('#filter-toggle');
          expect([await toggle.textContent(), await toggle.getAttribute('aria-expanded')]).toEqual([
            'Filtrér',
            'false',
          ]);
          expect(await page.locator('#search-filters').isVisible()).toBe(false);

          // Keyboard: from the search box past its button to "Filtrér"; Enter opens it; Tab reaches the filters.
          await page.focus('#search-q');
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          expect(await focusedId(page)).toBe('filter-toggle');
          await page.keyboard.press('Enter');
          expect(await toggle.getAttribute('aria-expanded')).toBe('true');
          expect(await page.locator('#search-filters').isVisible()).toBe(true);
          // The open filters sit between the count and the results.
          const filters = await page.locator('#search-filters').boundingBox();
          const moved = await page.locator('#search-results li').first().boundingBox();
          expect((filters?.y ?? 0) + (filters?.height ?? 0)).toBeLessThanOrEqual(moved?.y ?? 0);
          await page.keyboard.press('Tab');
          expect(await focusedId(page)).toBe('f-kategori-Hændelseshåndtering');
          await page.keyboard.press('Space');
          await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
          // The procedure only mentions the policy (the part "politik" of a compound).
          expect(await texts(page, '#search-results h2')).toEqual(['Procedure for håndtering af sikkerhedshændelser']);
          // Still open after the filters re-render, focus kept, and the button counts what is ticked.
          expect([await toggle.textContent(), await toggle.getAttribute('aria-expanded')]).toEqual([
            'Filtrér (1 valgt)',
            'true',
          ]);
          expect(await focusedId(page)).toBe('f-kategori-Hændelseshåndtering');
          expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=politik&f=kategori:Hændelseshåndtering');
          // The ticked category is the first filter: the button is right before it.
          await page.keyboard.press('Shift+Tab');
          expect(await focusedId(page)).toBe('filter-toggle');
          await page.keyboard.press('Space');
          expect(await page.locator('#search-filters').isVisible()).toBe(false);
          await page.close();
        });
      }
    }
  });

  describe('search on a desktop screen', () => {
    for (const tier of TIERS) {
      it(`${tier}, 1280 px: the filters are open beside the results, without a "Filtrér" button`, async () => {
        const page = await results(site(), tier, '/soeg/?q=politik');
        expect(await page.locator('#filter-toggle').isVisible()).toBe(false);
        const filters = await page.locator('#search-filters').boundingBox();
        const list = await page.locator('#search-results').boundingBox();
        const status = await page.locator('#search-status').boundingBox();
        expect(filters && list && filters.x + filters.width < list.x).toBe(true);
        // Side by side: the filters start level with the count above the results.
        expect(Math.abs((filters?.y ?? 0) - (status?.y ?? 100))).toBeLessThan(20);
        await page.close();
      });
    }
  });

  describe('what a result is', () => {
    it('names type, category, date and status, and marks an outdated template and a draft', async () => {
      const page = await results(site(), 'bred', '/soeg/?q=politik');
      const items = await page
        .locator('#search-results li')
        .evaluateAll((lis) =>
          lis.map((li) => [li.querySelector('h2')?.textContent, li.querySelector('.result-meta')?.textContent]),
        );
      // The pages about policies first; then the procedure, whose compounds only contain "politik".
      expect(
        items
          .slice(0, 2)
          .map(([title]) => title)
          .sort(),
      ).toEqual(['Adgangskodepolitik 2019', 'Informationssikkerhedspolitik']);
      expect(items.slice(2).map(([title]) => title)).toEqual(['Procedure for håndtering af sikkerhedshændelser']);
      const meta = new Map(items.map(([title, line]) => [title, line ?? '']));
      expect(meta.get('Adgangskodepolitik 2019')).toMatch(
        new RegExp(`^Skabelon · Politikker · opdateret ${DATE} · Forældet$`, 'u'),
      );
      expect(meta.get('Informationssikkerhedspolitik')).toMatch(
        new RegExp(`^Skabelon · Politikker · opdateret ${DATE} · gældende$`, 'u'),
      );
      expect(await texts(page, '#search-results .result-status-foraeldet')).toEqual(['Forældet']);
      await page.close();

      const draft = await results(site(), 'kerne', '/soeg/?q=sikkerhedshændelser');
      expect(await texts(draft, '#search-results li:first-child .result-meta')).toEqual([
        expect.stringMatching(new RegExp(`^Skabelon · Hændelseshåndtering · opdateret ${DATE} · Udkast$`, 'u')),
      ]);
      expect(await texts(draft, '#search-results .result-status-udkast')).toEqual(['Udkast']);
      await draft.close();
    });

    it('gives news and meetings their type and date', async () => {
      const page = await results(site(), 'bred', '/soeg/?q=nyhedsbrev');
      expect(await texts(page, '#search-results .result-meta')).toEqual(['Nyhed · 20. november 2026']);
      await page.close();
      const meeting = await results(site(), 'kerne', '/soeg/?q=ransomware%C3%B8velse');
      expect(await texts(meeting, '#search-results .result-meta')).toEqual(['Møde · 12. september 2026']);
      await meeting.close();
    });
  });

  describe('filters and tags by their Danish names', () => {
    it('shows display names in the filters, hides a group with one value, and keeps a ticked one untickable', async () => {
      const page = await results(site(), 'bred', '/soeg/?q=politik');
      // Type (only templates) would narrow nothing. The two policies and the procedure that mentions one.
      expect(await texts(page, '#search-filters legend')).toEqual(['Kategori', 'Emne', 'Ejer']);
      expect(await texts(page, '#search-filters label')).toEqual([
        'Hændelseshåndtering (1)',
        'Politikker (2)',
        'Beredskab (1)',
        'Hændelser (1)',
        'ISO 27001 (1)',
        'NIS2 (1)',
        'Politik (2)',
        'Frederiksberg Kommune (1)',
        'KL – Kommunernes Landsforening (2)',
      ]);
      await page.close();

      const mixed = await results(site(), 'bred', '/soeg/?q=evaluering');
      expect(await texts(mixed, '#search-filters legend')).toEqual(['Type', 'Emne']);
      expect(await texts(mixed, '#search-filters fieldset:first-child label')).toEqual(['Møde (1)', 'Skabelon (1)']);
      await mixed.close();

      // Ticked, Politikker leaves one category and one owner (KL): the owner group goes, the ticked category stays.
      const ticked = await results(site(), 'bred', '/soeg/?q=politik&f=kategori:Politikker');
      expect(await texts(ticked, '#search-filters legend')).toEqual(['Kategori', 'Emne']);
      // Unticking re-renders the filters, so the box is clicked, not awaited unchecked.
      await ticked.click('#f-kategori-Politikker');
      await ticked.waitForFunction(() => document.querySelectorAll('#search-filters legend').length === 3);
      expect(new URL(ticked.url()).search).toBe('?q=politik');
      await ticked.close();
    });

    it('shows tags by name on template and topic pages; the address keeps the slug', async () => {
      const page = await site().open('bred', '/skabeloner/informationssikkerhedspolitik/');
      const tags = await page
        .locator('.meta-panel .tag-list a')
        .evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));
      expect(tags).toEqual(['ISO 27001 /emne/iso27001/', 'Politik /emne/politik/']);
      await page.close();
      const topic = await site().open('kerne', '/emne/iso27001/');
      expect([await topic.title(), ...(await texts(topic, 'h1'))]).toEqual([
        'Emne: ISO 27001 – Sikkerhedsnet',
        'Emne: ISO 27001',
      ]);
      await topic.close();
    });
  });

  describe('Enter and typing', () => {
    it('searches at once on Enter, while typing waits for a pause', async () => {
      const page = await site().open('bred', '/soeg/');
      await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Skriv'));
      // With the page's clock paused, no timer fires: only a search that waits for none can show results.
      await page.clock.install({ time: new Date('2026-11-28T10:00:00') });
      await page.clock.pauseAt(new Date('2026-11-28T10:00:01'));
      await page.fill('#search-q', 'nyhedsbrev');
      await page.waitForTimeout(400);
      expect(await page.locator('#search-results li').count()).toBe(0);
      await page.press('#search-q', 'Enter');
      await page.waitForSelector('#search-results li');
      expect(await texts(page, '#search-results h2')).toEqual(['Nyhedsbrev november 2026']);
      // Typing searches once the timer of the pause runs out.
      await page.fill('#search-q', 'evaluering');
      await page.waitForTimeout(400);
      expect(await texts(page, '#search-results h2')).toEqual(['Nyhedsbrev november 2026']);
      await page.clock.runFor(250);
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 2);
      await page.close();
    });
  });

  describe('the header search box', () => {
    it('is left out of the search page, which has its own box', async () => {
      const page = await site().open('bred', '/soeg/');
      expect(await page.locator('#header-q').count()).toBe(0);
      expect(await page.locator('#search-q').count()).toBe(1);
      await page.close();
    });

    for (const width of [375, 1280]) {
      it(`${width} px: shows its whole placeholder, which says it searches all of Sikkerhedsnet`, async () => {
        const page = await site().open('bred', '/', { width });
        const box = page.locator('#header-q');
        const placeholder = (await box.getAttribute('placeholder')) ?? '';
        expect(placeholder).toBe('Søg i hele Sikkerhedsnet');
        // The placeholder as a value: it fits when the field need not scroll to show it.
        await box.fill(placeholder);
        const fits = await box.evaluate((input) => input.scrollWidth <= input.clientWidth);
        expect(fits).toBe(true);
        await page.close();
      });
    }
  });

  describe('accessibility of the search page with results', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`${scheme}, ${width} px: 0 axe violations with the filters open, a ticked filter and status marks`, async () => {
          const found: string[] = [];
          for (const tier of TIERS) {
            const page = await results(site(), tier, '/soeg/?q=politik&f=emne:Politik', { width, scheme });
            if (width < 800) await page.click('#filter-toggle');
            expect(await page.locator('#search-filters input:checked').count()).toBe(1);
            for (const v of await site().axe(page)) found.push(`${tier}: ${v}`);
            await page.close();
          }
          expect(found).toEqual([]);
        });
      }
    }
  });
}
