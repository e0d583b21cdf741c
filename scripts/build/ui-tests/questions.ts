/**
 * Browser tests of the answered questions (issue 15): the list and a question's page in both tiers on a phone and a
 * desktop; the core tier's question is a 404 in the broad tier; authors by registry name or "Et medlem", never a
 * login; a member's hostile Markdown shown as text and never run; search finds a question as type "Spørgsmål".
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '#model/tiers.ts';
import { exportLogins, readFixtureExport } from '../test-support/fixture-discussions.ts';
import type { UiSite } from '../test-support/ui-site.ts';

const texts = async (within: Page | Locator, selector: string) =>
  (await within.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The answered questions each tier lists, newest question first (site/fixtures/discussions). */
const LISTED: Record<Tier, string[]> = {
  kerne: [
    'Skal vi kræve totrinsbekræftelse på fjernadgang?',
    'Hvem ejer nøglen til det orange pengeskab?',
    'Hvor længe gemmer I logfiler fra adgangskontrol?',
    'Hvordan tæller vi lilla flamingoer i serverrummet?',
  ],
  bred: ['Skal vi kræve totrinsbekræftelse på fjernadgang?', 'Hvor længe gemmer I logfiler fra adgangskontrol?'],
};

const FORUM: Record<Tier, string> = {
  kerne: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet/discussions',
  bred: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions',
};

/** Where each tier may ask: the core team reads both repositories (fixture policy.yaml), the broad team its own. */
const ASK: Record<Tier, [string, string][]> = {
  kerne: [
    ['Stil et spørgsmål til kernenetværket', FORUM.kerne],
    ['Stil et spørgsmål til begge grupper', FORUM.bred],
  ],
  bred: [['Stil et spørgsmål på GitHub', FORUM.bred]],
};

/** Every GitHub login in the fixture exports (leak.test.ts pins the list): none may appear on any page. */
const LOGINS = exportLogins([await readFixtureExport('kerne'), await readFixtureExport('bred')]);

