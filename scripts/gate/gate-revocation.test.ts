/**
 * Logout across replicas: two gates as separate `npm run serve` processes sharing the session secret, the build
 * and the revocation directory, with the development provider in the test process. A session cookie copied
 * before `POST /logout` on gate A must stop working on gate B within the watcher's bound, and on a gate started
 * afterwards (issue 10, point 7).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devAccountsFromAccessList } from './dev-idp/accounts.ts';
import { type DevIdp, startDevIdp } from './dev-idp/provider.ts';
import { CORE_MARKER, createFixtureSite, type FixtureSite, fixtureAccessList } from './testing/fixture-site.ts';
import { CookieJar, FETCH_HEADERS, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { becomesHealthy, type ServeProcess, spawnServe } from './testing/serve-process.ts';
import { reservePort, TEST_SESSION_SECRET } from './testing/stack.ts';
import { POLL_INTERVAL_MS } from './watch-file.ts';

const CLIENT = { clientId: 'sikkerhedsnet-test', clientSecret: 'test-client-secret' };
const PAGE = '/skabeloner/beredskabsplan-kerne/';

let site: FixtureSite;
let idp: DevIdp;
let revocations: string;
const gates: ServeProcess[] = [];

/** Start one replica on `port`; all share secret, build, access list and revocation directory. */
async function startReplica(port: number): Promise<string> {
  const serve = spawnServe({
    SIKKERHEDSNET_ISSUER: idp.issuer.href,
    SIKKERHEDSNET_CLIENT_ID: CLIENT.clientId,
    SIKKERHEDSNET_CLIENT_SECRET: CLIENT.clientSecret,
    SIKKERHEDSNET_SESSION_SECRET: TEST_SESSION_SECRET,
    SIKKERHEDSNET_PUBLIC_URL: `http://localhost:${port}`,
    SIKKERHEDSNET_ACCESS_LIST: site.accessListFile,
    SIKKERHEDSNET_DIST: site.distDir,
    SIKKERHEDSNET_REVOCATIONS: revocations,
    PORT: String(port),
  });
  gates.push(serve);
  if (!(await becomesHealthy(port))) throw new Error(`gate on ${port} did not start: ${(await serve.output).stderr}`);
  return `http://localhost:${port}`;
}

let gateA: string;
let gateB: string;

beforeAll(async () => {
  site = await createFixtureSite();
  revocations = join(site.root, 'shared-revocations');
  const [portA, portB] = [await reservePort(), await reservePort()];
  // Logins go through gate A, so the provider knows only A's callback; B is only ever shown the copied cookie.
  const accounts = devAccountsFromAccessList(fixtureAccessList());
  idp = await startDevIdp({ gateUrl: new URL(`http://localhost:${portA}`), ...CLIENT, accounts: () => accounts });
  [gateA, gateB] = await Promise.all([startReplica(portA), startReplica(portB)]);
});
afterAll(async () => {
  for (const gate of gates) gate.child.kill('SIGTERM');
  await Promise.all(gates.map((gate) => gate.output));
  await idp?.close();
  await rm(site.root, { recursive: true, force: true });
});

/** The page as a script's fetch with only `cookie`: 200 with the page, or 401 when the session is not accepted. */
const fetchWith = (gate: string, cookie: string) =>
  request(new CookieJar(), `${gate}${PAGE}`, { headers: { ...FETCH_HEADERS, cookie } });

describe('logout with two gate replicas', () => {
  it('refuses a copied session cookie on gate B within the watcher bound, and on a gate started later', async () => {
    const jar = new CookieJar();
    expect((await loginAs(jar, gateA, 'anne.demo@kk.dk', PAGE)).response.status).toBe(200);
    const copy = `sn_session=${jar.get(gateA, 'sn_session')}`;
    const onB = await fetchWith(gateB, copy);
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain(CORE_MARKER);

    const out = await request(jar, `${gateA}/logout`, { method: 'POST', headers: { origin: gateA } });
    expect(out.status).toBe(303);
    const loggedOut = Date.now();
    expect((await fetchWith(gateA, copy)).status).toBe(401);

    // Bound: the directory watch reacts in milliseconds; the stat poll backs it up every POLL_INTERVAL_MS.
    const deadline = loggedOut + POLL_INTERVAL_MS + 3000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await fetchWith(gateB, copy)).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
    const navigated = await request(new CookieJar(), `${gateB}${PAGE}`, { headers: { cookie: copy } });
    expect(navigated.status).toBe(302);
    expect(navigated.headers.get('location')).toMatch(new RegExp(`^${idp.issuer.origin}/auth\\?`));
    expect(await readdir(revocations)).toEqual([expect.stringMatching(/^\d{10}\.[\w-]{22}$/)]);

    const gateC = await startReplica(await reservePort());
    expect((await fetchWith(gateC, copy)).status).toBe(401);
  });
});
