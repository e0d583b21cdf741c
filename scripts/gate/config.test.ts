import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, loadGateConfig, loadLocalConfig } from './config.ts';
import { deriveKeys, openSession, sealSession } from './session.ts';

const GOOD_PRODUCTION = {
  NODE_ENV: 'production',
  SIKKERHEDSNET_ISSUER: 'https://login.microsoftonline.com/organizations/v2.0',
  SIKKERHEDSNET_CLIENT_ID: '00000000-aaaa-4bbb-8ccc-000000000001',
  SIKKERHEDSNET_CLIENT_SECRET: 'client-secret',
  SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(32),
  SIKKERHEDSNET_PUBLIC_URL: 'https://sikkerhedsnet.kl.dk',
  SIKKERHEDSNET_ACCESS_LIST: '/srv/sikkerhedsnet/access-list.json',
  SIKKERHEDSNET_DIST: '/srv/sikkerhedsnet/dist',
  PORT: '8080',
};

describe('loadGateConfig in production', () => {
  it('accepts complete, strong settings', () => {
    const { config, errors, warnings } = loadGateConfig(GOOD_PRODUCTION, '/repo');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({
      clientId: '00000000-aaaa-4bbb-8ccc-000000000001',
      accessListFile: '/srv/sikkerhedsnet/access-list.json',
      revocationsDir: '/srv/sikkerhedsnet/revocations',
      distDir: '/srv/sikkerhedsnet/dist',
      port: 8080,
      host: undefined,
      production: true,
      secureCookies: true,
      allowInsecureIssuer: false,
      requirePinnedTenant: true,
    });
    expect(config?.publicUrl.href).toBe('https://sikkerhedsnet.kl.dk/');
  });

  it('takes the shared revocation directory from SIKKERHEDSNET_REVOCATIONS, relative to the working directory', () => {
    const { config } = loadGateConfig({ ...GOOD_PRODUCTION, SIKKERHEDSNET_REVOCATIONS: 'delt/tilbagekaldt' }, '/repo');
    expect(config?.revocationsDir).toBe('/repo/delt/tilbagekaldt');
  });

  it('puts activity beside the access list, or in SIKKERHEDSNET_ACTIVITY relative to the working directory', () => {
    expect(loadGateConfig(GOOD_PRODUCTION, '/repo').config?.activityDir).toBe('/srv/sikkerhedsnet/activity');
    const { config } = loadGateConfig({ ...GOOD_PRODUCTION, SIKKERHEDSNET_ACTIVITY: 'delt/aktivitet' }, '/repo');
    expect(config?.activityDir).toBe('/repo/delt/aktivitet');
  });

  it('lets an operator accept unpinned tenants during a transition, with a warning', () => {
    const { config, warnings } = loadGateConfig(
      { ...GOOD_PRODUCTION, SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS: '1' },
      '/repo',
    );
    expect(config?.requirePinnedTenant).toBe(false);
    expect(warnings).toEqual([
      'SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS=1: medlemmer fra kommuner uden tenant_ids godkendes alene på e-mail / members of municipalities without tenant_ids are accepted on their e-mail claim alone',
    ]);
  });

  it('lists every missing setting in Danish and English', () => {
    expect(loadGateConfig({ NODE_ENV: 'production' }, '/repo')).toEqual({
      warnings: [],
      errors: [
        'SIKKERHEDSNET_ISSUER mangler / SIKKERHEDSNET_ISSUER is missing',
        'SIKKERHEDSNET_CLIENT_ID mangler / SIKKERHEDSNET_CLIENT_ID is missing',
        'SIKKERHEDSNET_CLIENT_SECRET mangler / SIKKERHEDSNET_CLIENT_SECRET is missing',
        'SIKKERHEDSNET_SESSION_SECRET mangler / SIKKERHEDSNET_SESSION_SECRET is missing',
        'SIKKERHEDSNET_PUBLIC_URL mangler / SIKKERHEDSNET_PUBLIC_URL is missing',
        'SIKKERHEDSNET_ACCESS_LIST mangler / SIKKERHEDSNET_ACCESS_LIST is missing',
      ],
    });
  });

  it('refuses a short session secret, an http public URL and an http issuer (even on localhost)', () => {
    const { config, errors } = loadGateConfig(
      {
        ...GOOD_PRODUCTION,
        SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(31),
        SIKKERHEDSNET_PUBLIC_URL: 'http://localhost:8080',
        SIKKERHEDSNET_ISSUER: 'http://127.0.0.1:9000',
      },
      '/repo',
    );
    expect(config).toBeUndefined();
    expect(errors).toEqual([
      'SIKKERHEDSNET_SESSION_SECRET skal være mindst 32 tegn / must be at least 32 characters',
      'SIKKERHEDSNET_PUBLIC_URL skal bruge https / must use https: "http://localhost:8080/"',
      'SIKKERHEDSNET_ISSUER skal bruge https / must use https: "http://127.0.0.1:9000/"',
    ]);
  });

  it('refuses a malformed URL', () => {
    expect(loadGateConfig({ ...GOOD_PRODUCTION, SIKKERHEDSNET_ISSUER: 'login' }, '/repo').errors).toEqual([
      'SIKKERHEDSNET_ISSUER er ikke en gyldig URL: "login" / SIKKERHEDSNET_ISSUER is not a valid URL',
    ]);
  });
});

