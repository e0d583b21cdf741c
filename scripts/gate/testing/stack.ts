/**
 * Starts the development provider and a gate on loopback for tests: provider on 127.0.0.1, gate reached as
 * `localhost`, so their cookies live in separate jars as in production (different sites). {@link startTestGate}
 * alone serves tests that bring their own issuer.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseAccessList } from '../access-list.ts';
import { devAccountsFromAccessList } from '../dev-idp/accounts.ts';
import { type DevIdp, startDevIdp } from '../dev-idp/provider.ts';
import { createGate, type Gate } from '../server.ts';

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';

export interface TestGate {
  gate: Gate;
  gateUrl: string;
  accessLog: string[];
  events: string[];
  /** Resolves after the next access-list reload attempt (true = swapped in). */
  nextReload(): Promise<boolean>;
}

export interface TestStack extends TestGate {
  idp: DevIdp;
  close(): Promise<void>;
}

export interface TestGateOptions {
  distDir: string;
  accessListFile: string;
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** From {@link reservePort}: the provider must know the gate's URL before the gate starts. */
  port: number;
  requirePinnedTenant?: boolean;
  /** False: Pagefind's files `no-store` as before private caching (the search-latency baseline). */
  searchCache?: boolean;
}

/** A free loopback port (listen on 0, note the port, close). */
export function reservePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Start a gate at http://localhost:<port> over the given build and access list, logging into arrays. */
export async function startTestGate(options: TestGateOptions): Promise<TestGate> {
  const accessLog: string[] = [];
  const events: string[] = [];
  const waiters: Array<(ok: boolean) => void> = [];
  const gateUrl = `http://localhost:${options.port}`;
  const gate = await createGate({
    config: {
      issuer: options.issuer,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      sessionSecret: TEST_SESSION_SECRET,
      publicUrl: new URL(gateUrl),
      accessListFile: options.accessListFile,
      distDir: options.distDir,
      secureCookies: false,
      allowInsecureIssuer: true,
      requirePinnedTenant: options.requirePinnedTenant === true,
    },
    accessLog: (line) => accessLog.push(line),
    log: (line) => events.push(line),
    searchCache: options.searchCache !== false,
    onAccessListReload: (ok) => {
      for (const w of waiters.splice(0)) w(ok);
    },
  });
  await gate.listen(options.port, '127.0.0.1');
  return { gate, gateUrl, accessLog, events, nextReload: () => new Promise((done) => waiters.push(done)) };
}

/** Start provider + gate over the fixture dist and access list. */
export async function startTestStack(
  distDir: string,
  accessListFile: string,
  options: { requirePinnedTenant?: boolean; searchCache?: boolean } = {},
): Promise<TestStack> {
  const port = await reservePort();
  const accounts = () => devAccountsFromAccessList(parseAccessList(readFileSync(accessListFile, 'utf8')));
  const client = { clientId: 'sikkerhedsnet-test', clientSecret: 'test-client-secret' };
  const idp = await startDevIdp({ gateUrl: new URL(`http://localhost:${port}`), ...client, accounts });
  const gate = await startTestGate({ distDir, accessListFile, issuer: idp.issuer, port, ...client, ...options });
  return {
    ...gate,
    idp,
    close: async () => {
      await gate.gate.close();
      await idp.close();
    },
  };
}

/**
 * Access-log lines from index `from` on that match `pattern`, waiting up to 2 s until there are `count` of them.
 * The gate writes a line on the response's 'finish', which can come after the client already has its response.
 */
export async function waitForLogLines(log: string[], pattern: RegExp, count: number, from = 0): Promise<string[]> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const lines = log.slice(from).filter((line) => pattern.test(line));
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
