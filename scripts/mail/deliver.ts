/**
 * Send one mailing to its recipients, recorded in the ledger so that a crashed or repeated run resumes without
 * sending anyone the same mailing twice. One message per recipient (their own To:, so a refusal is theirs alone),
 * at most `perMinute` messages a minute. A refusal is recorded and reported, and the run goes on with the next
 * recipient; after several connection failures in a row the run stops, leaving the rest for the next run.
 */
import { type Ledger, type MailingState, recipientKey } from './ledger.ts';
import type { Mailing, Recipient } from './types.ts';

/** What a transport needs to send one message to one recipient. */
export interface OutgoingMail {
  mailing: Mailing;
  recipient: Recipient;
}

/** The SMTP connection (scripts/mail/smtp.ts), or a test's. Resolves with the server's reply; rejects on refusal. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ response: string }>;
}

/** Refused by the server for one recipient, or the connection failed. */
export interface DeliveryFailure {
  email: string;
  error: string;
}

export interface DeliveryReport {
  id: string;
  /** Recipients of the mailing now. */
  total: number;
  /** Sent in an earlier run (or the mailing was closed). */
  alreadySent: number;
  /** Sent in this run. */
  sent: string[];
  failed: DeliveryFailure[];
  /** A run stopped while sending to them: the server may have the message; not sent again. */
  uncertain: string[];
  /** Not tried because the connection kept failing or the run was stopped. */
  notAttempted: string[];
  /** The mailing was closed before this run: every recipient then had it. */
  closed: boolean;
  /** The run was stopped (a signal), rather than given up after connection failures. */
  stopped: boolean;
}

/** The ledger refuses to continue a mailing whose content differs from what was started. */
export class MailingChangedError extends Error {
  override readonly name = 'MailingChangedError';
}

export interface DeliverOptions {
  ledger: Ledger;
  mailing: Mailing;
  recipients: readonly Recipient[];
  transport: MailTransport;
  /** Most messages a minute (throttling); Infinity for none. */
  perMinute: number;
  /** Send again to recipients a stopped run left uncertain. */
  retryUncertain?: boolean;
  /** Connection failures in a row after which the run stops (default 3). */
  maxConsecutiveFailures?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Asked before each message: true stops the run cleanly (Ctrl-C, a cancelled workflow); the rest is left for later. */
  stop?: () => boolean;
  /** Called after each recipient, for progress output. */
  onRecipient?: (email: string, outcome: 'sent' | 'failed') => void;
}

/** Who in `recipients` still needs the mailing, and who is uncertain, according to the ledger. */
export function pendingRecipients(
  state: MailingState,
  recipients: readonly Recipient[],
  retryUncertain = false,
): { pending: Recipient[]; alreadySent: number; uncertain: Recipient[] } {
  if (state.done) return { pending: [], alreadySent: recipients.length, uncertain: [] };
  const pending: Recipient[] = [];
  const uncertain: Recipient[] = [];
  let alreadySent = 0;
  for (const recipient of recipients) {
    const status = state.status.get(recipientKey(recipient.email));
    if (status === 'sent') alreadySent++;
    else if (status === 'attempt' && !retryUncertain) uncertain.push(recipient);
    else pending.push(recipient);
  }
  return { pending, alreadySent, uncertain };
}

/** Errors that say nothing about the recipient: the server could not be reached or the session broke. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'ECONNREFUSED']);

function describe(error: unknown): { text: string; connection: boolean } {
  const e = error as { code?: string; response?: string; message?: string };
  const text = (e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  return { text, connection: e.code !== undefined && CONNECTION_CODES.has(e.code) };
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function deliver(options: DeliverOptions): Promise<DeliveryReport> {
  const { ledger, mailing, recipients, transport } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? wait;
  const state = ledger.read(mailing.id);
  const report: DeliveryReport = {
    id: mailing.id,
    total: recipients.length,
    alreadySent: 0,
    sent: [],
    failed: [],
    uncertain: [],
    notAttempted: [],
    closed: state.done,
    stopped: false,
  };
  const { pending, alreadySent, uncertain } = pendingRecipients(state, recipients, options.retryUncertain);
  report.alreadySent = alreadySent;
  report.uncertain = uncertain.map((r) => r.email);
  if (state.done) return report;
  if (state.header && state.header.mailing.digest !== mailing.digest && pending.length > 0) {
    throw new MailingChangedError(
      `Udsendelsen ${mailing.id} er begyndt med et andet indhold (${state.header.mailing.subject}), end det der skal sendes nu. ` +
        'Den sendes ikke videre, så modtagerne ikke får to forskellige udgaver. Lav en ny forhåndsvisning og godkend den.',
    );
  }
  if (!state.header) ledger.append(mailing.id, { t: 'mailing', at: now().toISOString(), mailing });
  const interval = Number.isFinite(options.perMinute) ? 60_000 / options.perMinute : 0;
  const maxFailures = options.maxConsecutiveFailures ?? 3;
  let lastStart = Number.NEGATIVE_INFINITY;
  let connectionFailures = 0;
  for (const [index, recipient] of pending.entries()) {
    const delay = lastStart + interval - Date.now();
    if (delay > 0) await sleep(delay);
    // Asked after the pause, so a stop that arrives while waiting is honoured before the next message.
    const stopped = options.stop?.() === true;
    if (stopped || connectionFailures >= maxFailures) {
      report.notAttempted = pending.slice(index).map((r) => r.email);
      report.stopped = stopped;
      break;
    }
    lastStart = Date.now();
    const r = recipientKey(recipient.email);
    ledger.append(mailing.id, { t: 'attempt', r, at: now().toISOString() });
    try {
      const { response } = await transport.send({ mailing, recipient });
      ledger.append(mailing.id, { t: 'sent', r, at: now().toISOString(), response });
      report.sent.push(recipient.email);
      connectionFailures = 0;
      options.onRecipient?.(recipient.email, 'sent');
    } catch (error) {
      const { text, connection } = describe(error);
      ledger.append(mailing.id, { t: 'failed', r, at: now().toISOString(), error: text });
      report.failed.push({ email: recipient.email, error: text });
      connectionFailures = connection ? connectionFailures + 1 : 0;
      options.onRecipient?.(recipient.email, 'failed');
    }
  }
  const complete = report.failed.length === 0 && report.uncertain.length === 0 && report.notAttempted.length === 0;
  if (complete) ledger.append(mailing.id, { t: 'done', at: now().toISOString() });
  return report;
}

/** True when the run left someone without the mailing (exit code 1). */
export function deliveryIncomplete(report: DeliveryReport): boolean {
  return report.failed.length > 0 || report.uncertain.length > 0 || report.notAttempted.length > 0;
}
