/**
 * The send ledger: what has been sent to whom, durable across crashes and repeated runs. One JSON Lines file per
 * mailing (`<dir>/<mailing id>.jsonl`), appended to and fsync'ed line by line:
 *
 *   {"t":"mailing", at, mailing}   first line, written before anything is sent: the whole mailing, so that a
 *                                 later run finishes exactly what was started, whatever the library says by then
 *   {"t":"attempt", r, at}      before a message is handed to the SMTP server
 *   {"t":"sent", r, at, response}   after the server accepted it
 *   {"t":"failed", r, at, error}    after the server refused it or the connection failed
 *   {"t":"done", at}            the mailing reached every recipient: it is closed
 *
 * `r` is a recipient key (sha256 of the lower-case address), not the address: the ledger outlives memberships and
 * is kept beside the registry, so it holds no one's address. A recipient whose last line is `attempt` was being
 * sent to when the process stopped: the server may or may not have the message. Such a recipient is "uncertain"
 * and is not sent to again unless asked (`--retry-uncertain`): never twice beats never late.
 *
 * A lock file (`.laas`) keeps two runs from sending the same mailing at once on one machine; the workflows add a
 * concurrency group for the runners.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Tier } from '#model/tiers.ts';
import type { Mailing, MailingKind } from './types.ts';

export type LedgerEvent =
  | { t: 'mailing'; at: string; mailing: Mailing }
  | { t: 'attempt'; r: string; at: string }
  | { t: 'sent'; r: string; at: string; response: string }
  | { t: 'failed'; r: string; at: string; error: string }
  | { t: 'done'; at: string };

export type MailingHeader = Extract<LedgerEvent, { t: 'mailing' }>;
export type RecipientStatus = 'attempt' | 'sent' | 'failed';

/** What the ledger knows about one mailing. */
export interface MailingState {
  header: MailingHeader | undefined;
  /** Recipient key → last status. */
  status: Map<string, RecipientStatus>;
  /** Recipient key → the last failure's text. */
  errors: Map<string, string>;
  done: boolean;
  /** Lines that could not be read (a line cut off by a crash): skipped, counted. */
  damaged: number;
}

/** Another run holds the ledger's lock. */
export class LedgerBusyError extends Error {
  override readonly name = 'LedgerBusyError';
}

/** The ledger key of an address. */
export function recipientKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const LOCK = '.laas';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Ledger {
  readonly dir: string;
  private locked = false;
  /** Mailings whose file this process has checked ends with a whole line. */
  private readonly whole = new Set<string>();

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Open (and create) the ledger in `dir`; with `lock`, take its lock or throw LedgerBusyError. */
  static open(dir: string, options: { lock: boolean }): Ledger {
    mkdirSync(dir, { recursive: true });
    const ledger = new Ledger(dir);
    if (options.lock) ledger.lock();
    return ledger;
  }

  private lock(): void {
    const file = join(this.dir, LOCK);
    const me = `${process.pid} ${hostname()}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, me);
        closeSync(fd);
        this.locked = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const [pid, host] = readFileSync(file, 'utf8').split(' ');
        // A lock left by a process of this machine that no longer runs is stale (a crash): take it over.
        if (host === hostname() && !alive(Number(pid))) rmSync(file, { force: true });
        else
          throw new LedgerBusyError(
            `Udsendelsesloggen ${this.dir} bruges af en anden kørsel (proces ${pid} på ${host}). Vent, til den er færdig; ` +
              `kører den ikke længere, så slet ${file}.`,
          );
      }
    }
  }

  /** Release the lock. */
  close(): void {
    if (this.locked) rmSync(join(this.dir, LOCK), { force: true });
    this.locked = false;
  }

  private file(id: string): string {
    if (!ID.test(id)) throw new Error(`invalid mailing id ${JSON.stringify(id)}`);
    return join(this.dir, `${id}.jsonl`);
  }

  /** Append one event and force it to disk before returning. */
  append(id: string, event: LedgerEvent): void {
    const file = this.file(id);
    // A crash can leave half a line; start on a fresh line so only that half is lost, not the next event too.
    const cut = !this.whole.has(id) && !/(^|\n)$/.test(readOrEmpty(file));
    this.whole.add(id);
    const fd = openSync(file, 'a');
    try {
      writeSync(fd, `${cut ? '\n' : ''}${JSON.stringify(event)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Everything the ledger knows about mailing `id` (an empty state when it has never been started). */
  read(id: string): MailingState {
    return parseLedger(readOrEmpty(this.file(id)));
  }

  /** The headers of every mailing in the ledger. */
  headers(): MailingHeader[] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => {
        const header = parseLedger(readOrEmpty(join(this.dir, name))).header;
        return header ? [header] : [];
      });
  }

  /** End of the period of the latest newsletter issue started for `tier`. */
  lastNewsletterEnd(tier: Tier): string | undefined {
    const ends = this.headers()
      .filter((h) => h.mailing.kind === 'nyhedsbrev' && h.mailing.tier === tier)
      .map((h) => h.mailing.period.to)
      .sort();
    return ends.at(-1);
  }

  /** The mailings of `kind` that were started and not finished (a refusal, a stop, a crash), as they were started. */
  unfinished(kind: MailingKind): Mailing[] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .flatMap((name) => {
        const state = parseLedger(readOrEmpty(join(this.dir, name)));
        return state.header && !state.done && state.header.mailing.kind === kind ? [state.header.mailing] : [];
      });
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

const text = (value: unknown): value is string => typeof value === 'string';

/** Read a ledger file's lines; unreadable lines are counted in `damaged`, never fatal. */
export function parseLedger(source: string): MailingState {
  const state: MailingState = { header: undefined, status: new Map(), errors: new Map(), done: false, damaged: 0 };
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue;
    let event: Partial<LedgerEvent> & Record<string, unknown>;
    try {
      event = JSON.parse(line);
    } catch {
      state.damaged++;
      continue;
    }
    const mailing = event.mailing as Partial<Mailing> | undefined;
    if (event.t === 'mailing' && mailing && text(mailing.id) && text(mailing.digest) && mailing.period) {
      state.header ??= event as MailingHeader;
    } else if ((event.t === 'attempt' || event.t === 'sent' || event.t === 'failed') && text(event.r)) {
      state.status.set(event.r, event.t);
      if (event.t === 'failed' && text(event.error)) state.errors.set(event.r, event.error);
    } else if (event.t === 'done') state.done = true;
    else state.damaged++;
  }
  return state;
}
