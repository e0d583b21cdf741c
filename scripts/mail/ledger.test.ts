import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger, LedgerBusyError, parseLedger, recipientKey } from './ledger.ts';
import type { Mailing } from './types.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-ledger-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mailing = (id: string, kind: Mailing['kind'], to: string): Mailing => ({
  id,
  kind,
  tier: 'kerne',
  subject: 'Emne',
  html: '<p>x</p>',
  text: 'x',
  period: { from: '2026-10-31', to },
  sections: [],
  digest: 'a'.repeat(64),
});

describe('the send ledger', () => {
  it('keys recipients by a hash of the lower-case address, never the address itself', () => {
    expect(recipientKey('Anne.Demo@KK.dk')).toBe(recipientKey('anne.demo@kk.dk'));
    expect(recipientKey('anne.demo@kk.dk')).toMatch(/^[0-9a-f]{32}$/);
    const ledger = Ledger.open(dir, { lock: false });
    ledger.append('nyhedsbrev-2026-11-30-kerne', { t: 'attempt', r: recipientKey('anne.demo@kk.dk'), at: 'x' });
    return expect(readFile(join(dir, 'nyhedsbrev-2026-11-30-kerne.jsonl'), 'utf8')).resolves.not.toContain('anne');
  });

  it("reads each recipient's last status and counts unreadable lines instead of failing", () => {
    const state = parseLedger(
      [
        JSON.stringify({ t: 'mailing', at: 'x', mailing: mailing('varsel-a-kerne', 'varsel', '2026-11-27') }),
        '{"t":"attempt","r":"r1","at":"x"}',
        '{"t":"sent","r":"r1","at":"x","response":"250"}',
        '{"t":"attempt","r":"r2","at":"x"}',
        '{"t":"attempt","r":"r3","at":"x"}',
        '{"t":"failed","r":"r3","at":"x","error":"550 ukendt"}',
        '{"t":"sent","at":"x"}',
        '{"t":"sent","r":"r4","at":"x","respo',
        '',
      ].join('\n'),
    );
    expect(state.header?.mailing.id).toBe('varsel-a-kerne');
    expect([...state.status]).toEqual([
      ['r1', 'sent'],
      ['r2', 'attempt'],
      ['r3', 'failed'],
    ]);
    expect(state.errors.get('r3')).toBe('550 ukendt');
    expect(state.damaged).toBe(2);
    expect(state.done).toBe(false);
  });

  it('starts on a fresh line after half a line left by a crash, so only that half is lost', async () => {
    const file = join(dir, 'varsel-a-kerne.jsonl');
    await writeFile(file, '{"t":"attempt","r":"r1","at":"x"}\n{"t":"sent","r":"r1","at');
    Ledger.open(dir, { lock: false }).append('varsel-a-kerne', { t: 'sent', r: 'r2', at: 'y', response: '250' });
    const state = parseLedger(await readFile(file, 'utf8'));
    expect([...state.status]).toEqual([
      ['r1', 'attempt'],
      ['r2', 'sent'],
    ]);
    expect(state.damaged).toBe(1);
  });

  it('finds the last newsletter per tier and the mailings started but not finished', () => {
    const ledger = Ledger.open(dir, { lock: false });
    for (const m of [
      mailing('nyhedsbrev-2026-10-01-kerne', 'nyhedsbrev', '2026-10-01'),
      mailing('nyhedsbrev-2026-11-01-kerne', 'nyhedsbrev', '2026-11-01'),
      mailing('varsel-a-kerne', 'varsel', '2026-11-27'),
    ])
      ledger.append(m.id, { t: 'mailing', at: 'x', mailing: m });
    ledger.append('nyhedsbrev-2026-10-01-kerne', { t: 'done', at: 'x' });
    expect(ledger.lastNewsletterEnd('kerne')).toBe('2026-11-01');
    expect(ledger.lastNewsletterEnd('bred')).toBeUndefined();
    expect(ledger.unfinished('nyhedsbrev').map((m) => m.id)).toEqual(['nyhedsbrev-2026-11-01-kerne']);
    expect(ledger.unfinished('varsel').map((m) => m.id)).toEqual(['varsel-a-kerne']);
  });

  it('lets one run at a time send, and takes over a lock whose process is gone', async () => {
    const first = Ledger.open(dir, { lock: true });
    expect(() => Ledger.open(dir, { lock: true })).toThrow(LedgerBusyError);
    expect(() => Ledger.open(dir, { lock: true })).toThrow(
      `Udsendelsesloggen ${dir} bruges af en anden kørsel (proces ${process.pid} på ${hostname()}).`,
    );
    first.close();
    // A crashed run's lock: a process id that does not exist on this machine.
    await writeFile(join(dir, '.laas'), `2147483646 ${hostname()}`);
    const second = Ledger.open(dir, { lock: true });
    expect(await readFile(join(dir, '.laas'), 'utf8')).toBe(`${process.pid} ${hostname()}`);
    second.close();
  });

  it('refuses a mailing id that is not a plain file name', () => {
    const ledger = Ledger.open(dir, { lock: false });
    expect(() => ledger.read('../../etc/passwd')).toThrow('invalid mailing id "../../etc/passwd"');
  });
});
