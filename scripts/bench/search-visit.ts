/**
 * Measured visits to the search page for `npm run bench:search-latency`: type a query in the search page's box
 * (once the search is ready) or in the header's box on the front page, press Enter, and time the first rendered
 * result in the browser's own clock. Bytes are counted
 * where they leave the gate (every socket's `bytesWritten`, headers included), so the requests of Pagefind's
 * worker count too, which the page's resource timing does not see.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Runs before the page's scripts on every navigation. Enter in the search page's box or the header's search box
 * notes the time in sessionStorage (the header's form navigates to /soeg/?q=…, so the time must survive the page);
 * the first result in the list after it gives the time from Enter, in the shared epoch of `performance.timeOrigin`.
 * It also notes when the filters first appear: Pagefind loaded and its filter index read, the search is ready.
 */
const INSTRUMENT = `(() => {
  const KEY = '__benchEnter';
  const now = () => performance.timeOrigin + performance.now();
  const bench = (globalThis.__bench = {});
  document.addEventListener('keydown', (event) => {
    const id = event.target && event.target.id;
    if (event.key === 'Enter' && (id === 'search-q' || id === 'header-q')) sessionStorage.setItem(KEY, String(now()));
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    const filters = document.querySelector('#search-filters');
    const results = document.querySelector('#search-results');
    if (!filters || !results) return;
    new MutationObserver((_, observer) => {
      if (filters.children.length === 0) return;
      bench.ready = performance.now();
      observer.disconnect();
    }).observe(filters, { childList: true });
    new MutationObserver(() => {
      const enter = Number(sessionStorage.getItem(KEY));
      if (!enter || bench.fromEnter !== undefined || !results.querySelector('li')) return;
      bench.fromEnter = now() - enter;
      sessionStorage.removeItem(KEY);
    }).observe(results, { childList: true });
  });
})();`;

/** Instrument every page of `context`. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(INSTRUMENT);
}

/** Bytes a server has written to all its sockets so far (open and closed ones). */
export function byteCounter(server: Server): () => number {
  const open = new Set<Socket>();
  let closed = 0;
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      closed += socket.bytesWritten;
    });
  });
  return () => closed + [...open].reduce((sum, s) => sum + s.bytesWritten, 0);
}

/** The gate's answers in access-log lines: how many were 304, how many anything else. */
export function countAnswers(lines: readonly string[]): { full: number; notModified: number } {
  const notModified = lines.filter((line) => line.split(' ')[3] === '304').length;
  return { full: lines.length - notModified, notModified };
}

export interface Visit {
  /** From navigation start until the filters are rendered (Pagefind loaded); NaN when not waited for. */
  readyMs: number;
  /** From Enter until the first result is in the list. */
  enterToResultMs: number;
}

type BenchState = { ready?: number; fromEnter?: number };
const bench = (page: Page) => page.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench);
const waitFor = (page: Page, key: keyof BenchState) =>
  page.waitForFunction((k) => (globalThis as unknown as { __bench: BenchState }).__bench[k] !== undefined, key, {
    timeout: 30_000,
  });

/** Open the search page, wait until the search is ready, type `query` and press Enter. */
export async function searchOnPage(page: Page, gateUrl: string, query: string): Promise<Visit> {
  await page.goto(`${gateUrl}/soeg/`);
  await waitFor(page, 'ready');
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await waitFor(page, 'fromEnter');
  const state = await bench(page);
  return { readyMs: state.ready ?? Number.NaN, enterToResultMs: state.fromEnter ?? Number.NaN };
}

/**
 * From the front page, type `query` in the header's search box and press Enter: the browser opens
 * /soeg/?q=…, which loads Pagefind and searches at once. `before` runs once the front page is loaded (to start
 * counting bytes at the search page's request).
 */
export async function searchFromHeader(page: Page, gateUrl: string, query: string, before: () => void): Promise<Visit> {
  await page.goto(`${gateUrl}/`);
  await page.fill('#header-q', query);
  before();
  await page.press('#header-q', 'Enter');
  await page.waitForURL(`${gateUrl}/soeg/?q=*`);
  await waitFor(page, 'fromEnter');
  return { readyMs: Number.NaN, enterToResultMs: (await bench(page)).fromEnter ?? Number.NaN };
}

/**
 * Pagefind's own time for the same query on a ready search page, called directly (search, then the data of the
 * first 20 results, as search.ts renders them): the search page's time without its debounce and rendering.
 */
export async function directSearch(page: Page, gateUrl: string, query: string): Promise<number> {
  await page.goto(`${gateUrl}/soeg/`);
  await waitFor(page, 'ready');
  return page.evaluate(async (q) => {
    type Api = { search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> };
    const api = (await import(`${location.origin}/pagefind/pagefind.js`)) as Api;
    const start = performance.now();
    const found = await api.search(q);
    await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    return performance.now() - start;
  }, query);
}