describe('loadGateConfig in development', () => {
  it('allows a loopback http issuer, defaults the public URL, paths and loopback host, and warns on a weak secret', () => {
    const { config, errors, warnings } = loadGateConfig(
      {
        SIKKERHEDSNET_ISSUER: 'http://127.0.0.1:9000',
        SIKKERHEDSNET_CLIENT_ID: 'dev',
        SIKKERHEDSNET_SESSION_SECRET: 'short',
        PORT: '4400',
      },
      '/repo',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'SIKKERHEDSNET_SESSION_SECRET skal være mindst 32 tegn / must be at least 32 characters',
    ]);
    expect(config).toMatchObject({
      accessListFile: '/repo/dist/access-list.json',
      revocationsDir: '/repo/dist/revocations',
      distDir: '/repo/dist',
      host: '127.0.0.1',
      secureCookies: false,
      allowInsecureIssuer: true,
      production: false,
      requirePinnedTenant: false,
    });
    expect(config?.publicUrl.href).toBe('http://localhost:4400/');
  });

  it('generates a random session secret when none is set, with a warning', () => {
    const { config, warnings } = loadGateConfig(
      { SIKKERHEDSNET_ISSUER: 'http://localhost:9000', SIKKERHEDSNET_CLIENT_ID: 'dev' },
      '/repo',
    );
    expect(config?.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(warnings).toEqual([
      'SIKKERHEDSNET_SESSION_SECRET mangler; en tilfældig bruges, så sessioner overlever ikke en genstart / missing; using a random one, sessions do not survive a restart',
    ]);
  });

  it('refuses an http issuer or public URL that is not loopback', () => {
    const { errors } = loadGateConfig(
      {
        SIKKERHEDSNET_ISSUER: 'http://idp.example',
        SIKKERHEDSNET_CLIENT_ID: 'dev',
        SIKKERHEDSNET_PUBLIC_URL: 'http://gate.example',
      },
      '/repo',
    );
    expect(errors).toEqual([
      'SIKKERHEDSNET_PUBLIC_URL skal bruge https / must use https: "http://gate.example/"',
      'SIKKERHEDSNET_ISSUER skal bruge https / must use https: "http://idp.example/"',
    ]);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['app.localhost', true],
    ['localhost.evil.example', false],
    ['10.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('loadLocalConfig (npm start)', () => {
  it('takes PORT and the session secret, or port 4321 and a random secret', () => {
    expect(loadLocalConfig({ PORT: '8080', SIKKERHEDSNET_SESSION_SECRET: 's'.repeat(32) })).toEqual({
      errors: [],
      config: { port: 8080, sessionSecret: 's'.repeat(32) },
    });
    const { config } = loadLocalConfig({});
    expect(config?.port).toBe(4321);
    expect(config?.sessionSecret).toMatch(/^[\w-]{43}$/);
  });

  it('refuses production and a port that is not one', () => {
    expect(loadLocalConfig({ NODE_ENV: 'production', PORT: '0' }).errors).toEqual([
      'npm start er til lokal udvikling; brug "npm run serve" i drift. / npm start is for local development; use "npm run serve" in production.',
      'PORT skal være et portnummer, ikke "0"',
    ]);
  });
});

describe('secrets from systemd credentials and a rotated session secret', () => {
  const withoutSecrets = Object.fromEntries(
    Object.entries(GOOD_PRODUCTION).filter(([k]) => !/SECRET/.test(k)),
  ) as NodeJS.ProcessEnv;

  it('reads the secrets from $CREDENTIALS_DIRECTORY when their variables are not set, without the final line break', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-credentials-'));
    try {
      writeFileSync(join(dir, 'client-secret'), 'hemmelig-klient\n');
      writeFileSync(join(dir, 'session-secret'), `${'s'.repeat(40)}\n`);
      writeFileSync(join(dir, 'session-secret-previous'), 'p'.repeat(40));
      const { config, errors } = loadGateConfig({ ...withoutSecrets, CREDENTIALS_DIRECTORY: dir }, '/repo');
      expect(errors).toEqual([]);
      expect([config?.clientSecret, config?.sessionSecret, config?.previousSessionSecret]).toEqual([
        'hemmelig-klient',
        's'.repeat(40),
        'p'.repeat(40),
      ]);
      // A variable that is set wins over the file.
      const set = loadGateConfig({ ...GOOD_PRODUCTION, CREDENTIALS_DIRECTORY: dir }, '/repo');
      expect(set.config?.sessionSecret).toBe('x'.repeat(32));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still refuses production without a session secret when the credential is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-credentials-'));
    try {
      const { config, errors } = loadGateConfig({ ...withoutSecrets, CREDENTIALS_DIRECTORY: dir }, '/repo');
      expect(config).toBeUndefined();
      expect(errors).toEqual([
        'SIKKERHEDSNET_CLIENT_SECRET mangler / SIKKERHEDSNET_CLIENT_SECRET is missing',
        'SIKKERHEDSNET_SESSION_SECRET mangler / SIKKERHEDSNET_SESSION_SECRET is missing',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a weak previous secret and warns about one equal to the current', () => {
    const weak = loadGateConfig({ ...GOOD_PRODUCTION, SIKKERHEDSNET_SESSION_SECRET_PREVIOUS: 'kort' }, '/repo');
    expect(weak.errors).toEqual([
      'SIKKERHEDSNET_SESSION_SECRET_PREVIOUS skal være mindst 32 tegn / must be at least 32 characters',
    ]);
    const same = loadGateConfig({ ...GOOD_PRODUCTION, SIKKERHEDSNET_SESSION_SECRET_PREVIOUS: 'x'.repeat(32) }, '/repo');
    expect(same.warnings).toEqual([
      'SIKKERHEDSNET_SESSION_SECRET_PREVIOUS er den samme som SIKKERHEDSNET_SESSION_SECRET / is the same as the current secret',
    ]);
  });

  it('opens a session sealed with the previous secret, seals with the new one, and drops the old one when removed', async () => {
    const oldSecret = 'o'.repeat(40);
    const newSecret = 'n'.repeat(40);
    const identity = { sid: 'a'.repeat(22), sub: 'sub-1', email: 'anne.demo@kk.dk', tid: undefined, name: 'Anne Demo' };
    const before = await sealSession(identity, deriveKeys(oldSecret));
    const rotating = deriveKeys(newSecret, oldSecret);
    expect((await openSession(before, rotating))?.email).toBe('anne.demo@kk.dk');
    const after = await sealSession(identity, rotating);
    expect((await openSession(after, deriveKeys(newSecret)))?.email).toBe('anne.demo@kk.dk');
    expect(await openSession(after, deriveKeys(oldSecret))).toBeUndefined();
    // After one session lifetime the previous secret is removed: its cookies are no longer opened.
    expect(await openSession(before, deriveKeys(newSecret))).toBeUndefined();
  });
});
