/**
 * `npm run serve` as a real process: production refuses weak settings and an unusable revocation directory with
 * exit 1 and a Danish+English message; development starts on the configured port, answers /healthz and stops
 * cleanly on SIGTERM.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from './testing/fixture-site.ts';
import { exitWithin, spawnServe as run } from './testing/serve-process.ts';
import { reservePort as freePort } from './testing/stack.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await createFixtureSite();
});
afterAll(async () => {
  await rm(site.root, { recursive: true, force: true });
});

describe('npm run serve', () => {
  it('stops a production start with weak settings: exit 1 and every problem listed', async () => {
    const { output } = run({
      NODE_ENV: 'production',
      SIKKERHEDSNET_ISSUER: 'http://idp.example',
      SIKKERHEDSNET_CLIENT_ID: 'gate',
      SIKKERHEDSNET_CLIENT_SECRET: 'secret',
      SIKKERHEDSNET_SESSION_SECRET: 'too-short',
      SIKKERHEDSNET_PUBLIC_URL: 'http://sikkerhedsnet.kl.dk',
      SIKKERHEDSNET_ACCESS_LIST: site.accessListFile,
    });
    const { code, stderr, stdout } = await output;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'Gaten kan ikke starte / The gate cannot start:',
        '  - SIKKERHEDSNET_SESSION_SECRET skal være mindst 32 tegn / must be at least 32 characters',
        '  - SIKKERHEDSNET_PUBLIC_URL skal bruge https / must use https: "http://sikkerhedsnet.kl.dk/"',
        '  - SIKKERHEDSNET_ISSUER skal bruge https / must use https: "http://idp.example/"',
        '',
      ].join('\n'),
    );
  });

  it('stops a production start when the revocation directory cannot be created or written to', async () => {
    const revocations = join(site.accessListFile, 'revocations');
    const serve = run({
      NODE_ENV: 'production',
      SIKKERHEDSNET_ISSUER: 'https://login.microsoftonline.com/organizations/v2.0',
      SIKKERHEDSNET_CLIENT_ID: 'gate',
      SIKKERHEDSNET_CLIENT_SECRET: 'secret',
      SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(40),
      SIKKERHEDSNET_PUBLIC_URL: 'https://sikkerhedsnet.kl.dk',
      SIKKERHEDSNET_ACCESS_LIST: site.accessListFile,
      SIKKERHEDSNET_DIST: site.distDir,
      SIKKERHEDSNET_REVOCATIONS: revocations,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
    });
    const { code, stderr, stdout } = await exitWithin(serve, 10_000);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'Gaten kan ikke starte / The gate cannot start:',
        `  - SIKKERHEDSNET_REVOCATIONS: mappen "${revocations}" kan ikke oprettes eller skrives i, så log ud ville kun gælde på denne instans / the directory cannot be created or written to, so logout would only hold on this instance (ENOTDIR: not a directory, mkdir '${revocations}')`,
        '',
      ].join('\n'),
    );
  });

  it('stops with exit 1 when the access list is missing', async () => {
    const { output } = run({
      SIKKERHEDSNET_ISSUER: 'http://127.0.0.1:9',
      SIKKERHEDSNET_CLIENT_ID: 'gate',
      SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(40),
      SIKKERHEDSNET_ACCESS_LIST: join(site.root, 'findes-ikke.json'),
      SIKKERHEDSNET_DIST: site.distDir,
      PORT: String(await freePort()),
    });
    const { code, stderr } = await output;
    expect(code).toBe(1);
    expect(stderr).toContain('Gaten kan ikke starte: adgangslisten eller byggets manifester kunne ikke læses');
  });

  it('starts in development, answers /healthz and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const { child, output } = run({
      SIKKERHEDSNET_ISSUER: 'http://127.0.0.1:9',
      SIKKERHEDSNET_CLIENT_ID: 'gate',
      SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(40),
      SIKKERHEDSNET_ACCESS_LIST: site.accessListFile,
      SIKKERHEDSNET_DIST: site.distDir,
      PORT: String(port),
    });
    let response: Response | undefined;
    for (let i = 0; i < 100 && !response; i++) {
      response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (!response) await new Promise((r) => setTimeout(r, 50));
    }
    expect(response?.status).toBe(200);
    expect(await response?.text()).toBe('ok\n');
    child.kill('SIGTERM');
    const { code, stdout } = await output;
    expect(code).toBe(0);
    expect(stdout).toContain(`Sikkerhedsnet-gaten kører på http://localhost:${port} (login via http://127.0.0.1:9/)`);
    expect(stdout).toMatch(/GET \/healthz 200 \d+\.\dms -/);
  });
});
