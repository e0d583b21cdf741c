/**
 * The search page's basics in the broad tier: highlighted excerpts and filter counts, and keyboard use alone
 * (skip link, typing, ticking a filter with Space). Moved here from browser.test.ts to share the one build.
 */
import { describe, expect, it } from 'vitest';
import type { UiSite } from '../test-support/ui-site.ts';

export function searchBasicsTests(site: () => UiSite): void {
  describe('search page basics', () => {
    it('finds a template with a highlighted excerpt and filters with counts', async () => {
      const page = await site().open('bred', '/soeg/?q=risiko');
      await page.waitForSelector('#search-results li');
      expect(await page.locator('#search-results li h2 a').allTextContents()).toContain(
        'Risikovurdering af et it-system',
      );
      expect(await page.locator('#search-results li mark').count()).toBeGreaterThan(0);
      expect(await page.textContent('#search-status')).toMatch(/^\d+ resultat(er)? for »risiko«\.$/);
      // Groups with a single value (one category, one owner) narrow nothing and are left out.
      expect(await page.locator('#search-filters legend').allTextContents()).toEqual(['Type', 'Emne']);
      expect(await page.locator('label', { hasText: /^Skabelon \(\d+\)$/ }).count()).toBe(1);
      expect(await page.locator('label', { hasText: /^ISO 27001 \(\d+\)$/ }).count()).toBe(1);
      // Values without results are left out of the filter lists.
      expect(await page.locator('#search-filters label', { hasText: /\(0\)$/ }).count()).toBe(0);
      await page.close();
    });

    it('works with the keyboard alone: skip link, typing, and ticking a filter', async () => {
      const page = await site().open('bred', '/soeg/');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spring til indhold');
      await page.focus('#search-q');
      await page.keyboard.type('evaluering');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      const before = await page.locator('#search-results li').count();
      expect(before).toBeGreaterThanOrEqual(2);
      // Tab from the search box past the button to the first filter checkbox (type: møde), tick it with Space.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('møde');
      await page.keyboard.press('Space');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length < n, before);
      expect(await page.locator('#search-results li h2 a').allTextContents()).toEqual(['Netværksmøde efterår 2026']);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=evaluering&f=type:møde');
      await page.close();
    });
  });
}
