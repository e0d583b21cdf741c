/**
 * Contact persons on the 403 page, over real HTTP with logins through the development provider: they are named
 * only to a token whose tenant is pinned to the municipality of the e-mail domain. A municipality without pinned
 * tenants is named in development (the demo's "Ikke Medlem" sees whom to ask, as the README shows) and not in
 * production, where nothing proves the visitor belongs to it (issue 10, point 9).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessList } from './access-list.ts';
import { DEV_TENANT_ID } from './dev-idp/accounts.ts';
import { deriveKeys, sealSession } from './session.ts';
import { createFixtureSite, type FixtureSite, fixtureAccessList, TENANT_KK } from './testing/fixture-site.ts';
import { CookieJar, request } from './testing/http-client.ts';
import { loginAs } from './testing/login.ts';
import { startTestStack, TEST_SESSION_SECRET, type TestStack } from './testing/stack.ts';

const AALBORG_CONTACT =
  '<li>Carla Kontakt (<a href="mailto:carla.kontakt@aalborg.dk">carla.kontakt@aalborg.dk</a>)</li>';
const KK_CONTACT = '<li>Anne Demo (<a href="mailto:anne.demo@kk.dk">anne.demo@kk.dk</a>)</li>';
const NEUTRAL =
  '<p>Spørg din kommunes kontaktperson for informationssikkerhed, eller skriv til KL’s sekretariat for informationssikkerhed.</p>';

/** The fixture list plus Aalborg like the demo registry: a contact person, no tenant ids, domain listed first. */
function listWithUnpinnedAalborg(): AccessList {
  const list = fixtureAccessList();
  list.members['carla.kontakt@aalborg.dk'] = {
    name: 'Carla Kontakt',
    tier: 'bred',
    municipality: '851',
    municipalityName: 'Aalborg',
    tenantIds: [],
    contact: true,
    admin: false,
  };
  list.domains = {
    'aalborg.dk': {
      municipality: '851',
      municipalityName: 'Aalborg',
      contacts: [{ name: 'Carla Kontakt', email: 'carla.kontakt@aalborg.dk' }],
    },
    ...list.domains,
  };
  return list;
}

let site: FixtureSite;
let development: TestStack;
let production: TestStack;

beforeAll(async () => {
  site = await createFixtureSite();
  await site.writeAccessList(listWithUnpinnedAalborg());
  development = await startTestStack(site.distDir, site.accessListFile);
  production = await startTestStack(site.distDir, site.accessListFile, { requirePinnedTenant: true });
});
afterAll(async () => {
  await development?.close();
  await production?.close();
  await rm(site.root, { recursive: true, force: true });
});

/** The 403 page for a non-member with this identity (a session sealed with the test secret). */
async function forbiddenFor(stack: TestStack, email: string, tid: string | undefined): Promise<string> {
  const session = await sealSession(
    { sid: 'kontakt-test-session-1', sub: 's', email, tid },
    deriveKeys(TEST_SESSION_SECRET),
  );
  const response = await request(new CookieJar(), `${stack.gateUrl}/`, {
    headers: { cookie: `sn_session=${session}` },
  });
  expect(response.status).toBe(403);
  return response.text();
}

describe('a municipality that pins no tenant', () => {
  it('development: the demo non-member (ikke.medlem@aalborg.dk) is shown Aalborg’s contact persons', async () => {
    const result = await loginAs(new CookieJar(), development.gateUrl, 'ikke-medlem');
    expect(result.response.status).toBe(403);
    const html = await result.response.text();
    expect(html).toContain('Du er logget ind som <strong>ikke.medlem@aalborg.dk</strong>');
    expect(html).toContain('Kontaktpersonen i Aalborg Kommune kan give dig adgang:');
    expect(html).toContain(AALBORG_CONTACT);
  });

  it('production: the same login gets the neutral 403 page without names or addresses', async () => {
    const result = await loginAs(new CookieJar(), production.gateUrl, 'ikke-medlem');
    expect(result.response.status).toBe(403);
    const html = await result.response.text();
    expect(html).toContain('<h1>Du har ikke adgang</h1>');
    expect(html).toContain('Du er logget ind som <strong>ikke.medlem@aalborg.dk</strong>');
    expect(html).toContain(NEUTRAL);
    expect(html).not.toContain('Kontaktperson');
    expect(html).not.toContain('carla.kontakt');
  });
});

describe('a municipality that pins its tenant', () => {
  it.each([
    ['development', () => development],
    ['production', () => production],
  ])('%s: names contacts to its own tenant only, not to a foreign tenant or a token without tid', async (_, stack) => {
    const own = await forbiddenFor(stack(), 'ny.person@kk.dk', TENANT_KK);
    expect(own).toContain('Kontaktpersonen i København Kommune kan give dig adgang:');
    expect(own).toContain(KK_CONTACT);
    for (const tid of [DEV_TENANT_ID, undefined]) {
      const html = await forbiddenFor(stack(), 'ny.person@kk.dk', tid);
      expect(html).toContain(NEUTRAL);
      expect(html).not.toContain('anne.demo@kk.dk');
    }
  });
});
