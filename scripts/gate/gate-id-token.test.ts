/**
 * The gate's checks of the ID token itself, over real HTTP against a small test issuer on loopback whose token
 * endpoint signs with a chosen key and `iat`: the signature must verify against the issuer's JWKS, and a token
 * issued further in the future than the clock tolerance is refused (issue 10, point 8).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_SECONDS } from './oidc.ts';
import { CORE_MARKER, createFixtureSite, type FixtureSite, TENANT_KK } from './testing/fixture-site.ts';
import { CookieJar, follow } from './testing/http-client.ts';
import { reservePort, startTestGate, type TestGate } from './testing/stack.ts';
import { startTestIssuer, type TestIssuer } from './testing/test-issuer.ts';

let site: FixtureSite;
let issuer: TestIssuer;
let gate: TestGate;

beforeAll(async () => {
  site = await createFixtureSite();
  const client = { clientId: 'gate-under-test', clientSecret: 'issuer-test-secret' };
  issuer = await startTestIssuer({
    ...client,
    claims: { email: 'anne.demo@kk.dk', tid: TENANT_KK, name: 'Anne Demo' },
  });
  const port = await reservePort();
  gate = await startTestGate({
    ...client,
    distDir: site.distDir,
    accessListFile: site.accessListFile,
    issuer: issuer.issuer,
    port,
  });
});
afterAll(async () => {
  await gate?.gate.close();
  await issuer?.close();
  await rm(site.root, { recursive: true, force: true });
});
beforeEach(() => {
  Object.assign(issuer.shape, { key: 'published', kid: 'published-key', iatOffset: 0 });
});

/** Navigate to a core page; the issuer grants at once, so this ends on the page or on the gate's error page. */
async function login() {
  const events = gate.events.length;
  const result = await follow(new CookieJar(), `${gate.gateUrl}/skabeloner/beredskabsplan-kerne/`);
  return { ...result, body: await result.response.text(), events: gate.events.slice(events) };
}

describe('ID token signature', () => {
  it('admits a token signed with the key in the issuer JWKS (positive control)', async () => {
    const { response, body, hops } = await login();
    expect(response.status).toBe(200);
    expect(body).toContain(CORE_MARKER);
    expect(hops.find((h) => h.url.includes('/auth/callback'))?.status).toBe(303);
  });

  it.each([
    [
      'under the published kid',
      'published-key',
      'OAUTH_INVALID_RESPONSE: invalid response encountered: JWT signature verification failed',
    ],
    [
      'under an unknown kid',
      'other-key',
      'OAUTH_KEY_SELECTION_FAILED: error when selecting a JWT verification key, no applicable keys found',
    ],
  ])('refuses a token signed with a key that is not in the JWKS, %s', async (_, kid, why) => {
    Object.assign(issuer.shape, { key: 'unpublished', kid });
    const { response, body, events } = await login();
    expect(response.status).toBe(400);
    expect(body).toContain('<h1>Login mislykkedes</h1>');
    expect(body).not.toContain(CORE_MARKER);
    expect(response.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^sn_login_[\w-]{16}=; Path=\/;.* Max-Age=0;/),
    ]);
    expect(events).toEqual([`login afvist / login refused: code exchange failed (${why})`]);
  });
});

describe('ID token issue time', () => {
  it(`tolerates ${CLOCK_TOLERANCE_SECONDS} s of clock skew: an iat 10 s in the future is admitted`, async () => {
    issuer.shape.iatOffset = 10;
    const { response, body } = await login();
    expect(response.status).toBe(200);
    expect(body).toContain(CORE_MARKER);
  });

  it('refuses an iat 5 minutes in the future', async () => {
    issuer.shape.iatOffset = 5 * 60;
    const { response, body, events } = await login();
    expect(response.status).toBe(400);
    expect(body).toContain('<h1>Login mislykkedes</h1>');
    expect(events).toEqual([
      'login afvist / login refused: code exchange failed (GATE_IAT_IN_FUTURE: ID token issued in the future)',
    ]);
  });
});
