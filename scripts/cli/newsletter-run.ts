/**
 * What `npm run newsletter -- preview|send|alerts` do: load registry and library, compose the mailings, stop on a
 * leak into the broad tier, then write the preview, show the dry run, or send through the ledger.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TIERS } from '#model/tiers.ts';
import { composeAlert, composeNewsletter, dueAlerts, nextPeriod } from '../mail/compose.ts';
import { deliver, deliveryIncomplete, MailingChangedError, pendingRecipients } from '../mail/deliver.ts';
import { formatDeliveryReport, formatMailing, type MailingAudience, previewMarkdown } from '../mail/format.ts';
import { Ledger, LedgerBusyError } from '../mail/ledger.ts';
import { loadMailSources, type MailSources } from '../mail/load.ts';
import { readMailingFile, writeMailingFile } from '../mail/mailing-file.ts';
import { mailRecipients } from '../mail/recipients.ts';
import { smtpTransport, smtpUrlFromEnv } from '../mail/smtp.ts';
import type { Mailing } from '../mail/types.ts';
import { formatProblemsText } from '../problems/problem.ts';
import { buildConfigFromEnv } from './build-config.ts';
import { formatMailLeaks, mailLeaks } from './newsletter-leaks.ts';
import { untilStopped } from './run-cli.ts';

interface BaseFlags {
  dir: string;
  registry: string;
  ledger: string;
  today: string;
}

interface DeliveryFlags extends BaseFlags {
  send: boolean;
  rate: number;
  'retry-uncertain': boolean;
}

const say = (text: string) => process.stdout.write(`${text}\n`);
const fail = (text: string, code = 1) => {
  process.stderr.write(`${text}\n`);
  return code;
};

async function load(flags: BaseFlags): Promise<MailSources | number> {
  const config = buildConfigFromEnv(process.env);
  if ('error' in config) return fail(config.error, 2);
  const loaded = await loadMailSources({
    libraryDir: flags.dir,
    registryDir: flags.registry,
    siteUrl: config.config.publicUrl,
  });
  if (loaded.sources) return loaded.sources;
  return fail(`Der sendes intet, før fejlene er rettet:\n${formatProblemsText(loaded.problems)}`);
}

/**
 * What the newsletter commands work on: issues a stopped run left unfinished (as they were started), then each
 * tier's issue for the period since its last one; tiers with nothing new are left out.
 */
function composeIssue(sources: MailSources, ledger: Ledger, today: string, since: string | undefined): Mailing[] {
  const unfinished = ledger.unfinished('nyhedsbrev');
  const fresh = TIERS.flatMap((tier) => {
    const period = nextPeriod(ledger.lastNewsletterEnd(tier), today, since);
    const mailing = period && composeNewsletter(sources.context, tier, period);
    return mailing ? [mailing] : [];
  });
  return [...unfinished, ...fresh];
}

/** The alerts due now, each as the ledger has it when it was started before (an edit does not split recipients). */
function composeAlerts(sources: MailSources, ledger: Ledger, today: string, maxAge: number): Mailing[] {
  const started = new Map(ledger.unfinished('varsel').map((m) => [m.id, m]));
  const due = dueAlerts(sources.context.entries, today, maxAge).flatMap((entry) =>
    composeAlert(sources.context, entry),
  );
  // An alert every recipient already has is not news to anyone: left out rather than listed on every push.
  return [...started.values(), ...due.filter((m) => !started.has(m.id) && !ledger.read(m.id).done)];
}

function audienceOf(mailing: Mailing, sources: MailSources, ledger: Ledger): MailingAudience {
  const recipients = mailRecipients(sources.registry, mailing.tier, mailing.kind);
  const everyone = mailRecipients(sources.registry, mailing.tier, 'varsel');
  const state = ledger.read(mailing.id);
  const { alreadySent, uncertain } = pendingRecipients(state, recipients);
  return {
    recipients: recipients.length,
    optedOut: everyone.length - recipients.length,
    alreadySent,
    uncertain: uncertain.length,
    closed: state.done,
  };
}

/** Refuse mailings that would show the broad tier anything core-only. */
function leakRefusal(mailings: readonly Mailing[], sources: MailSources): number | undefined {
  const leaks = mailLeaks(mailings, sources.library.entries, sources.registry);
  return leaks.length > 0 ? fail(formatMailLeaks(leaks)) : undefined;
}

