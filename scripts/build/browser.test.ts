import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';
import { REPO_ROOT } from './repo-root.ts';
import { serveDir } from './test-support/static-server.ts';

// The search UI, keyboard use, CSP compliance and accessibility, checked in a real browser against the
// built broad tier served with the gate's CSP.
const renderDocx = (await import('./docx/render.ts')).renderTemplateDocx;
let out: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
const cspErrors: string[] = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-browser-'));
  const result = await buildSite({
    contentDir: join(REPO_ROOT, 'site/fixtures/library'),
    registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
    outDir: out,
    tiers: ['bred'],
    today: '2026-11-28',
    renderDocx,
  });
  expect(result.problems).toEqual([]);
  server = await serveDir(join(out, 'bred'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(out, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) cspErrors.push(`${path}: ${msg.text()}`);
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
  await page.evaluate(await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('search page and accessibility in a browser', () => {
  it('finds a template with a highlighted excerpt and filters with counts', async () => {
    const page = await open('/soeg/?q=risiko');
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li h2 a').allTextContents()).toContain(
      'Risikovurdering af et it-system',
    );
    expect(await page.locator('#search-results li mark').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-status')).toMatch(/^\d+ resultat(er)? for »risiko«\.$/);
    // Groups with a single value (one category, one owner) narrow nothing and are left out.
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toEqual(['Type', 'Emne']);
    expect(await page.locator('label', { hasText: /^Skabelon \(\d+\)$/ }).count()).toBe(1);
    expect(await page.locator('label', { hasText: /^ISO 27001 \(\d+\)$/ }).count()).toBe(1);
    // Values without results are left out of the filter lists.
    expect(await page.locator('#search-filters label', { hasText: /\(0\)$/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: skip link, typing, and ticking a filter', async () => {
    const page = await open('/soeg/');
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

  it('has no accessibility violations on the front page and a template page, and no CSP errors', async () => {
    for (const path of ['/', '/skabeloner/informationssikkerhedspolitik/', '/skabeloner/risikovurdering/']) {
      const page = await open(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
    expect(cspErrors).toEqual([]);
  });
});
