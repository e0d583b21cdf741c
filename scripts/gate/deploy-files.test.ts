/**
 * The files in deploy/ that cannot run here (systemd is not PID 1 on this machine): the gate's unit keeps its
 * hardening and takes its secrets as credentials, and the settings example names only settings the gate reads.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGateConfig, SECRET_CREDENTIALS } from './config.ts';

const DEPLOY = join(import.meta.dirname, '../../deploy');
const unit = readFileSync(join(DEPLOY, 'systemd/sikkerhedsnet-gate@.service'), 'utf8');

/** Every `Key=value` of the unit, in order (comments and section headers left out). */
const directives = unit
  .split('\n')
  .filter((line) => /^[A-Za-z]+=/.test(line))
  .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
const values = (key: string) => directives.filter(([k]) => k === key).map(([, v]) => v);

describe('deploy/systemd/sikkerhedsnet-gate@.service', () => {
  it('is a unit systemd reads without a complaint (systemd-analyze verify)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-unit-'));
    try {
      copyFileSync(join(DEPLOY, 'systemd/sikkerhedsnet-gate@.service'), join(dir, 'sikkerhedsnet-gate@.service'));
      // Unknown or misspelled directives are warnings on stderr, with exit code 0: both streams must be empty.
      const verified = spawnSync('systemd-analyze', ['verify', join(dir, 'sikkerhedsnet-gate@4401.service')], {
        encoding: 'utf8',
      });
      expect([verified.error, verified.status, verified.stdout, verified.stderr]).toEqual([undefined, 0, '', '']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the current release’s gate as its own user, on loopback, at the port of its instance', () => {
    expect(values('User')).toEqual(['sikkerhedsnet']);
    expect(values('ExecStart')).toEqual(['/usr/bin/node /srv/sikkerhedsnet/current/app/scripts/cli/serve.ts']);
    expect(values('Environment')).toEqual(['NODE_ENV=production PORT=%i HOST=127.0.0.1']);
    expect(values('Restart')).toEqual(['on-failure']);
  });

  it('has the usual hardening: read-only system, private tmp, no new privileges, no capabilities', () => {
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['PrivateDevices', 'yes'],
      ['CapabilityBoundingSet', ''],
      ['RestrictSUIDSGID', 'yes'],
      ['SystemCallArchitectures', 'native'],
      ['UMask', '0077'],
    ]) {
      expect([key, values(key ?? '')]).toEqual([key, [value]]);
    }
    expect(values('StateDirectory')).toEqual(['sikkerhedsnet']);
    expect(values('ReadWritePaths')).toEqual(['/var/lib/sikkerhedsnet']);
  });

  it('takes every secret as a credential, and none from the environment', () => {
    expect(values('LoadCredential')).toEqual(
      Object.values(SECRET_CREDENTIALS).map((name) => `${name}:/etc/sikkerhedsnet/credentials/${name}`),
    );
    const environment = [...values('Environment'), readFileSync(join(DEPLOY, 'gate.env.example'), 'utf8')].join('\n');
    expect(environment).not.toMatch(/SECRET/);
  });
});

describe('deploy/gate.env.example', () => {
  it('is a complete production configuration once the credentials are there', () => {
    const env = Object.fromEntries(
      readFileSync(join(DEPLOY, 'gate.env.example'), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const { errors, config } = loadGateConfig({
      ...env,
      NODE_ENV: 'production',
      SIKKERHEDSNET_CLIENT_SECRET: 'fra-credentials',
      SIKKERHEDSNET_SESSION_SECRET: 'x'.repeat(40),
    });
    expect(errors).toEqual([]);
    expect(config?.distDir).toBe('/srv/sikkerhedsnet/current/dist');
    expect(config?.revocationsDir).toBe('/var/lib/sikkerhedsnet/revocations');
    expect(config?.activityDir).toBe('/var/lib/sikkerhedsnet/activity');
  });
});