async function writeText(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

export async function preview(
  flags: BaseFlags & { out?: string | undefined; since?: string | undefined; 'run-url'?: string | undefined },
): Promise<number> {
  const sources = await load(flags);
  if (typeof sources === 'number') return sources;
  const ledger = Ledger.open(flags.ledger, { lock: false });
  const mailings = composeIssue(sources, ledger, flags.today, flags.since);
  const refused = leakRefusal(mailings, sources);
  if (refused !== undefined) return refused;
  const out = flags.out ?? '.tmp/nyhedsbrev';
  await mkdir(out, { recursive: true });
  const entries = mailings.map((mailing) => ({ mailing, audience: audienceOf(mailing, sources, ledger) }));
  await writeMailingFile(join(out, 'udsendelse.json'), mailings);
  for (const m of mailings) {
    await writeText(join(out, `${m.id}.html`), m.html);
    await writeText(join(out, `${m.id}.txt`), m.text);
  }
  await writeText(join(out, 'resume.md'), previewMarkdown(entries, flags['run-url']));
  if (mailings.length === 0) say('Intet nyt i perioden for nogen af niveauerne: der er intet nyhedsbrev at sende.');
  for (const { mailing, audience } of entries) say(`${formatMailing(mailing, audience)}\n`);
  say(`Forhåndsvisningen er skrevet til ${out}/: åbn .html-filerne i en browser; resume.md er til godkendelsen.`);
  say(`Send den godkendte udgave med: npm run newsletter -- send --issue ${join(out, 'udsendelse.json')} --send`);
  return 0;
}

export async function send(
  flags: DeliveryFlags & { issue?: string | undefined; since?: string | undefined },
): Promise<number> {
  const sources = await load(flags);
  if (typeof sources === 'number') return sources;
  let mailings: Mailing[];
  if (flags.issue !== undefined) {
    const file = await readMailingFile(flags.issue);
    if ('error' in file) return fail(file.error);
    mailings = file.mailings;
  } else {
    mailings = composeIssue(sources, Ledger.open(flags.ledger, { lock: false }), flags.today, flags.since);
  }
  if (mailings.length === 0) {
    say('Intet nyt i perioden: der er intet nyhedsbrev at sende.');
    return 0;
  }
  return deliverAll(mailings, flags, sources);
}

export async function alerts(flags: DeliveryFlags & { 'max-age': number }): Promise<number> {
  const sources = await load(flags);
  if (typeof sources === 'number') return sources;
  const mailings = composeAlerts(sources, Ledger.open(flags.ledger, { lock: false }), flags.today, flags['max-age']);
  if (mailings.length === 0) {
    say(`Ingen varsler at sende: ingen nye fra de seneste ${flags['max-age']} dage.`);
    return 0;
  }
  return deliverAll(mailings, flags, sources);
}

async function deliverAll(mailings: Mailing[], flags: DeliveryFlags, sources: MailSources): Promise<number> {
  const refused = leakRefusal(mailings, sources);
  if (refused !== undefined) return refused;
  if (!flags.send) {
    const ledger = Ledger.open(flags.ledger, { lock: false });
    for (const m of mailings) say(`${formatMailing(m, audienceOf(m, sources, ledger))}\n`);
    say('Tør kørsel: intet er sendt. Brug --send for at sende.');
    return 0;
  }
  const smtp = smtpUrlFromEnv(process.env);
  if ('error' in smtp) return fail(smtp.error, 2);
  let ledger: Ledger;
  try {
    ledger = Ledger.open(flags.ledger, { lock: true });
  } catch (error) {
    if (error instanceof LedgerBusyError) return fail(error.message, 2);
    throw error;
  }
  const klEmail = sources.context.klEmail;
  const from = process.env.SIKKERHEDSNET_MAIL_FROM || `"Sikkerhedsnet, KL" <${klEmail}>`;
  const transport = smtpTransport(smtp.url, { from, klEmail });
  let stopped = false;
  void untilStopped().then(() => {
    stopped = true;
    process.stderr.write('Stopper efter den mail, der sendes nu …\n');
  });
  let incomplete = false;
  try {
    for (const mailing of mailings) {
      const recipients = mailRecipients(sources.registry, mailing.tier, mailing.kind);
      let done = 0;
      const report = await deliver({
        ledger,
        mailing,
        recipients,
        transport,
        perMinute: flags.rate,
        retryUncertain: flags['retry-uncertain'],
        stop: () => stopped,
        onRecipient: () => {
          if (++done % 25 === 0) say(`  ${mailing.id}: ${done} behandlet …`);
        },
      });
      say(formatDeliveryReport(report));
      incomplete ||= deliveryIncomplete(report);
    }
  } catch (error) {
    if (!(error instanceof MailingChangedError)) throw error;
    incomplete = true;
    process.stderr.write(`${error.message}\n`);
  } finally {
    transport.close();
    ledger.close();
  }
  if (incomplete)
    say('Ikke alle fik mailen: se linjerne ovenfor. Kør kommandoen igen for at sende til dem, der mangler.');
  return incomplete ? 1 : 0;
}
