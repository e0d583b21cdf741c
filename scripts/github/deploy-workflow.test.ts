/**
 * deploy.yml: its structure (when it runs, who holds the secrets, pinned host keys), and its two shell steps run for
 * real against two fake hosts: `ssh` and `scp` stubs that act on folders standing in for each host's /srv, so the
 * release is received and switched to by deploy/receive-release.sh exactly as on a host.
 */

import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveEnv, runStep, step } from './testing/workflow-steps.ts';
import { expr, readWorkflow } from './testing/workflow-yaml.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);
const w = readWorkflow('deploy.yml');
const ID = '20261130-101500-1a2b3c4';

describe('deploy.yml', () => {
  it('runs after the site and the registry sync succeed on main, or by hand, one at a time', () => {
    expect(w.on).toEqual({
      workflow_run: { workflows: ['Site', 'Registry sync'], types: ['completed'], branches: ['main'] },
      workflow_dispatch: null,
    });
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.concurrency).toEqual({ group: 'deploy', 'cancel-in-progress': false });
    // A push that changes registry/ runs both: it is deployed once, after Site; the daily sync deploys on its own.
    expect(w.jobs.release?.if).toBe(
      "github.event_name == 'workflow_dispatch' || (github.event.workflow_run.conclusion == 'success' && " +
        "(github.event.workflow_run.name == 'Site' || github.event.workflow_run.event == 'schedule'))",
    );
  });

  it('builds the release without secrets, and ships it only from the approved environment, running no npm there', () => {
    const release = JSON.stringify(w.jobs.release);
    expect(release).not.toMatch(/secrets\./);
    expect(w.jobs.release?.steps[0]?.with?.['persist-credentials']).toBe(false);
    expect(w.jobs.release?.steps[0]?.with?.ref).toBe(expr('github.event.workflow_run.head_sha || github.sha'));
    const deploy = w.jobs.deploy;
    expect(deploy?.environment).toBe('production');
    expect(deploy?.needs).toBe('release');
    expect(deploy?.steps.some((s) => /\bnpm\b|\bnode\b/.test(s.run ?? '') || s.uses?.includes('setup-node'))).toBe(
      false,
    );
    // Host keys come pinned from a variable; nothing learns them on first use.
    const text = JSON.stringify(w);
    expect(text).not.toMatch(/ssh-keyscan|StrictHostKeyChecking no|accept-new/);
    expect(step('deploy.yml', 'known_hosts').env).toEqual({
      DEPLOY_KEY: expr('secrets.SIKKERHEDSNET_DEPLOY_KEY'),
      KNOWN_HOSTS: expr('vars.SIKKERHEDSNET_DEPLOY_KNOWN_HOSTS'),
    });
  });
});

