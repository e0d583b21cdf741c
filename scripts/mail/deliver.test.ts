/**
 * Delivery through the real parts: nodemailer over SMTP to a server on loopback (smtp-server), every message read
 * back with mailparser, the ledger on disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from '../registry/types.ts';
import { type ComposeContext, composeAlert, composeNewsletter } from './compose.ts';
import { deliver, MailingChangedError } from './deliver.ts';
import { Ledger, recipientKey } from './ledger.ts';
import { type MailSink, startMailSink } from './mail-sink.ts';
import { mailRecipients } from './recipients.ts';
import { type SmtpTransport, smtpTransport } from './smtp.ts';
import { fixtureSources } from './testing/fixture-sources.ts';
import type { Mailing } from './types.ts';

const SENDER = { from: '"Sikkerhedsnet, KL" <sikkerhedsnet@kl.dk>', klEmail: 'sikkerhedsnet@kl.dk' };
const PERIOD = { from: '2026-10-31', to: '2026-11-30' };

let registry: Registry;
let context: ComposeContext;
let kerne: Mailing;
let bred: Mailing;
let refused = new Set<string>();
let sink: MailSink;
let transport: SmtpTransport;
let dir: string;
let ledger: Ledger;

beforeAll(async () => {
  ({ registry, context } = await fixtureSources());
  kerne = composeNewsletter(context, 'kerne', PERIOD) as Mailing;
  bred = composeNewsletter(context, 'bred', PERIOD) as Mailing;
  sink = await startMailSink({
    port: 0,
    refuse: (address) => (refused.has(address) ? '5.1.1 Modtageren findes ikke' : undefined),
  });
  transport = smtpTransport(sink.url, SENDER);
});
afterAll(async () => {
  transport.close();
  await sink.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-deliver-'));
  ledger = Ledger.open(dir, { lock: true });
  sink.received.length = 0;
  refused = new Set();
});
afterEach(async () => {
  ledger.close();
  await rm(dir, { recursive: true, force: true });
});

const parsed = (): Promise<ParsedMail[]> => Promise.all(sink.received.map((m) => simpleParser(m.raw)));
const rcpts = () => sink.received.flatMap((m) => m.to).sort();

describe('recipients', () => {
  it("are the tier's members and, for the core tier, KL's moderators; the newsletter leaves out opt-outs", () => {
    expect(mailRecipients(registry, 'kerne', 'nyhedsbrev').map((r) => r.email)).toEqual([
      'anne.demo@kk.dk',
      'dorthe.demo@kl.dk',
      'erik.eksempel@kl.dk',
      'frede.kontakt@frederiksberg.dk',
      'hanne.holm@holb.dk',
      'holger.skjult@holb.dk',
      'maren.hemmelig@kk.dk',
    ]);
    // Ole Fravalgt (kerne) and Ida Åben (bred) have nyhedsbrev: false; an alert still reaches them.
    expect(mailRecipients(registry, 'kerne', 'varsel').map((r) => r.email)).toContain('ole.fravalgt@kk.dk');
    expect(mailRecipients(registry, 'bred', 'nyhedsbrev').map((r) => r.email)).toEqual(['carla.proeve@kk.dk']);
    expect(mailRecipients(registry, 'bred', 'varsel').map((r) => r.email)).toEqual([
      'carla.proeve@kk.dk',
      'ida.aaben@holb.dk',
    ]);
  });
});

describe('sending a mailing', () => {
  it('sends each recipient one message of their own, with text and HTML parts and the list headers', async () => {
    const recipients = mailRecipients(registry, 'kerne', 'nyhedsbrev');
    const report = await deliver({ ledger, mailing: kerne, recipients, transport, perMinute: Infinity });
    expect(report).toMatchObject({
      total: 7,
      alreadySent: 0,
      failed: [],
      uncertain: [],
      notAttempted: [],
      closed: false,
    });
    expect(report.sent).toEqual(recipients.map((r) => r.email));
    expect(rcpts()).toEqual(recipients.map((r) => r.email));
    const mails = await parsed();
    const to = (m: ParsedMail) => (m.to as { text: string }).text;
    const anne = mails.find((m) => to(m) === '"Anne Demo" <anne.demo@kk.dk>') as ParsedMail;
    expect(mails.every((m) => m.subject === 'Nyhedsbrev fra Sikkerhedsnet – november 2026')).toBe(true);
    expect(mails.map(to)).toContain('"Dorthe Demo" <dorthe.demo@kl.dk>');
    expect(anne.from?.text).toBe('"Sikkerhedsnet, KL" <sikkerhedsnet@kl.dk>');
    expect(anne.replyTo?.text).toBe('sikkerhedsnet@kl.dk');
    const raw = (name: string) => anne.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    expect(raw('list-unsubscribe')).toBe(
      'List-Unsubscribe: <mailto:sikkerhedsnet@kl.dk?subject=Afmeld%20nyhedsbrev%20kerne>',
    );
    expect(raw('list-id')).toBe('List-ID: Sikkerhedsnet nyhedsbrev <nyhedsbrev-kerne.sikkerhedsnet.kl.dk>');
    expect(anne.headers.get('auto-submitted')).toBe('auto-generated');
    expect(anne.headers.get('precedence')).toBe('bulk');
    expect(anne.text).toContain('Fortroligt risikoregister for kritisk infrastruktur');
    expect(anne.text).toContain('https://sikkerhedsnet.example.dk/skabeloner/risikoregister-kerne/');
    expect(anne.html).toContain('<a href="https://sikkerhedsnet.example.dk/skabeloner/risikoregister-kerne/"');
    // The Message-ID is the mailing's and the recipient's, so a resend would carry the same one.
    const ids = mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(7);
    expect(ids).toContain(
      `<nyhedsbrev-2026-11-30-kerne.${recipientKey('anne.demo@kk.dk').slice(0, 16)}@sikkerhedsnet.kl.dk>`,
    );
    expect(ledger.read(kerne.id).done).toBe(true);
  });

  it('sends an alert without list headers, to members who opted out of the newsletter too', async () => {
    const falsk = context.entries.find((e) => e.slug === 'varsel-falsk-opkald');
    if (falsk?.kind !== 'news') throw new Error('fixture alert missing');
    const [, alert] = composeAlert(context, falsk);
    expect(alert?.id).toBe('varsel-varsel-falsk-opkald-bred');
    const recipients = mailRecipients(registry, 'bred', 'varsel');
    await deliver({ ledger, mailing: alert as Mailing, recipients, transport, perMinute: Infinity });
    const mails = await parsed();
    expect(rcpts()).toEqual(['carla.proeve@kk.dk', 'ida.aaben@holb.dk']);
    expect(mails[0]?.subject).toBe('Varsel: Varsel om falske opkald fra en påstået it-support');
    expect(mails[0]?.headerLines.map((h) => h.key)).not.toContain('list-unsubscribe');
    expect(mails[0]?.text).toContain('VARSEL FRA KL – VIDERESENDT FRA EKSEMPELSTYRELSEN FOR SAMFUNDSSIKKERHED');
  });

  it('a second run sends nobody the mailing again', async () => {
    const recipients = mailRecipients(registry, 'bred', 'nyhedsbrev');
    await deliver({ ledger, mailing: bred, recipients, transport, perMinute: Infinity });
    const again = await deliver({ ledger, mailing: bred, recipients, transport, perMinute: Infinity });
    expect(again).toMatchObject({ sent: [], alreadySent: 1, closed: true });
    expect(rcpts()).toEqual(['carla.proeve@kk.dk']);
  });

  it('reports a refused recipient, sends the others, and sends only the missing one on the next run', async () => {
    refused.add('hanne.holm@holb.dk');
    const recipients = mailRecipients(registry, 'kerne', 'nyhedsbrev');
    const first = await deliver({ ledger, mailing: kerne, recipients, transport, perMinute: Infinity });
    expect(first.failed).toEqual([{ email: 'hanne.holm@holb.dk', error: '550 5.1.1 Modtageren findes ikke' }]);
    expect(first.sent).toHaveLength(6);
    expect(ledger.read(kerne.id).done).toBe(false);
    refused.clear();
    sink.received.length = 0;
    const second = await deliver({ ledger, mailing: kerne, recipients, transport, perMinute: Infinity });
    expect(second).toMatchObject({ sent: ['hanne.holm@holb.dk'], alreadySent: 6, failed: [] });
    expect(rcpts()).toEqual(['hanne.holm@holb.dk']);
    expect(ledger.read(kerne.id).done).toBe(true);
  });

  it('spaces messages by the rate: 600 a minute is at least 100 ms apart', async () => {
    const recipients = mailRecipients(registry, 'kerne', 'nyhedsbrev').slice(0, 4);
    await deliver({ ledger, mailing: kerne, recipients, transport, perMinute: 600 });
    const times = sink.received.map((m) => m.at);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(gaps).toHaveLength(3);
    // The gap between two arrivals can be a little under the interval when one message travels faster than the last.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(85);
    expect((times[3] as number) - (times[0] as number)).toBeGreaterThanOrEqual(290);
  });

  it('does not send again to a recipient a stopped run left uncertain, unless asked', async () => {
    const recipients = mailRecipients(registry, 'bred', 'varsel');
    const mailing = { ...bred, id: 'nyhedsbrev-test-bred' };
    ledger.append(mailing.id, { t: 'mailing', at: 'x', mailing });
    ledger.append(mailing.id, { t: 'attempt', r: recipientKey('carla.proeve@kk.dk'), at: 'x' });
    const first = await deliver({ ledger, mailing, recipients, transport, perMinute: Infinity });
    expect(first).toMatchObject({ sent: ['ida.aaben@holb.dk'], uncertain: ['carla.proeve@kk.dk'] });
    expect(ledger.read(mailing.id).done).toBe(false);
    const retry = await deliver({ ledger, mailing, recipients, transport, perMinute: Infinity, retryUncertain: true });
    expect(retry).toMatchObject({ sent: ['carla.proeve@kk.dk'], uncertain: [], alreadySent: 1 });
    expect(rcpts()).toEqual(['carla.proeve@kk.dk', 'ida.aaben@holb.dk']);
  });

  it('refuses to continue a started mailing with different content', async () => {
    const recipients = mailRecipients(registry, 'bred', 'varsel');
    ledger.append(bred.id, { t: 'mailing', at: 'x', mailing: { ...bred, digest: 'b'.repeat(64) } });
    await expect(deliver({ ledger, mailing: bred, recipients, transport, perMinute: Infinity })).rejects.toThrow(
      MailingChangedError,
    );
    expect(sink.received).toHaveLength(0);
  });

  it('stops after three connection failures in a row and leaves the rest for the next run', async () => {
    const closed = await startMailSink({ port: 0 });
    await closed.close();
    const dead = smtpTransport(closed.url, SENDER);
    const recipients = mailRecipients(registry, 'kerne', 'nyhedsbrev');
    const report = await deliver({ ledger, mailing: kerne, recipients, transport: dead, perMinute: Infinity });
    dead.close();
    expect(report.failed.map((f) => f.email)).toEqual(recipients.slice(0, 3).map((r) => r.email));
    expect(report.failed[0]?.error).toMatch(/ECONNREFUSED/);
    expect(report.notAttempted).toEqual(recipients.slice(3).map((r) => r.email));
  });
});
