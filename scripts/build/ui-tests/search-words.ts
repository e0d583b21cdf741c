/**
 * Browser tests of the search page's Danish words (issue 17) on the fixture library: a compound's part finds the
 * compound (below the pages about the word itself) and such a result shows the page's summary, not the added
 * words; a glossary synonym finds the page that uses another term; a typo gets "Mente du …?" with one-click
 * search; nonsense finds nothing, and an unknown word beside real ones is left out and said so; core-only
 * compound parts and glossary terms are not searchable in the broad tier.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Tier } from '#model/tiers.ts';
import type { UiSite } from '../test-support/ui-site.ts';

/** The search page for `q` in `tier`, once the search has said what it found (results or none). */
async function searched(site: UiSite, tier: Tier, q: string): Promise<Page> {
  const page = await site.open(tier, `/soeg/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() =>
    /resultat|Søgningen/.test(
      [...(document.querySelector('#search-status')?.childNodes ?? [])]
        .filter((n) => n.nodeName !== 'NOSCRIPT')
        .map((n) => n.textContent)
        .join(''),
    ),
  );
  return page;
}

const status = async (page: Page) => ((await page.textContent('#search-status')) ?? '').replace(/\s+/g, ' ').trim();
const titles = (page: Page) => page.locator('#search-results li h2 a').allTextContents();

export function searchWordsTests(site: () => UiSite): void {
  describe('search in Danish words', () => {
    it('finds a compound by its part, below the pages about the word, with the summary as excerpt', async () => {
      const page = await searched(site(), 'bred', 'politik');
      expect((await titles(page)).slice(2)).toEqual(['Procedure for håndtering af sikkerhedshændelser']);
      // The procedure matches only in the words the index added: its summary stands in for the excerpt.
      expect(await page.locator('#search-results li').nth(2).locator('p').last().textContent()).toBe(
        'Trin for trin fra en hændelse opdages, til den er lukket og evalueret.',
      );
      expect(await page.locator('#search-results').textContent()).not.toContain('¶');
      await page.close();
    });

    it('finds the pages that use another term of a glossary entry', async () => {
      // ordliste.yaml: backup = sikkerhedskopi(ering); the experiences say "backup".
      const page = await searched(site(), 'bred', 'sikkerhedskopi');
      expect((await titles(page)).sort()).toEqual([
        'Kopimaskinen Pro i Holbæk Kommune',
        'Kopimaskinen Pro i Københavns Kommune',
      ]);
      await page.close();
    });

    it('offers "Mente du …?" for a typo, shows its results, and searches it in one click', async () => {
      const page = await searched(site(), 'bred', 'evaluring');
      expect(await status(page)).toBe(
        'Ingen resultater for »evaluring«. Mente du »evaluering«? Viser 2 resultater for det.',
      );
      expect(await titles(page)).toEqual([
        'Netværksmøde efterår 2026',
        'Procedure for håndtering af sikkerhedshændelser',
      ]);
      await page.click('#search-status a.search-suggestion');
      await page.waitForFunction(() =>
        /^2 resultater for »evaluering«/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      expect(await page.inputValue('#search-q')).toBe('evaluering');
      expect(new URL(page.url()).search).toBe('?q=evaluering');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.close();
    });

    it('finds nothing for nonsense, and leaves an unknown word out beside real ones', async () => {
      const nonsense = await searched(site(), 'bred', 'xyzzy');
      expect([await status(nonsense), await titles(nonsense)]).toEqual(['Ingen resultater for »xyzzy«.', []]);
      await nonsense.close();
      const mixed = await searched(site(), 'bred', 'politik xyzzy');
      expect(await status(mixed)).toBe(
        '3 resultater for »politik xyzzy«. Ingen sider har »xyzzy«; der er søgt uden det.',
      );
      await mixed.close();
    });

    it('keeps core-only compound parts and glossary terms out of the broad tier', async () => {
      // "pumpestationer" is only on a core-only news item; "samfundsfunktioner" only in the glossary entry that a
      // core-only title mentions ("kritisk infrastruktur").
      for (const q of ['stationer', 'samfundsfunktioner']) {
        const core = await searched(site(), 'kerne', q);
        expect((await titles(core)).length).toBeGreaterThan(0);
        await core.close();
        const broad = await searched(site(), 'bred', q);
        expect([await status(broad), await titles(broad)]).toEqual([`Ingen resultater for »${q}«.`, []]);
        await broad.close();
      }
    });
  });
}
