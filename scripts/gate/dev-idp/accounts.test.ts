import { describe, expect, it } from 'vitest';
import { fixtureAccessList, TENANT_KK } from '../testing/fixture-site.ts';
import { DEV_TENANT_ID, devAccountsFromAccessList, FOREIGN_TENANT_ID } from './accounts.ts';

describe('devAccountsFromAccessList', () => {
  it('lists kerne members first, then bred, then a non-member and a foreign-tenant account', () => {
    const list = fixtureAccessList();
    // A domain without contact persons comes first; the non-member is still put where contacts exist.
    list.domains = {
      'aabenraa.dk': { municipality: '580', municipalityName: 'Aabenraa', contacts: [] },
      ...list.domains,
    };
    expect(
      devAccountsFromAccessList(list).map(({ id, email, tid, kind, description }) => ({
        id,
        email,
        tid,
        kind,
        description,
      })),
    ).toEqual([
      {
        id: 'admin.demo@kl.dk',
        email: 'admin.demo@kl.dk',
        tid: DEV_TENANT_ID,
        kind: 'member',
        description: 'kerne, administrator · KL',
      },
      {
        id: 'anne.demo@kk.dk',
        email: 'anne.demo@kk.dk',
        tid: TENANT_KK,
        kind: 'member',
        description: 'kerne, kontaktperson · København',
      },
      {
        id: 'bo.eksempel@kk.dk',
        email: 'bo.eksempel@kk.dk',
        tid: TENANT_KK,
        kind: 'member',
        description: 'bred · København',
      },
      {
        id: 'ikke-medlem',
        email: 'ikke.medlem@kk.dk',
        tid: TENANT_KK,
        kind: 'non-member',
        description: 'ikke medlem · København',
      },
      {
        id: 'fremmed-tenant',
        email: 'anne.demo@kk.dk',
        tid: FOREIGN_TENANT_ID,
        kind: 'foreign-tenant',
        description: 'medlemmets e-mail, men login fra en anden organisations Entra ID',
      },
    ]);
  });
});
