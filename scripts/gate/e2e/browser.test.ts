/**
 * Browser end-to-end over the real build: log in through the development provider's page, search in Danish,
 * open a template, download its Word file, and scan three pages with axe-core. Runs under the gate's real CSP,
 * so a blocked script or style shows up as a console error here.
 */
import { readFile, rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAccessList } from '../access-list.ts';
import { devAccountsFromAccessList } from '../dev-idp/accounts.ts';
import { startTestStack, type TestStack } from '../testing/stack.ts';
import { type LaunchedBrowser, launchChromium, seriousViolations } from './browser.ts';
import { ensureRealBuild, type RealBuild } from './real-build.ts';

let build: RealBuild;
let stack: TestStack;
let chromium: LaunchedBrowser;
let page: Page;
const consoleErrors: string[] = [];
const failedResponses: string[] = [];

beforeAll(async () => {
  build = await ensureRealBuild();
  stack = await startTestStack(build.distDir, build.accessListFile);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  // Failed loads are tracked per response (with their URL); the console only says "Failed to load resource".
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      failedResponses.push(`${response.status()} ${response.url()}`);
  });
}, 300_000);

afterAll(async () => {
  await chromium?.close();
  await stack?.close();
  if (build) await rm(build.tempDir, { recursive: true, force: true });
});

describe('a kerne member in the browser', () => {
  it('logs in by picking a demo account on the provider page and lands on the front page', async () => {
    const list = parseAccessList(await readFile(build.accessListFile, 'utf8'));
    const account = devAccountsFromAccessList(list).find(
      (a) => a.kind === 'member' && list.members[a.email]?.tier === 'kerne',
    );
    expect(account).toBeDefined();
    await page.goto(`${stack.gateUrl}/`);
    await expect.poll(() => page.title()).toBe('Vælg en demokonto – lokal login-tjeneste');
    await page.click(`button[value="${account?.id}"]`);
    await page.waitForURL(`${stack.gateUrl}/`);
    expect(await page.locator('a.site-name').textContent()).toBe('Sikkerhedsnet');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('searches in Danish, opens a template and downloads its Word file', async () => {
    await page.goto(`${stack.gateUrl}/soeg/`);
    await page.fill('#search-q', 'beredskabsplan');
    await page.press('#search-q', 'Enter');
    const first = page.locator('#search-results li h2 a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // Exactly the template: a question such as "Hvordan tester I jeres it-beredskabsplan?" also contains the words.
    const link = page.locator('#search-results li h2').getByRole('link', { name: 'It-beredskabsplan', exact: true });
    await link.click();
    await page.waitForURL(`${stack.gateUrl}/skabeloner/it-beredskabsplan/`);
    expect(await page.locator('h1').first().textContent()).toBe('It-beredskabsplan');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$=".docx"]')]);
    expect(download.suggestedFilename()).toBe('it-beredskabsplan.docx');
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('ran without console errors (no CSP violations) and without failed loads', () => {
    expect(consoleErrors).toEqual([]);
    expect(failedResponses).toEqual([]);
  });
});

// After the console check above: this test provokes 401s on purpose.
describe('a search after the session has expired', () => {
  it('says in Danish that the session expired instead of failing silently, without a login cookie', async () => {
    await page.goto(`${stack.gateUrl}/soeg/`);
    await page.fill('#search-q', 'beredskabsplan');
    await page.press('#search-q', 'Enter');
    await page.locator('#search-results li h2 a').first().waitFor({ timeout: 15_000 });
    await chromium.context.clearCookies();
    await page.fill('#search-q', 'risikovurdering');
    await page.press('#search-q', 'Enter');
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toBe('Din session er udløbet – genindlæs siden.');
    expect(await chromium.context.cookies(stack.gateUrl)).toEqual([]);
  });
});
