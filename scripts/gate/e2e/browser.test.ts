/**
 * Browser end-to-end over the real build: log in through the development provider's page, search in Danish,
 * open a template, download its Word file, and scan three pages with axe-core. Runs under the gate's real CSP,
 * so a blocked script or style shows up as a console error here. The visits write activity events (page views
 * with the member's pseudonym, a masked search without results) into the activity directory beside the access list.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonym, quarterOf } from '#model/activity.ts';
import { todayInDenmark } from '#model/dates.ts';
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
let member: { email: string; municipality: string } | undefined;

/** Every line of the gate's activity files of `kind` (`sider` or `soegninger`), after a flush. */
async function activityLines(kind: string): Promise<Array<Record<string, unknown>>> {
  await stack.gate.activity.flush();
  const dir = join(dirname(build.accessListFile), 'activity');
  const names = (await readdir(dir)).filter((name) => name.startsWith(`${kind}-`));
  const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
  return texts.flatMap((text) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  );
}

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
    member = { email: account?.email ?? '', municipality: list.members[account?.email ?? '']?.municipality ?? '' };
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

  it('recorded the page views with tier, municipality, template slug and the quarter pseudonym', async () => {
    const day = todayInDenmark();
    const dir = join(dirname(build.accessListFile), 'activity');
    const key = (await readFile(join(dir, 'noegler', `${quarterOf(day)}.key`), 'utf8')).trim();
    const base = { v: 1, d: day, t: 'kerne', m: member?.municipality, p: pseudonym(key, member?.email ?? '') };
    const pages = await activityLines('sider');
    // One event per HTML page the access log shows served (the search page may load twice when Enter comes before
    // its script), none for assets, Pagefind's files, the favicon or the Word file.
    const views = stack.accessLog
      .map((line) => / GET (\/(?:[^ ]*\/)?) 200 /.exec(line)?.[1])
      .filter((path): path is string => path !== undefined);
    expect(views).toContain('/skabeloner/it-beredskabsplan/');
    expect(pages).toEqual(views.map((path) => ({ ...base, s: /^\/skabeloner\/([^/]+)\/$/.exec(path)?.[1] ?? null })));
    expect(pages.filter((event) => event.s === 'it-beredskabsplan')).toHaveLength(1);
  });

  it('tells the gate about a search without results, masked before it is written', async () => {
    await page.goto(`${stack.gateUrl}/soeg/`);
    await page.fill('#search-q', 'zyxkvarg 010190-1234');
    await page.press('#search-q', 'Enter');
    // Pagefind may match a number in the query: any result count up to 2 is reported, and the event carries it.
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^(Ingen resultater|[12] resultat)/);
    const n = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
    await expect
      .poll(() => activityLines('soegninger'), { timeout: 5_000 })
      .toEqual([{ v: 1, d: todayInDenmark(), t: 'kerne', m: member?.municipality, q: 'zyxkvarg [cpr]', n }]);
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
