/**
 * The activity recorder on real files: quarter keys (created once, shared by racing replicas, damaged files
 * refused), page and query events written as exact JSON lines, masking, and writes that fail without a crash.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pseudonym } from '#model/activity.ts';
import { ActivityDirectoryError, openActivity, replicaId, templateSlug } from './activity.ts';
import { ActivityKeyError, openKeyStore } from './activity-keys.ts';
import { openActivityLog } from './activity-log.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'activity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// 2026-11-30 10:00 in Denmark (UTC+1).
const NOW = Date.parse('2026-11-30T09:00:00Z');
const anne = { email: 'Anne.Demo@kk.dk', tier: 'kerne' as const, municipality: '101' };

async function lines(file: string): Promise<unknown[]> {
  return (await readFile(join(dir, file), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('quarter keys', () => {
  it('creates 32 random bytes as hex under noegler/, and reads the same key again', async () => {
    const store = openKeyStore(dir, 'r1');
    const key = await store.keyFor('2026-Q4');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(join(dir, 'noegler', '2026-Q4.key'), 'utf8')).toBe(`${key}\n`);
    expect(await openKeyStore(dir, 'r2').keyFor('2026-Q4')).toBe(key);
    expect(await readdir(join(dir, 'noegler'))).toEqual(['2026-Q4.key']);
  });

  it('ends with one key that every racing replica uses', async () => {
    const stores = Array.from({ length: 8 }, (_, i) => openKeyStore(dir, `replica-${i}`));
    const keys = await Promise.all(stores.map((s) => s.keyFor('2027-Q1')));
    expect(new Set(keys).size).toBe(1);
    expect(await readFile(join(dir, 'noegler', '2027-Q1.key'), 'utf8')).toBe(`${keys[0]}\n`);
    expect(await readdir(join(dir, 'noegler'))).toEqual(['2027-Q1.key']);
  });

  it('refuses a damaged key file with a located message that says how to fix it', async () => {
    await mkdir(join(dir, 'noegler'));
    await writeFile(join(dir, 'noegler', '2026-Q4.key'), 'abc\n');
    const failure = openKeyStore(dir, 'r1').keyFor('2026-Q4');
    await expect(failure).rejects.toBeInstanceOf(ActivityKeyError);
    await expect(failure).rejects.toThrow(
      `${join(dir, 'noegler', '2026-Q4.key')}: nøglefilen er ødelagt (der skal stå 64 hex-tegn); flyt den væk, så laver gaten en ny nøgle til kvartalet (pseudonymerne i kvartalet kan så ikke sammenlignes) / the key file is damaged (expected 64 hex characters); move it away and the gate makes a new key for the quarter`,
    );
  });
});

describe('openActivity', () => {
  it('writes one page event per view to the replica day file, with the slug of a template page', async () => {
    const activity = await openActivity(dir, { required: true, log: () => {}, now: () => NOW, replica: 'gate-a' });
    activity.page(anne, '/');
    activity.page(anne, '/skabeloner/risikovurdering/');
    activity.page({ email: 'admin.demo@kl.dk', tier: 'kerne', municipality: 'KL' }, '/skabeloner/');
    await activity.close();
    const key = (await readFile(join(dir, 'noegler', '2026-Q4.key'), 'utf8')).trim();
    const p = pseudonym(key, 'anne.demo@kk.dk');
    expect(await lines('sider-2026-11-30-gate-a.jsonl')).toEqual([
      { v: 1, d: '2026-11-30', t: 'kerne', m: '101', s: null, p },
      { v: 1, d: '2026-11-30', t: 'kerne', m: '101', s: 'risikovurdering', p },
      { v: 1, d: '2026-11-30', t: 'kerne', m: 'KL', s: null, p: pseudonym(key, 'admin.demo@kl.dk') },
    ]);
    expect(JSON.stringify(await lines('sider-2026-11-30-gate-a.jsonl'))).not.toContain('kk.dk');
    expect(activity.stats()).toEqual({ written: 3, dropped: 0, failedWrites: 0 });
  });

  it('writes masked queries with few results, and nothing for more results or an empty mask', async () => {
    const activity = await openActivity(dir, { required: true, log: () => {}, now: () => NOW, replica: 'gate-a' });
    activity.query(anne, 'cpr 010190-1234 anne.demo@kk.dk', 0);
    activity.query(anne, 'sag 12345678  beredskab', 2);
    activity.query(anne, 'risikovurdering', 3);
    activity.query(anne, '   ', 0);
    await activity.flush();
    expect(await readFile(join(dir, 'soegninger-2026-11-30-gate-a.jsonl'), 'utf8')).toBe(
      '{"v":1,"d":"2026-11-30","t":"kerne","m":"101","q":"cpr [cpr] [e-mail]","n":0}\n' +
        '{"v":1,"d":"2026-11-30","t":"kerne","m":"101","q":"sag [tal] beredskab","n":2}\n',
    );
    await activity.close();
  });

  it('takes the day in Denmark: 23:30 UTC on 31 December is already the next year and quarter', async () => {
    const now = () => Date.parse('2026-12-31T23:30:00Z');
    const activity = await openActivity(dir, { required: true, log: () => {}, now, replica: 'r' });
    activity.page(anne, '/');
    await activity.close();
    expect((await readdir(dir)).sort()).toEqual(['noegler', 'sider-2027-01-01-r.jsonl']);
    expect(await readdir(join(dir, 'noegler'))).toEqual(['2027-Q1.key']);
  });

  it('refuses to start in production on a damaged key, and only warns in development', async () => {
    await mkdir(join(dir, 'noegler'));
    await writeFile(join(dir, 'noegler', '2026-Q4.key'), 'not a key');
    const options = { log: () => {}, now: () => NOW, replica: 'r' };
    await expect(openActivity(dir, { ...options, required: true })).rejects.toBeInstanceOf(ActivityDirectoryError);
    const log: string[] = [];
    const activity = await openActivity(dir, { ...options, required: false, log: (l) => log.push(l) });
    activity.page(anne, '/');
    await activity.close();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^advarsel \/ warning: SIKKERHEDSNET_ACTIVITY: aktivitetsmappen ".*" kan ikke bruges/);
    expect(log[0]).toContain('nøglefilen er ødelagt');
    expect(await readdir(dir)).toEqual(['noegler']);
  });

  it('refuses a directory whose parent is missing in production (only the last level is created)', async () => {
    const missing = join(dir, 'mangler', 'activity');
    await expect(openActivity(missing, { required: true, log: () => {}, now: () => NOW })).rejects.toThrow(
      `SIKKERHEDSNET_ACTIVITY: aktivitetsmappen "${missing}" kan ikke bruges / the activity directory cannot be used: ENOENT`,
    );
  });
});

describe('the activity log writer', () => {
  it('counts failed writes, logs the first one only, and says when writing works again', async () => {
    const log: string[] = [];
    const out = openActivityLog(dir, (l) => log.push(l));
    // A directory where the day file should be: every append fails.
    await mkdir(join(dir, 'sider-2026-11-30-r.jsonl'));
    out.append('sider-2026-11-30-r.jsonl', '{"a":1}');
    out.append('sider-2026-11-30-r.jsonl', '{"a":2}');
    await out.flush();
    out.append('sider-2026-11-30-r.jsonl', '{"a":3}');
    await out.flush();
    expect(out.stats()).toEqual({ written: 0, dropped: 3, failedWrites: 2 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^aktivitet kunne ikke gemmes i ".*" \/ activity could not be written \(EISDIR/);
    out.append('sider-2026-12-01-r.jsonl', '{"a":4}');
    await out.close();
    expect(await readFile(join(dir, 'sider-2026-12-01-r.jsonl'), 'utf8')).toBe('{"a":4}\n');
    expect(log[1]).toBe('aktivitet gemmes igen / activity is written again (3 events lost)');
  });

  it('writes buffered events by itself shortly after they arrive', async () => {
    const out = openActivityLog(dir, () => {});
    out.append('x.jsonl', '{}');
    await expect.poll(() => readFile(join(dir, 'x.jsonl'), 'utf8').catch(() => ''), { timeout: 2000 }).toBe('{}\n');
    await out.close();
  });
});

describe('names', () => {
  it('makes a replica id safe for a file name', () => {
    expect(replicaId('gate 1/ø.example', 42)).toBe('gate_1__.example-42');
  });

  it('finds the template slug of a template page only', () => {
    expect(templateSlug('/skabeloner/risikovurdering/')).toBe('risikovurdering');
    expect(templateSlug('/skabeloner/risikovurdering/index.html')).toBe('risikovurdering');
    expect(templateSlug('/skabeloner/')).toBeNull();
    expect(templateSlug('/skabeloner/risikovurdering/risikovurdering.docx')).toBeNull();
    expect(templateSlug('/nyheder/ny-vejledning/')).toBeNull();
  });
});
