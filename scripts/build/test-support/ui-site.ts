/**
 * One build of the fixture library for both tiers, each served on loopback with the gate's CSP, and one
 * Chromium, shared by every browser test of the site's pages (scripts/build/site-ui.test.ts). Test support only.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Tier } from '#model/tiers.ts';
import { buildSite } from '../build-site.ts';
import { REPO_ROOT } from '../repo-root.ts';
import { serveDir } from './static-server.ts';

export interface OpenOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Viewport height (default 900). */
  height?: number;
  scheme?: 'light' | 'dark';
}

export interface UiSite {
  /** The build's output directory (holds kerne/ and bred/). */
  outDir: string;
  browser: Browser;
  /** Base URL of a tier's server. */
  url(tier: Tier): string;
  /** A new page (own context) at `path` of `tier`, loaded; CSP violations are collected in `cspErrors`. */
  open(tier: Tier, path: string, options?: OpenOptions): Promise<Page>;
  /** axe-core's violations of every impact (WCAG 2.1 A/AA and best practice), as "id (nodes): targets". */
  axe(page: Page): Promise<string[]>;
  /** Content-Security-Policy errors seen on any page so far. */
  cspErrors: string[];
}

/** The day the fixture build judges review deadlines on. */
export const UI_TODAY = '2026-11-28';

/** Register beforeAll/afterAll hooks that build, serve and launch; returns a getter for the ready site. */
export function useUiSite(): () => UiSite {
  let site: UiSite | undefined;
  const closers: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-ui-'));
    closers.push(() => rm(outDir, { recursive: true, force: true }));
    const renderDocx = (await import('../docx/render.ts')).renderTemplateDocx;
    const result = await buildSite({
      contentDir: join(REPO_ROOT, 'site/fixtures/library'),
      registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
      discussionsDir: join(REPO_ROOT, 'site/fixtures/discussions'),
      outDir,
      tiers: ['kerne', 'bred'],
      today: UI_TODAY,
      renderDocx,
    });
    expect(result.problems).toEqual([]);
    const servers = {
      kerne: await serveDir(join(outDir, 'kerne')),
      bred: await serveDir(join(outDir, 'bred')),
    };
    closers.push(servers.kerne.close, servers.bred.close);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    closers.push(() => browser.close());
    const axeSource = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const cspErrors: string[] = [];
    site = {
      outDir,
      browser,
      cspErrors,
      url: (tier) => servers[tier].url,
      async open(tier, path, options = {}) {
        const context = await browser.newContext({
          viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
          colorScheme: options.scheme ?? 'light',
        });
        const page = await context.newPage();
        // The context goes with its page. When the browser itself is closing (afterAll), closing the context
        // rejects with "Target page, context or browser has been closed": nothing is left to close then.
        page.on('close', () => {
          context.close().catch(() => {});
        });
        page.on('console', (msg) => {
          if (/Content.Security.Policy/i.test(msg.text())) cspErrors.push(`${tier}${path}: ${msg.text()}`);
        });
        await page.goto(`${servers[tier].url}${path}`);
        return page;
      },
      async axe(page) {
        // evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
        await page.evaluate(axeSource);
        return page.evaluate(async () => {
          type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
          const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<Result> } }).axe;
          const result = await axe.run({
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
          });
          return result.violations.map(
            (v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
      },
    };
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });
  return () => {
    if (!site) throw new Error('The UI site is not ready: useUiSite() must run at the top of a test file');
    return site;
  };
}