describe("deploy.yml's shell steps against two fake hosts", () => {
  let temp: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-deploy-'));
    const bin = join(temp, 'bin');
    await mkdir(bin);
    // ssh HOST CMD...: run CMD here, with /srv/sikkerhedsnet meaning that host's folder; stdin passes through.
    await writeFile(
      join(bin, 'ssh'),
      `#!/usr/bin/env bash
host=$1; shift
printf '%s %s\\n' "$host" "$*" >> "$SSH_LOG"
args=(); for a in "$@"; do args+=("\${a//\\/srv\\/sikkerhedsnet/$FAKE_HOSTS/$host/srv/sikkerhedsnet}"); done
"\${args[@]}"
`,
    );
    // scp [-q] SRC HOST:DEST: copy into that host's folder.
    await writeFile(
      join(bin, 'scp'),
      `#!/usr/bin/env bash
[ "$1" = -q ] && shift
printf 'scp %s %s\\n' "$1" "$2" >> "$SSH_LOG"
dest="$FAKE_HOSTS/\${2%%:*}\${2#*:}"
mkdir -p "$(dirname "$dest")"
cp "$1" "$dest"
`,
    );
    await chmod(join(bin, 'ssh'), 0o755);
    await chmod(join(bin, 'scp'), 0o755);

    // A release as npm run release writes it (content trimmed to what the host's scripts check).
    const release = join(temp, 'udgivelse');
    await mkdir(join(release, 'dist'), { recursive: true });
    await mkdir(join(release, 'app'));
    const version = JSON.stringify({ id: ID, commit: '1a2b3c4d', builtAt: '2026-11-30T10:15:00.000Z' }, null, 2);
    await writeFile(join(release, 'version.json'), `${version}\n`);
    for (const file of ['kerne.manifest.json', 'bred.manifest.json', 'access-list.json']) {
      await writeFile(join(release, 'dist', file), '{}');
    }
    await writeFile(join(release, 'app/package.json'), '{}');
    await cp(join(ROOT, 'deploy'), join(release, 'deploy'), { recursive: true });
    await mkdir(join(temp, 'runner/release'), { recursive: true });
    await run('tar', ['-czf', join(temp, 'runner/release/udgivelse.tgz'), '-C', release, '.']);

    env = {
      RUNNER_TEMP: join(temp, 'runner'),
      HOME: join(temp, 'home'),
      PATH: `${bin}:${process.env.PATH}`,
      SSH_LOG: join(temp, 'ssh.log'),
      FAKE_HOSTS: join(temp, 'hosts'),
    };
    await mkdir(env.HOME as string);
  });

  afterEach(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('writes the key and the pinned host keys for ssh alone', async () => {
    const keys = step('deploy.yml', 'known_hosts');
    const values = {
      'secrets.SIKKERHEDSNET_DEPLOY_KEY':
        '-----BEGIN OPENSSH PRIVATE KEY-----\nfalsk\n-----END OPENSSH PRIVATE KEY-----',
      'vars.SIKKERHEDSNET_DEPLOY_KNOWN_HOSTS': 'vaert1.kl.dk ssh-ed25519 AAAAC3Nza…',
    };
    expect(await runStep(keys.run, { ...env, ...resolveEnv(keys.env ?? {}, values) })).toMatchObject({ code: 0 });
    const ssh = join(env.HOME as string, '.ssh');
    expect(await readFile(join(ssh, 'known_hosts'), 'utf8')).toBe('vaert1.kl.dk ssh-ed25519 AAAAC3Nza…\n');
    expect((await stat(join(ssh, 'deploy_key'))).mode & 0o777).toBe(0o600);
    expect((await stat(ssh)).mode & 0o777).toBe(0o700);
    expect(await readFile(join(ssh, 'config'), 'utf8')).toBe(
      'Host *\n  IdentityFile ~/.ssh/deploy_key\n  IdentitiesOnly yes\n  StrictHostKeyChecking yes\n' +
        '  UserKnownHostsFile ~/.ssh/known_hosts\n  BatchMode yes\n',
    );
  });

  it('ships the release to every host and switches each to it', async () => {
    const ship = step('deploy.yml', 'receive-release.sh');
    const values = { 'vars.SIKKERHEDSNET_DEPLOY_HOSTS': 'vaert1 vaert2', 'vars.SIKKERHEDSNET_GATE_PORTS': '' };
    const result = await runStep(ship.run, { ...env, ...resolveEnv(ship.env ?? {}, values) });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`Modtaget: ${ID}.\nAktiv udgivelse: ${ID} (før: ingen).`);
    for (const host of ['vaert1', 'vaert2']) {
      const root = join(env.FAKE_HOSTS as string, host, 'srv/sikkerhedsnet');
      expect(await readlink(join(root, 'current'))).toBe(`releases/${ID}`);
      expect((await readdir(root)).sort()).toEqual(['current', 'releases']);
    }
    const log = (await readFile(env.SSH_LOG as string, 'utf8')).trim().split('\n');
    expect(log).toEqual(
      ['vaert1', 'vaert2'].flatMap((host) => [
        `scp ${env.RUNNER_TEMP}/release/udgivelse.tgz ${host}:/srv/sikkerhedsnet/incoming.tgz`,
        `${host} bash -s -- /srv/sikkerhedsnet /srv/sikkerhedsnet/incoming.tgz`,
        `${host} rm -f /srv/sikkerhedsnet/incoming.tgz`,
      ]),
    );
  });
});
