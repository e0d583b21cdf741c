/**
 * The in-process rows of `npm run bench:newsletter`, each run by the benchmark in a process of its own so that the
 * peak memory it reports is that row's alone:
 *
 *   node --import ./scripts/bench/process-usage.ts scripts/bench/newsletter-rows.ts <row> <plan.json> [ledger dir]
 *
 * Rows: `baseline` (nodemailer alone), `compose` (loadMailSources + composeNewsletter), `deliver` (deliver() on
 * the real SMTP transport, with the real ledger when a ledger folder is given, else with none). Each row imports only the modules it uses, so
 * its peak memory is not inflated by the others'. Setup (imports, reading the plan, rendering the baseline's
 * message) is not timed. Prints one JSON line: {@link RowResult}.
 */
import { readFileSync } from 'node:fs';
import type { Ledger, MailingState } from '../mail/ledger.ts';
import type { Sender } from '../mail/message.ts';
import type { Mailing, Recipient } from '../mail/types.ts';

/** What the benchmark prepared once: the composed issue and who gets each mailing. */
export interface BenchPlan {
  smtpUrl: string;
  sender: Sender;
  libraryDir: string;
  registryDir: string;
  siteUrl: string;
  since: string;
  today: string;
  /** `--rate` of the whole command; the in-process deliver rows use the same. */
  perMinute: number;
  mailings: { mailing: Mailing; recipients: Recipient[] }[];
}

/** One row's result: its timed phases in ms and how many messages it sent. */
export interface RowResult {
  phases: Record<string, number>;
  messages: number;
  /** The baseline's message size in bytes, as sent. */
  messageBytes?: number;
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** nodemailer alone: one message rendered once, then sent as is to every recipient over one pooled connection. */
async function baseline(plan: BenchPlan): Promise<RowResult> {
  const { createTransport } = await import('nodemailer');
  const { mailMessage } = await import('../mail/message.ts');
  const first = plan.mailings[0];
  const firstRecipient = first?.recipients[0];
  if (!first || !firstRecipient) throw new Error('the plan has no recipients');
  const render = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const raw = (await render.sendMail(mailMessage(first.mailing, firstRecipient, plan.sender))).message as Buffer;
  const from = plan.sender.klEmail;
  const recipients = plan.mailings.flatMap((m) => m.recipients);
  const start = process.hrtime.bigint();
  // The same pool settings as scripts/mail/smtp.ts, so the rows differ only in what runs around the sending.
  const mailer = createTransport({
    url: plan.smtpUrl,
    pool: true,
    maxConnections: 1,
    maxMessages: 200,
    connectionTimeout: 30_000,
  });
  for (const r of recipients) await mailer.sendMail({ envelope: { from, to: r.email }, raw });
  mailer.close();
  return { phases: { send: since(start) }, messages: recipients.length, messageBytes: raw.length };
}

/** Load registry and library (git dates included) and compose each tier's issue, as `newsletter send` does. */
async function compose(plan: BenchPlan): Promise<RowResult> {
  const { TIERS } = await import('#model/tiers.ts');
  const { composeNewsletter, nextPeriod } = await import('../mail/compose.ts');
  const { loadMailSources } = await import('../mail/load.ts');
  const start = process.hrtime.bigint();
  const loaded = await loadMailSources(plan);
  if (!loaded.sources) throw new Error(`the sources do not load: ${JSON.stringify(loaded.problems[0])}`);
  const { context } = loaded.sources;
  const load = since(start);
  const composeStart = process.hrtime.bigint();
  const mailings = TIERS.flatMap((tier) => {
    // No ledger here: the period is the one `send --since` gives a fresh ledger.
    const period = nextPeriod(undefined, plan.today, plan.since);
    const mailing = period && composeNewsletter(context, tier, period);
    return mailing ? [mailing] : [];
  });
  const composed = since(composeStart);
  // The same digests as the issue the other rows send: this row did the same work.
  const digests = (list: Mailing[]) => list.map((m) => m.digest).join();
  if (digests(mailings) !== digests(plan.mailings.map((m) => m.mailing)))
    throw new Error('compose gave other mailings than the plan');
  return { phases: { load, compose: composed }, messages: 0 };
}

/** deliver() on the SMTP transport; `ledgerDir` undefined: a ledger that remembers nothing and writes nothing. */
async function deliverRow(plan: BenchPlan, ledgerDir: string | undefined): Promise<RowResult> {
  const { deliver } = await import('../mail/deliver.ts');
  const { Ledger } = await import('../mail/ledger.ts');
  const { smtpTransport } = await import('../mail/smtp.ts');
  const transport = smtpTransport(plan.smtpUrl, plan.sender);
  const empty = (): MailingState => ({
    header: undefined,
    status: new Map(),
    errors: new Map(),
    done: false,
    damaged: 0,
  });
  // deliver() uses only read() and append(); Ledger's constructor is private, hence the cast.
  const noLedger = { read: empty, append: () => {}, close: () => {} } as unknown as Ledger;
  const start = process.hrtime.bigint();
  const ledger = ledgerDir ? Ledger.open(ledgerDir, { lock: true }) : noLedger;
  let messages = 0;
  for (const { mailing, recipients } of plan.mailings) {
    const report = await deliver({ ledger, mailing, recipients, transport, perMinute: plan.perMinute });
    if (report.sent.length !== recipients.length)
      throw new Error(`${mailing.id}: sent ${report.sent.length} of ${recipients.length}`);
    messages += report.sent.length;
  }
  transport.close();
  ledger.close();
  return { phases: { send: since(start) }, messages };
}

const [row, planFile, ledgerDir] = process.argv.slice(2);
if (!planFile) throw new Error('usage: newsletter-rows.ts baseline|compose|deliver <plan.json> [ledger dir]');
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as BenchPlan;
const result =
  row === 'baseline'
    ? await baseline(plan)
    : row === 'compose'
      ? await compose(plan)
      : row === 'deliver'
        ? await deliverRow(plan, ledgerDir)
        : undefined;
if (!result) throw new Error(`unknown row ${row}`);
process.stdout.write(`${JSON.stringify(result)}\n`);
