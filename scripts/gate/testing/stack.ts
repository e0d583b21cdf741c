/**
 * Starts the development provider and a gate on loopback for tests: provider on 127.0.0.1, gate reached as
 * `localhost`, so their cookies live in separate jars as in production (different sites).
 */
import { readFileSync } from 'node:fs';
import { parseAccessList } from '../access-list.ts';
import { devAccountsFromAccessList } from '../dev-idp/accounts.ts';
import { type DevIdp, startDevIdp } from '../dev-idp/provider.ts';
import { createGate, type Gate } from '../server.ts';

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';

export interface TestStack {
  gate: Gate;
  idp: DevIdp;
  gateUrl: string;
  accessLog: string[];
  events: string[];
  /** Resolves after the next access-list reload attempt (true = swapped in). */
  nextReload(): Promise<boolean>;
  close(): Promise<void>;
}

/** Start provider + gate over the fixture dist and access list; `gatePort` 0 picks a free port. */
export async function startTestStack(
  distDir: string,
  accessListFile: string,
  options: { requirePinnedTenant?: boolean } = {},
): Promise<TestStack> {
  // The gate's public URL must be known before the provider registers its redirect URI: reserve a port first.
  const accessLog: string[] = [];
  const events: string[] = [];
  const waiters: Array<(ok: boolean) => void> = [];
  const reservation = await import('node:net').then(
    ({ createServer }) =>
      new Promise<number>((done) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const { port } = s.address() as { port: number };
          s.close(() => done(port));
        });
      }),
  );
  const gateUrl = `http://localhost:${reservation}`;
  const accounts = () => devAccountsFromAccessList(parseAccessList(readFileSync(accessListFile, 'utf8')));
  const idp = await startDevIdp({
    gateUrl: new URL(gateUrl),
    clientId: 'sikkerhedsnet-test',
    clientSecret: 'test-client-secret',
    accounts,
  });
  const gate = await createGate({
    config: {
      issuer: idp.issuer,
      clientId: 'sikkerhedsnet-test',
      clientSecret: 'test-client-secret',
      sessionSecret: TEST_SESSION_SECRET,
      publicUrl: new URL(gateUrl),
      accessListFile,
      distDir,
      secureCookies: false,
      allowInsecureIssuer: true,
      requirePinnedTenant: options.requirePinnedTenant === true,
    },
    accessLog: (line) => accessLog.push(line),
    log: (line) => events.push(line),
    onAccessListReload: (ok) => {
      for (const w of waiters.splice(0)) w(ok);
    },
  });
  await gate.listen(reservation, '127.0.0.1');
  return {
    gate,
    idp,
    gateUrl,
    accessLog,
    events,
    nextReload: () => new Promise((done) => waiters.push(done)),
    close: async () => {
      await gate.close();
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
