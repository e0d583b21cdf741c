/**
 * Browser tests of the pages themselves (issue 12): reflow on phones, what the broad tier says about the core
 * network, audience marks, the edit link, the table of contents and section links, and no feed link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIERS } from '#model/tiers.ts';
import type { UiSite } from '../test-support/ui-site.ts';
import { builtPages } from './pages.ts';

async function text(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

export function layoutTests(site: () => UiSite): void {
  describe('reflow (WCAG 1.4.10)', () => {
    for (const tier of TIERS) {
      it(`no page of the ${tier} tier is wider than a 320 px screen`, async () => {
        const paths = await builtPages(site().outDir, tier);
        expect(paths.length).toBeGreaterThan(15);
        const tooWide: string[] = [];
        for (const path of paths) {
          const page = await site().open(tier, path, { width: 320 });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) tooWide.push(`${path}: ${width} px`);
          await page.close();
        }
        expect(tooWide).toEqual([]);
        // Every built page of the tier, one after the other: about 10 s alone, longer on a busy 2-core machine.
      }, 120_000);
    }

    it('a wide table scrolls inside its own focusable box while the text keeps the screen width', async () => {
      const page = await site().open('bred', '/skabeloner/risikovurdering/', { width: 320 });
      const box = page.locator('.prose .table-scroll[aria-label^="Tabel"]').first();
      expect(await box.getAttribute('role')).toBe('region');
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await box.getAttribute('aria-label')).toBe('Tabel 1');
      const sizes = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      const prose = await page.locator('.prose').evaluate((el) => el.getBoundingClientRect().width);
      expect(prose).toBeLessThanOrEqual(320 - 2 * 16);
      await page.close();
    });
  });

  describe('what the broad tier says', () => {
    it('lists no empty category and says, without naming anything, that the core network has more', async () => {
      const page = await site().open('bred', '/');
      const categories = await text(page, '.category-grid a');
      expect(categories).toEqual([
        'Risikostyring (1 skabelon)',
        'Politikker (2 skabeloner)',
        'Hændelseshåndtering (1 skabelon)',
      ]);
      expect(await page.locator('body').textContent()).not.toMatch(/\(0 skabeloner\)|ingen skabeloner her/);
      expect(await text(page, '.core-more h2')).toEqual(['Kernenetværket har mere materiale']);
      expect(await page.locator('.core-more a').getAttribute('href')).toBe('/adgang/');
      await page.close();
      const core = await site().open('kerne', '/');
      expect(await core.locator('.core-more').count()).toBe(0);
      await core.close();
    });

    it('has no page for a category it has no templates in; the core tier has one for every category', async () => {
      const broad = await site().open('bred', '/kategori/beredskab/');
      expect(await text(broad, 'h1')).toEqual(['Siden findes ikke']);
      const core = await site().open('kerne', '/kategori/awareness/');
      expect(await text(core, 'h1')).toEqual(['Awareness']);
      expect(await text(core, 'main p')).toContain('Der er ingen skabeloner her endnu.');
      await Promise.all([broad.close(), core.close()]);
    });

    it('a core-only address gives the broad 404, which says the page may belong to the core network', async () => {
      const page = await site().open('bred', '/skabeloner/beredskabsplan-kerne/');
      expect(await text(page, 'h1')).toEqual(['Siden findes ikke']);
      expect((await text(page, 'main p'))[0]).toBe(
        'Siden findes ikke blandt det, der er delt med Databeskyttelse og Sikkerhed. Den kan være flyttet eller slettet, eller den kan høre til kernenetværket for informationssikkerhed, som deler materiale, der kun er for dets medlemmer.',
      );
      await page.close();
      const core = await site().open('kerne', '/skabeloner/findes-ikke/');
      expect((await text(core, 'main p'))[0]).toBe(
        'Siden er flyttet eller slettet, eller adressen er skrevet forkert.',
      );
      await core.close();
    });

    it('shows one template list on the front page while "Senest opdateret" would repeat "Nyeste"', async () => {
      const page = await site().open('kerne', '/');
      const headings = await text(page, 'main h2');
      const newest = await text(page, '[aria-labelledby="new-heading"] .card-title');
      expect(newest.length).toBeGreaterThan(0);
      if (headings.includes('Senest opdateret')) {
        expect(await text(page, '[aria-labelledby="upd-heading"] .card-title')).not.toEqual(newest);
      }
      await page.close();
    });
  });

  describe('audience', () => {
    it('every entry page says who it is for, in both tiers', async () => {
      const cases = [
        ['kerne', '/skabeloner/beredskabsplan-kerne/', 'Målgruppe: Kun kernenetværket'],
        ['kerne', '/skabeloner/informationssikkerhedspolitik/', 'Målgruppe: Også for Databeskyttelse og Sikkerhed'],
        ['bred', '/skabeloner/informationssikkerhedspolitik/', 'Målgruppe: Også for Databeskyttelse og Sikkerhed'],
        ['kerne', '/nyheder/kerne-trusselsvurdering/', 'Målgruppe: Kun kernenetværket'],
        ['bred', '/nyheder/nyhedsbrev-november-2026/', 'Målgruppe: Også for Databeskyttelse og Sikkerhed'],
        ['kerne', '/moeder/kerne-workshop-ransomware/', 'Målgruppe: Kun kernenetværket'],
        ['bred', '/moeder/netvaerksmoede-efteraar-2026/', 'Målgruppe: Også for Databeskyttelse og Sikkerhed'],
      ] as const;
      for (const [tier, path, label] of cases) {
        const page = await site().open(tier, path);
        expect(await text(page, '.audience'), `${tier}${path}`).toEqual([label]);
        await page.close();
      }
    });

    it('lists in the core tier mark exactly the core-only entries', async () => {
      const page = await site().open('kerne', '/skabeloner/');
      const cards = page.locator('.card');
      const marked: string[] = [];
      for (let i = 0; i < (await cards.count()); i++) {
        const card = cards.nth(i);
        if ((await card.locator('.badge-core').count()) > 0)
          marked.push((await card.locator('.card-title').textContent()) ?? '');
      }
      expect(marked).toEqual([
        'Fortroligt risikoregister for kritisk infrastruktur',
        'Hemmelig beredskabsplan for cyberangreb',
      ]);
      expect(await text(page, '.badge-core')).toEqual(['Kun kerne', 'Kun kerne']);
      await page.close();
      const news = await site().open('kerne', '/nyheder/');
      // Two core-only news items: the threat assessment and the pumping-station alert.
      expect(await news.locator('.badge-core').count()).toBe(2);
      await news.close();
      const broad = await site().open('bred', '/skabeloner/');
      expect(await broad.locator('.badge-core').count()).toBe(0);
      await broad.close();
    });
  });

  it('offers "Foreslå ændring" only where members can read the repository (core tier)', async () => {
    const core = await site().open('kerne', '/skabeloner/informationssikkerhedspolitik/');
    const link = core.getByRole('link', { name: 'Foreslå ændring' });
    expect(await link.getAttribute('href')).toMatch(
      /\/templates-library\/politikker\/informationssikkerhedspolitik\.mdx$/,
    );
    const broad = await site().open('bred', '/skabeloner/informationssikkerhedspolitik/');
    expect(await broad.getByRole('link', { name: 'Foreslå ændring' }).count()).toBe(0);
    expect(await broad.getByRole('link', { name: 'Word uden vejledning' }).getAttribute('href')).toBe(
      '/skabeloner/informationssikkerhedspolitik/informationssikkerhedspolitik-uden-vejledning.docx',
    );
    await Promise.all([core.close(), broad.close()]);
  });

  describe('table of contents and section links', () => {
    it('sits beside the text on a wide screen and above it on a phone', async () => {
      const wide = await site().open('bred', '/skabeloner/informationssikkerhedspolitik/', { width: 1280 });
      expect(await text(wide, '.toc li a')).toEqual(['Formål', 'Ansvar', 'Principper']);
      const tocWide = await wide.locator('.toc').boundingBox();
      const proseWide = await wide.locator('.prose').boundingBox();
      expect(tocWide && proseWide && tocWide.x > proseWide.x + proseWide.width).toBe(true);
      const narrow = await site().open('bred', '/skabeloner/informationssikkerhedspolitik/', { width: 375 });
      const tocNarrow = await narrow.locator('.toc').boundingBox();
      const proseNarrow = await narrow.locator('.prose').boundingBox();
      expect(tocNarrow && proseNarrow && tocNarrow.y + tocNarrow.height <= proseNarrow.y).toBe(true);
      await Promise.all([wide.close(), narrow.close()]);
    });

    it('is left out of a short page', async () => {
      const page = await site().open('bred', '/skabeloner/haendelsesprocedure/');
      expect(await page.locator('.toc').count()).toBe(0);
      await page.close();
    });

    it('every section heading links to itself, and a click copies the address', async () => {
      const page = await site().open('bred', '/skabeloner/informationssikkerhedspolitik/');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().url('bred') });
      const links = await page
        .locator('.prose h2')
        .evaluateAll((hs) => hs.map((h) => `${h.id} ${h.querySelector('a.heading-link')?.getAttribute('href')}`));
      expect(links).toEqual(['formål #formål', 'ansvar #ansvar', 'principper #principper']);
      expect(await page.locator('.prose h2 a.heading-link').first().getAttribute('aria-label')).toBe(
        'Link til afsnittet »Formål«',
      );
      await page.locator('#ansvar a.heading-link').click();
      await expect.poll(() => page.textContent('#copy-status')).toBe('Linket til afsnittet er kopieret.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${site().url('bred')}/skabeloner/informationssikkerhedspolitik/#ansvar`,
      );
      expect(new URL(page.url()).hash).toBe('#ansvar');
      await page.close();
    });
  });

  describe('at every width', () => {
    for (const tier of TIERS) {
      for (const width of [320, 375, 1280]) {
        it(`${tier}, ${width} px: audience, contents, edit link and the note on the core network are visible`, async () => {
          const page = await site().open(tier, '/skabeloner/informationssikkerhedspolitik/', { width });
          await expect.poll(() => page.locator('.audience').isVisible()).toBe(true);
          expect(await page.locator('.toc').isVisible()).toBe(true);
          const box = await page.locator('.audience').boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
          expect(await page.getByRole('link', { name: 'Foreslå ændring' }).count()).toBe(tier === 'kerne' ? 1 : 0);
          await page.close();
          const front = await site().open(tier, '/', { width });
          expect(await front.locator('.core-more').isVisible()).toBe(tier === 'bred');
          expect(await front.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await front.close();
        });
      }
    }
  });

  it('keeps the header on one line at 1280 px in both tiers', async () => {
    for (const tier of TIERS) {
      const page = await site().open(tier, '/', { width: 1280 });
      const name = await page.locator('.site-name').boundingBox();
      const logout = await page.locator('.logout-form button').boundingBox();
      expect(name && logout && Math.abs(logout.y + logout.height / 2 - (name.y + name.height / 2)) < 8, tier).toBe(
        true,
      );
      await page.close();
    }
  });

  it('offers no feed link, which a feed reader could not follow through the login', async () => {
    for (const tier of TIERS) {
      const page = await site().open(tier, '/');
      expect(await page.locator('a[href$="feed.xml"], link[rel="alternate"]').count()).toBe(0);
      expect(await page.locator('footer a[href^="mailto:"]').getAttribute('href')).toBe('mailto:sikkerhedsnet@kl.dk');
      await page.close();
      // The news page points to the newsletter by e-mail instead, and marks alerts.
      const news = await site().open(tier, '/nyheder/');
      expect(await news.locator('a[href$="feed.xml"]').count()).toBe(0);
      expect(await news.locator('main p').first().textContent()).toContain("KL's månedlige nyhedsbrev");
      expect(await text(news, '.card-meta .badge-warn')).toEqual(tier === 'kerne' ? ['Varsel', 'Varsel'] : ['Varsel']);
      await news.close();
    }
  });

  it('shows the source of an alert on its page', async () => {
    const page = await site().open('bred', '/nyheder/varsel-falsk-opkald/');
    expect((await page.locator('article .card-meta').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Varsel 27. november 2026 · videresendt fra Eksempelstyrelsen for Samfundssikkerhed',
    );
    await page.close();
  });
}
