/**
 * `npm run bench:search-latency`: the time from Enter to the first rendered search result, and the bytes one visit
 * to the search page costs, in Debian's Chromium through the real gate, logged in through the development
 * provider's page. Two gates on the same build in the same run: the gate as it is (Pagefind's files cached
 * privately) and the baseline, the same gate sending them `no-store` as before (`searchCache: false`). Each
 * repetition opens a new browser context (cold cache) and visits the search page twice (the second visit: warm);
 * the order of the two gates alternates. The build comes from the browser test's helper (scripts/gate/e2e/
 * real-build.ts): dist/ when it is newer than its sources, otherwise one build of the current sources into a temp
 * directory. Targets on this machine: warm ≤ 150 ms, cold ≤ 500 ms.
 * Flags: --runs N (default 7), --query TEXT (default "beredskabsplan"), --dist DIR (use that build as it is),
 * --rtt MS and --mbit N (Chromium's network emulation: latency added to each request, bandwidth; default none).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { parseAccessList } from '../gate/access-list.ts';
import { devAccountsFromAccessList } from '../gate/dev-idp/accounts.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../gate/e2e/browser.ts';
import { ensureRealBuild } from '../gate/e2e/real-build.ts';
import { startTestStack, type TestStack } from '../gate/testing/stack.ts';
import { formatTable, type GateResults, type Visits } from './search-table.ts';
import {
  byteCounter,
  countAnswers,
  directSearch,
  instrument,
  searchFromHeader,
  searchOnPage,
  type Visit,
} from './search-visit.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    query: { type: 'string', default: 'beredskabsplan' },
    dist: { type: 'string' },
    rtt: { type: 'string', default: '0' },
    mbit: { type: 'string', default: '0' },
  },
});
// Chromium's network emulation (DevTools protocol), per page, also for Pagefind's worker: added latency per request
// and a download/upload limit. 0 = loopback as it is.
const network = { latency: Number(values.rtt), throughput: (Number(values.mbit) * 1e6) / 8 };
const runs = Number(values.runs);
const query = values.query;
// --dist DIR: an existing build as it is (SIKKERHEDSNET_E2E_DIST of the build helper); otherwise the helper reuses
// dist/ when it is newer than its sources and builds the current sources into a temp directory when not.
if (values.dist) process.env.SIKKERHEDSNET_E2E_DIST = resolve(values.dist);

interface Gate extends GateResults {
  stack: TestStack;
  bytes: () => number;
  storage?: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/** Log in once through the development provider's page; later contexts start with the session cookie. */
async function logIn(browser: Browser, gate: Gate, account: string): Promise<void> {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${gate.stack.gateUrl}/`);
  await page.click(`button[value="${account}"]`);
  await page.waitForURL(`${gate.stack.gateUrl}/`);
  gate.storage = await context.storageState();
  await context.close();
}

/** Run `visit` cold and warm in a new context; bytes and answers from `visit`'s call of `start` (or its start). */
async function coldAndWarm(
  browser: Browser,
  gate: Gate,
  into: Visits | undefined,
  visit: (page: Page, start: () => void) => Promise<Visit>,
  after?: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ locale: 'da-DK', storageState: gate.storage });
  await instrument(context);
  const page = await context.newPage();
  if (network.latency > 0 || network.throughput > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const throughput = network.throughput > 0 ? network.throughput : -1;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: throughput,
      uploadThroughput: throughput,
    });
  }
  try {
    for (const kind of ['cold', 'warm'] as const) {
      let bytesBefore = gate.bytes();
      let logFrom = gate.stack.accessLog.length;
      const result = await visit(page, () => {
        bytesBefore = gate.bytes();
        logFrom = gate.stack.accessLog.length;
      });
      // Let trailing requests (and the gate's access-log lines, written on 'finish') land in this visit.
      await new Promise((r) => setTimeout(r, 300));
      const answers = countAnswers(gate.stack.accessLog.slice(logFrom));
      into?.[kind].push({
        ms: result.enterToResultMs,
        readyMs: result.readyMs,
        bytes: gate.bytes() - bytesBefore,
        ...answers,
      });
    }
    await after?.(page);
  } finally {
    await context.close();
  }
}

/** One repetition on one gate (`keep` false: warm-up, nothing recorded). */
async function repetition(browser: Browser, gate: Gate, keep: boolean): Promise<void> {
  const url = gate.stack.gateUrl;
  await coldAndWarm(
    browser,
    gate,
    keep ? gate.onPage : undefined,
    (page) => searchOnPage(page, url, query),
    async (page) => {
      const direct = await directSearch(page, url, query);
      if (keep) gate.direct.push(direct);
    },
  );
  await coldAndWarm(browser, gate, keep ? gate.fromHeader : undefined, (page, start) =>
    searchFromHeader(page, url, query, start),
  );
}

const build = await ensureRealBuild();
const list = parseAccessList(readFileSync(build.accessListFile, 'utf8'));
const account = devAccountsFromAccessList(list).find(
  (a) => a.kind === 'member' && list.members[a.email]?.tier === 'kerne',
);
if (!account) throw new Error('the demo registry has no kerne member');
const pages = (
  JSON.parse(readFileSync(join(build.distDir, 'kerne/pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  }
).languages;
const gates: Gate[] = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  for (const [name, searchCache] of [
    ['no-store (før)', false],
    ['privat cache', true],
  ] as const) {
    const stack = await startTestStack(build.distDir, build.accessListFile, { searchCache });
    const gate: Gate = {
      name,
      stack,
      bytes: byteCounter(stack.gate.server),
      onPage: { cold: [], warm: [] },
      fromHeader: { cold: [], warm: [] },
      direct: [],
    };
    gates.push(gate);
    await logIn(browser, gate, account.id);
  }
  const source = build.distDir.startsWith(build.tempDir) ? 'nybygget i en midlertidig mappe' : build.distDir;
  const count = Object.values(pages).reduce((sum, l) => sum + l.page_count, 0);
  const where =
    network.latency > 0 || network.throughput > 0
      ? `emuleret net: +${network.latency} ms pr. forespørgsel, ${network.throughput > 0 ? `${values.mbit} Mbit/s` : 'ubegrænset båndbredde'}`
      : 'loopback';
  process.stdout.write(
    `Måler søgning efter »${query}« på /soeg/ som ${account.name} (kerne), ${source}, ${count} sider i søgeindekset, ` +
      `${runs} gentagelser + 1 opvarmning, median, ${where} …\n`,
  );
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 === 0 ? gates : [...gates].reverse();
    for (const gate of order) await repetition(browser, gate, run > 0);
  }
} finally {
  await browser.close();
  for (const gate of gates) await gate.stack.close();
  await rm(build.tempDir, { recursive: true, force: true });
}

process.stdout.write(formatTable(gates[0] as Gate, gates[1] as Gate));
