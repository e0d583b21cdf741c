/**
 * axe-core on one page of every kind, in both tiers, both colour schemes, on a phone and a desktop screen: no
 * violation of any impact. Also proves the dark scheme is in effect, so the dark run tests dark colours.
 */
import { describe, expect, it } from 'vitest';
import { TIERS } from '#model/tiers.ts';
import type { UiSite } from '../test-support/ui-site.ts';
import { PAGE_TYPES } from './pages.ts';

/** Pages checked at once: axe is CPU-bound, and CI has two cores. */
const PARALLEL = 3;

export function a11yTests(site: () => UiSite): void {
  describe('accessibility (axe, every impact)', () => {
    for (const tier of TIERS) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const width of [1280, 375]) {
          it(`${tier}, ${scheme}, ${width} px: 0 violations on every kind of page`, async () => {
            const found: string[] = [];
            const paths = [...PAGE_TYPES[tier]];
            const worker = async () => {
              for (let path = paths.shift(); path; path = paths.shift()) {
                const page = await site().open(tier, path, { width, scheme });
                if (path.startsWith('/soeg/')) await page.waitForSelector('#search-results li');
                const background = await page.evaluate(
                  () => getComputedStyle(document.documentElement).backgroundColor,
                );
                expect(background, path).toBe(scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)');
                for (const v of await site().axe(page)) found.push(`${path}: ${v}`);
                await page.close();
              }
            };
            await Promise.all(Array.from({ length: PARALLEL }, worker));
            expect(found.sort()).toEqual([]);
          });
        }
      }
    }
    it('reports a violation when there is one (negative control)', async () => {
      const page = await site().open('bred', '/', { scheme: 'dark' });
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Svag tekst';
        p.style.color = '#2a2d33';
        document.querySelector('main')?.append(p, document.createElement('img'));
      });
      expect((await site().axe(page)).map((v) => v.split(' ')[0])).toEqual(['color-contrast', 'image-alt']);
      await page.close();
    });

    it('sees no Content-Security-Policy errors on any page', () => {
      expect(site().cspErrors).toEqual([]);
    });
  });
}
