import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { authorize, municipalityForEmail, parseAccessList } from './access-list.ts';
import { openAccessListStore } from './access-list-store.ts';
import { createFixtureSite, type FixtureSite, fixtureAccessList, TENANT_KK } from './testing/fixture-site.ts';

const list = fixtureAccessList();

describe('authorize', () => {
  it('gives the tier from the access list when e-mail (any case) and tenant match', () => {
    expect(authorize(list, { email: 'Anne.Demo@KK.dk', tid: TENANT_KK })).toMatchObject({
      allowed: true,
      tier: 'kerne',
    });
    expect(authorize(list, { email: 'bo.eksempel@kk.dk', tid: TENANT_KK })).toMatchObject({
      allowed: true,
      tier: 'bred',
    });
  });

  it('refuses a member e-mail from another tenant, or without tid, when the municipality pins tenants', () => {
    expect(authorize(list, { email: 'anne.demo@kk.dk', tid: 'ffffffff-0000-4000-8000-000000000000' })).toEqual({
      allowed: false,
      reason: 'wrong-tenant',
    });
    expect(authorize(list, { email: 'anne.demo@kk.dk' })).toEqual({ allowed: false, reason: 'wrong-tenant' });
  });

  it('accepts any tenant when none is pinned', () => {
    expect(authorize(list, { email: 'admin.demo@kl.dk', tid: 'any' })).toMatchObject({ allowed: true, tier: 'kerne' });
  });

  it('refuses a member of a municipality without a pinned tenant when pins are required (production)', () => {
    expect(authorize(list, { email: 'admin.demo@kl.dk', tid: 'any' }, { requirePinnedTenant: true })).toEqual({
      allowed: false,
      reason: 'tenant-not-pinned',
    });
    expect(authorize(list, { email: 'anne.demo@kk.dk', tid: TENANT_KK }, { requirePinnedTenant: true })).toMatchObject({
      allowed: true,
      tier: 'kerne',
    });
  });

  it('refuses non-members, an empty e-mail and prototype keys', () => {
    expect(authorize(list, { email: 'ikke.medlem@kk.dk', tid: TENANT_KK })).toEqual({
      allowed: false,
      reason: 'not-member',
    });
    expect(authorize(list, { email: '' })).toEqual({ allowed: false, reason: 'no-email' });
    expect(authorize(list, { email: '__proto__' })).toEqual({ allowed: false, reason: 'not-member' });
  });
});

describe('municipalityForEmail', () => {
  it('names the municipality for its own tenant, and nothing for a foreign tenant or unknown domain', () => {
    expect(municipalityForEmail(list, { email: 'ny.person@kk.dk', tid: TENANT_KK })?.contacts).toEqual([
      { name: 'Anne Demo', email: 'anne.demo@kk.dk' },
    ]);
    expect(municipalityForEmail(list, { email: 'ny.person@kk.dk', tid: 'foreign' })).toBeUndefined();
    expect(municipalityForEmail(list, { email: 'ny.person@eksempel.dk', tid: TENANT_KK })).toBeUndefined();
  });

  it('names a municipality without pinned tenants to any tenant, unless pins are required (production)', () => {
    const kl = {
      municipality: 'KL',
      municipalityName: 'KL',
      contacts: [{ name: 'Admin Demo', email: 'admin.demo@kl.dk' }],
    };
    const withKl = { ...list, domains: { ...list.domains, 'kl.dk': kl } };
    expect(municipalityForEmail(withKl, { email: 'ny@kl.dk', tid: 'any' })).toEqual(kl);
    expect(
      municipalityForEmail(withKl, { email: 'ny@kl.dk', tid: 'any' }, { requirePinnedTenant: true }),
    ).toBeUndefined();
    expect(
      municipalityForEmail(withKl, { email: 'ny@kk.dk', tid: TENANT_KK }, { requirePinnedTenant: true })?.municipality,
    ).toBe('101');
  });
});

describe('parseAccessList', () => {
  it('lower-cases e-mail keys', () => {
    const text = JSON.stringify({ ...list, members: { 'Anne.Demo@KK.dk': list.members['anne.demo@kk.dk'] } });
    expect(Object.keys(parseAccessList(text).members)).toEqual(['anne.demo@kk.dk']);
  });

  it('says where the shape is wrong', () => {
    expect(() =>
      parseAccessList('{"version":1,"generated":"x","members":{"a@b.dk":{"tier":"guld"}},"domains":{}}'),
    ).toThrow(
      'adgangslisten har forkert form ved "members.a@b.dk.name" / access list has a wrong shape at "members.a@b.dk.name"',
    );
    expect(() => parseAccessList('{')).toThrow(/^adgangslisten er ikke gyldig JSON/);
  });
});

describe('openAccessListStore', () => {
  let site: FixtureSite | undefined;
  afterEach(async () => {
    if (site) await rm(site.root, { recursive: true, force: true });
  });

  it('swaps in a rewritten file and keeps the last good list when the new one is broken', async () => {
    site = await createFixtureSite();
    const logged: string[] = [];
    let notify: ((ok: boolean) => void) | undefined;
    const next = () => new Promise<boolean>((done) => (notify = done));
    const store = await openAccessListStore(site.accessListFile, {
      log: (l) => logged.push(l),
      onReload: (ok) => notify?.(ok),
    });
    try {
      expect(Object.keys(store.current().members)).toHaveLength(3);
      const { 'bo.eksempel@kk.dk': _removed, ...rest } = list.members;
      let reloaded = next();
      await site.writeAccessList({ ...list, members: rest });
      expect(await reloaded).toBe(true);
      expect(Object.keys(store.current().members)).toEqual(['anne.demo@kk.dk', 'admin.demo@kl.dk']);
      reloaded = next();
      await site.writeAccessList('{"version": 1, "members": ');
      expect(await reloaded).toBe(false);
      expect(Object.keys(store.current().members)).toEqual(['anne.demo@kk.dk', 'admin.demo@kl.dk']);
      expect(logged.at(-1)).toMatch(
        /^adgangsliste afvist, den forrige bruges stadig \/ access list rejected, keeping the last good one: adgangslisten er ikke gyldig JSON/,
      );
    } finally {
      store.close();
    }
  });
});
