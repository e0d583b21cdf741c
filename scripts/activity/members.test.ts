/** Re-identification for the active counts and the contact persons' list: pseudonyms per quarter key. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PageEvent, pseudonym } from '#model/activity.ts';
import { type KnownMember, lastSeen, readQuarterKeys } from './members.ts';

const KEY_Q3 = '63'.repeat(32);
const KEY_Q4 = '64'.repeat(32);
const member = (email: string): KnownMember => ({
  code: '101',
  name: email,
  email,
  contact: false,
  added: '2025-01-01',
});
const page = (d: string, key: string, email: string): PageEvent => ({
  v: 1,
  d,
  t: 'kerne',
  m: '101',
  s: null,
  p: pseudonym(key, email),
});

describe('re-identification', () => {
  it('maps each event with its quarter’s key; unknown pseudonyms and quarters without a key are only counted', () => {
    const keys = new Map([['2026-Q4', KEY_Q4]]);
    const members = [member('anne.demo@kk.dk'), member('bo.eksempel@kk.dk')];
    const result = lastSeen(
      [
        page('2026-10-01', KEY_Q4, 'anne.demo@kk.dk'),
        page('2026-11-02', KEY_Q4, 'Anne.Demo@KK.dk '),
        // Q3's event under Q4's key: a pseudonym of no member in Q3, and Q3 has no key here.
        page('2026-09-30', KEY_Q3, 'bo.eksempel@kk.dk'),
        page('2026-10-03', KEY_Q3, 'bo.eksempel@kk.dk'),
      ],
      members,
      keys,
    );
    expect([...result.seen]).toEqual([['anne.demo@kk.dk', '2026-11-02']]);
    expect([result.unknown, result.withoutKey]).toEqual([1, 1]);
  });

  it('reads the quarter keys and names the bad ones; no key directory is no keys', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-keys-'));
    try {
      expect(await readQuarterKeys(dir)).toEqual({ keys: new Map(), bad: [] });
      await mkdir(path.join(dir, 'noegler'));
      await writeFile(path.join(dir, 'noegler', '2026-Q4.key'), `${KEY_Q4.toUpperCase()}\n`);
      await writeFile(path.join(dir, 'noegler', '2026-Q3.key'), 'halv');
      await writeFile(path.join(dir, 'noegler', '2026-Q3.key.tmp-1'), KEY_Q3);
      expect(await readQuarterKeys(dir)).toEqual({
        keys: new Map([['2026-Q4', KEY_Q4]]),
        bad: [path.join('noegler', '2026-Q3.key')],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
