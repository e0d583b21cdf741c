/**
 * Launch Debian's Chromium through playwright-core (Playwright cannot download browsers here), headless, with a
 * fresh profile and no background network traffic, and run axe-core inside a page.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium without background traffic (updates, sync, QUIC), so tests and benchmarks see only the page's. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a throw-away user data directory (Playwright passes it as --user-data-dir). */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'gate-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'da-DK',
    args: ['--headless', ...CHROMIUM_ARGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Run axe-core on the current page; returns the serious and critical violations. axe is evaluated through the
 * DevTools protocol rather than `addScriptTag`: the gate's CSP (rightly) blocks injected inline scripts, and
 * bypassing CSP for the whole page would hide real CSP violations of the site.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await readFile(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
