/**
 * The revocation directory on a real filesystem: entries are kept until their session has expired (plus grace),
 * another store on the same directory (another replica) sees a new entry through the watcher, concurrent pruning
 * and revoking never lose an unexpired id, and an unusable directory stops production but not development.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openRevocationStore,
  PRUNE_GRACE_SECONDS,
  RevocationDirectoryError,
  type RevocationStore,
} from './revocations.ts';
import { newSessionId } from './session.ts';

let root: string;
let dir: string;
const stores: RevocationStore[] = [];
const open = async (options: Partial<Parameters<typeof openRevocationStore>[1]> = {}) => {
  const store = await openRevocationStore(dir, { required: true, ...options });
  stores.push(store);
  return store;
};
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Poll `check` every 10 ms until it holds or `ms` pass; returns its last result. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gate-revocations-'));
  dir = join(root, 'revocations');
});
afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
  await rm(root, { recursive: true, force: true });
});

describe('openRevocationStore', () => {
  it('keeps an entry until its session expiry plus grace, and prunes only what has expired', async () => {
    await open(); // creates the directory
    const [expired, graced, live] = [newSessionId(), newSessionId(), newSessionId()];
    const now = nowSeconds();
    await writeFile(join(dir, `${now - PRUNE_GRACE_SECONDS - 10}.${expired}`), '');
    await writeFile(join(dir, `${now - 10}.${graced}`), '');
    await writeFile(join(dir, `${now + 3600}.${live}`), '');
    await writeFile(join(dir, 'README.txt'), 'not an entry');
    const store = await open({ watch: false });
    expect([store.isRevoked(expired), store.isRevoked(graced), store.isRevoked(live)]).toEqual([false, true, true]);
    expect(await eventually(async () => (await readdir(dir)).length === 3)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(
      [`${now - 10}.${graced}`, `${now + 3600}.${live}`, 'README.txt'].sort(),
    );
  });

  it('revokes at once in the revoking store and, through the watcher, in another store on the same directory', async () => {
    const a = await open();
    const b = await open();
    const sid = newSessionId();
    expect(b.isRevoked(sid)).toBe(false);
    await a.revoke(sid, nowSeconds() + 3600);
    expect(a.isRevoked(sid)).toBe(true);
    expect(await eventually(() => b.isRevoked(sid))).toBe(true);
  });

  it('never loses an unexpired id while four replicas revoke and prune at the same time', async () => {
    await open();
    const now = nowSeconds();
    for (let i = 0; i < 100; i++) await writeFile(join(dir, `${now - 3600}.${newSessionId()}`), '');
    const replicas = await Promise.all([open(), open(), open(), open()]);
    const ids = replicas.map(() => Array.from({ length: 50 }, () => newSessionId()));
    await Promise.all(
      replicas.map(async (store, r) => {
        for (const sid of ids[r] ?? []) await Promise.all([store.revoke(sid, now + 3600), store.reload()]);
      }),
    );
    const fresh = await open({ watch: false });
    expect(ids.flat().filter((sid) => !fresh.isRevoked(sid))).toEqual([]);
    expect(await eventually(async () => (await readdir(dir)).length === 200)).toBe(true);
  });

  it('stops a production start when the directory cannot be created, with a Danish and English message', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, '');
    const target = join(file, 'revocations');
    const error = await openRevocationStore(target, { required: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevocationDirectoryError);
    expect((error as Error).message).toBe(
      `SIKKERHEDSNET_REVOCATIONS: mappen "${target}" kan ikke oprettes eller skrives i, så log ud ville kun gælde på denne instans / the directory cannot be created or written to, so logout would only hold on this instance (ENOTDIR: not a directory, mkdir '${target}')`,
    );
  });

  it('in development only warns and keeps revocations in the process', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, '');
    const lines: string[] = [];
    const store = await openRevocationStore(join(file, 'revocations'), { required: false, log: (l) => lines.push(l) });
    stores.push(store);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^advarsel \/ warning: SIKKERHEDSNET_REVOCATIONS: mappen ".*" kan ikke oprettes/);
    const sid = newSessionId();
    await store.revoke(sid, nowSeconds() + 60);
    await store.reload();
    expect(store.isRevoked(sid)).toBe(true);
  });
});