export function questionsTests(site: () => UiSite): void {
  describe('answered questions', () => {
    for (const tier of TIERS) {
      for (const width of [375, 1280]) {
        it(`${tier}, ${width} px: the list says how to ask and shows the tier's answered questions`, async () => {
          const page = await site().open(tier, '/spoergsmaal/', { width });
          expect(await texts(page, 'h1')).toEqual(['Spørgsmål og svar']);
          expect(await texts(page, 'main h2')).toEqual([
            'Stil et spørgsmål',
            `Besvarede spørgsmål (${LISTED[tier].length})`,
          ]);
          expect(await texts(page, '.question-list .card-title')).toEqual(LISTED[tier]);
          expect(await page.locator('.question-list .card-title a').first().getAttribute('href')).toBe(
            '/spoergsmaal/4/',
          );
          const ask = await page
            .locator('.ask .button')
            .evaluateAll((links) => links.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
          expect(ask).toEqual(ASK[tier]);
          expect(await page.locator('.ask a[href="/adgang/"]').count()).toBe(1);
          expect(await texts(page, '.question-list .card-meta')).toContain(
            'Spurgt af Carla Prøve, København · 2. november 2026 · 3 svar',
          );
          expect(await page.locator('.question-list .badge-core').count()).toBe(tier === 'kerne' ? 2 : 0);
          expect(await page.locator('nav[aria-label="Hovedmenu"] [aria-current="page"]').textContent()).toBe(
            'Spørgsmål',
          );
          expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
          await page.close();
        });
      }

      it(`${tier}: a shared question's page names only whom the tier may name`, async () => {
        const page = await site().open(tier, '/spoergsmaal/3/', { width: 375 });
        expect(await texts(page, 'h1')).toEqual(['Hvor længe gemmer I logfiler fra adgangskontrol?']);
        expect(await texts(page, '.audience')).toEqual(['Målgruppe: Også for Databeskyttelse og Sikkerhed']);
        expect(await texts(page, 'article.question > header .card-meta')).toEqual([
          'Spurgt af Carla Prøve, København · 2. november 2026',
        ]);
        expect(await texts(page, 'main h2')).toEqual(['Accepteret svar', '2 andre svar']);
        expect(await texts(page, '.answer > .answer-meta .answer-author')).toEqual([
          'Erik Eksempel, KL',
          // Maren Hemmelig is core-only: the broad tier does not name her. ukendt-konto is in no registry.
          tier === 'kerne' ? 'Maren Hemmelig, København' : 'Et medlem',
          'Et medlem',
        ]);
        expect(await texts(page, '.answer-accepted > .answer-meta')).toEqual([
          'Svar fra Erik Eksempel, KL · 3. november 2026 · accepteret 4. november 2026',
        ]);
        expect(await texts(page, '.reply .answer-author')).toEqual(['Carla Prøve, København']);
        // The thread is in the broad repository, which both tiers' teams can read.
        const thread = page.getByRole('link', { name: 'Se tråden på GitHub' });
        expect(await thread.getAttribute('href')).toBe(`${FORUM.bred}/3`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
        await page.close();
      });
    }

    it('the core tier shows its own question; the broad tier answers its address with 404', async () => {
      for (const width of [375, 1280]) {
        const page = await site().open('kerne', '/spoergsmaal/kerne-7/', { width });
        expect(await texts(page, 'h1')).toEqual(['Hvordan tæller vi lilla flamingoer i serverrummet?']);
        expect(await texts(page, '.audience')).toEqual(['Målgruppe: Kun kernenetværket']);
        expect(await texts(page, 'main h2')).toEqual(['Accepteret svar', 'Et andet svar']);
        expect(await texts(page, '.answer-accepted .md-body p')).toEqual([
          'Tæl flamingoerne med en gul regnemaskine fra Vejle og gem tallet i logboksen.',
          'Okkergule næsehorn har allerede godkendt den gule regnemaskine.',
          'Tak, det virker også for de grønne papegøjer i kælderen.',
        ]);
        expect(await texts(page, '.answer-accepted > .md-body li')).toEqual([
          'Åbn logboksen.',
          'Skriv tallet og datoen.',
        ]);
        expect(await page.locator('.answer-accepted .replies').getAttribute('aria-label')).toBe(
          '2 kommentarer til svaret',
        );
        expect(await page.getByRole('link', { name: 'Se tråden på GitHub' }).getAttribute('href')).toBe(
          `${FORUM.kerne}/7`,
        );
        expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
        await page.close();
      }
      const broad = await site().open('bred', '/spoergsmaal/kerne-7/');
      expect(await texts(broad, 'h1')).toEqual(['Siden findes ikke']);
      await broad.close();
    });

    it('shows a member’s raw HTML and unsafe links as text, and runs nothing', async () => {
      const page = await site().browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      await page.goto(`${site().url('bred')}/spoergsmaal/3/`);
      const hostile = page.locator('.answer').nth(2).locator('.md-body');
      expect(await texts(hostile, 'p')).toEqual([
        "<script>alert('x')</script>",
        'Klik her <img src=x onerror=alert(1)>',
        'Billede: Skærmbillede af loggen',
        'Spørg et medlem eller Carla Prøve.',
      ]);
      expect(await hostile.locator('a').getAttribute('href')).toBe(
        'https://github.com/user-attachments/assets/1234.png',
      );
      expect(await page.locator('main script, main img, main [onerror], main a[href^="javascript"]').count()).toBe(0);
      // A member's table scrolls in its own box, reachable by keyboard.
      const table = page.locator('.answer-accepted .table-scroll');
      expect([await table.getAttribute('tabindex'), await table.getAttribute('role')]).toEqual(['0', 'region']);
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it('search finds a question by its text, as type "Spørgsmål", in the tier that has it', async () => {
      const core = await site().open('kerne', '/soeg/?q=flamingoer');
      await core.waitForSelector('#search-results li');
      const question = core.locator('#search-results li', { hasText: 'Hvordan tæller vi lilla flamingoer' });
      expect(await texts(question, '.result-meta')).toEqual(['Spørgsmål · 20. oktober 2026']);
      expect(await question.locator('h2 a').getAttribute('href')).toBe('/spoergsmaal/kerne-7/');
      await core.close();
      const broad = await site().open('bred', '/soeg/?q=flamingoer');
      await broad.waitForSelector('#search-status:has-text("Ingen resultater")');
      await broad.close();
      // The type filter offers the questions by their Danish name and keeps only them.
      const filtered = await site().open('bred', '/soeg/?q=logfiler&f=type:spørgsmål');
      await filtered.waitForSelector('#search-results li');
      expect(await texts(filtered, '#search-results h2')).toEqual(['Hvor længe gemmer I logfiler fra adgangskontrol?']);
      expect(await filtered.getByLabel(/^Spørgsmål \(\d+\)$/).isChecked()).toBe(true);
      await filtered.close();
    });

    it('names nobody by GitHub login on any page of either tier', async () => {
      const found: string[] = [];
      for (const tier of TIERS) {
        const root = join(site().outDir, tier);
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const html = (await readFile(join(root, file), 'utf8')).toLowerCase();
          for (const login of LOGINS) if (html.includes(login)) found.push(`${tier}/${file}: ${login}`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}
