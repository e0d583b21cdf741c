/**
 * Private caching of Pagefind's files in a real Chromium (issue point 9), over the fixture build: a hashed file is
 * taken from the browser's cache without a request, `pagefind-entry.json` is revalidated (304), a member whose
 * tier changes gets the new tier's entry file at once, and after another login the browser asks again before it
 * reuses a stored file (`Vary: Cookie`). Requests that reach the gate are read from its access log.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORE_MARKER,
  createFixtureSite,
  FIXTURE_FILES,
  type FixtureSite,
  fixtureAccessList,
  fixtureAccessListWithTier,
} from '../testing/fixture-site.ts';
import { startTestStack, type TestStack } from '../testing/stack.ts';
import { type LaunchedBrowser, launchChromium } from './browser.ts';

let site: FixtureSite;
let stack: TestStack;
let chromium: LaunchedBrowser;
let page: Page;

/** Fetch `path` from the page as Pagefind's worker does (default cache mode); body and the gate's log lines. */
async function fetchInPage(path: string): Promise<{ body: string; gate: string[] }> {
  const from = stack.accessLog.length;
  const body = await page.evaluate(async (p) => (await fetch(p)).text(), path);
  // The gate logs on 'finish', which may come just after the browser has the response.
  await new Promise((r) => setTimeout(r, 100));
  const gate = stack.accessLog
    .slice(from)
    .filter((line) => line.includes(` ${path} `))
    .map((line) =>
      line
        .split(' ')
        .slice(1, 4)
        .join(' ')
        .replace(/ \d+\.\dms$/, ''),
    );
  return { body, gate };
}

async function logIn(account: string): Promise<void> {
  await page.goto(`${stack.gateUrl}/`);
  await page.click(`button[value="${account}"]`);
  await page.waitForURL(`${stack.gateUrl}/`);
}

beforeAll(async () => {
  site = await createFixtureSite();
  stack = await startTestStack(site.distDir, site.accessListFile);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await logIn('anne.demo@kk.dk');
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await stack?.close();
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe("Chromium's cache in front of the gate", () => {
  it('takes a hashed fragment from its cache without a request, after one 200', async () => {
    const path = '/pagefind/fragment/da_c3d4e5f.pf_fragment';
    expect(await fetchInPage(path)).toEqual({ body: CORE_MARKER, gate: [`GET ${path} 200`] });
    expect(await fetchInPage(path)).toEqual({ body: CORE_MARKER, gate: [] });
  });

  it('revalidates pagefind-entry.json on every use and gets 304 while it is unchanged', async () => {
    const path = '/pagefind/pagefind-entry.json';
    const body = FIXTURE_FILES.kerne['pagefind/pagefind-entry.json'];
    expect(await fetchInPage(path)).toEqual({ body, gate: [`GET ${path} 200`] });
    expect(await fetchInPage(path)).toEqual({ body, gate: [`GET ${path} 304`] });
  });

  it("gives a member moved from kerne to bred bred's entry file and filter at once, not kerne's stored copies", async () => {
    const filter = '/pagefind/filter/da_0f0f0f0.pf_filter';
    expect((await fetchInPage(filter)).body).toBe('core-filter');
    const reloaded = stack.nextReload();
    await site.writeAccessList(fixtureAccessListWithTier('anne.demo@kk.dk', 'bred'));
    expect(await reloaded).toBe(true);
    try {
      const entry = '/pagefind/pagefind-entry.json';
      expect(await fetchInPage(entry)).toEqual({
        body: FIXTURE_FILES.bred['pagefind/pagefind-entry.json'],
        gate: [`GET ${entry} 200`],
      });
      expect(await fetchInPage(filter)).toEqual({ body: 'broad-filter', gate: [`GET ${filter} 200`] });
    } finally {
      const restored = stack.nextReload();
      await site.writeAccessList(fixtureAccessList());
      expect(await restored).toBe(true);
    }
  });

  it('asks the gate again before reusing a stored hashed file after another login (Vary: Cookie)', async () => {
    const path = '/pagefind/index/da_a1b2c3d.pf_index';
    expect((await fetchInPage(path)).gate).toEqual([`GET ${path} 200`]);
    expect((await fetchInPage(path)).gate).toEqual([]);
    await chromium.context.clearCookies();
    await logIn('anne.demo@kk.dk');
    expect(await fetchInPage(path)).toEqual({ body: 'core-index', gate: [`GET ${path} 304`] });
    expect((await fetchInPage(path)).gate).toEqual([]);
  });
});
