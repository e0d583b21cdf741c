/** The newsletter commands' own flags (scripts/cli/newsletter.ts). */
import { type Flag, todayError } from './flags.ts';
import { UsageError } from './run-cli.ts';

/** Where the send ledger lives by default: beside the product's other local state, git-ignored. */
export const DEFAULT_LEDGER_DIR = '.tmp/udsendelser';

export const ledgerFlag: Flag<string> = {
  type: 'string',
  placeholder: 'MAPPE',
  help: `udsendelsesloggen: hvad der er sendt til hvem (standard: ${DEFAULT_LEDGER_DIR}; i GitHub grenen udsendelser)`,
  read: (raw) => (typeof raw === 'string' ? raw : DEFAULT_LEDGER_DIR),
};

export const sinceFlag: Flag<string | undefined> = {
  type: 'string',
  placeholder: 'ÅÅÅÅ-MM-DD',
  help: 'begynd perioden på denne dato i stedet for ved det seneste nyhedsbrev',
  read(raw, flag) {
    if (typeof raw !== 'string') return undefined;
    const error = todayError(raw, flag);
    if (error) throw new UsageError(error);
    return raw;
  },
};

function positiveInteger(text: string, flag: string, what: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`${flag} skal være et helt tal fra 1 til ${max} (${what}), ikke "${text}"`);
  return Number(text);
}

/** `--rate`: messages a minute, default SIKKERHEDSNET_MAIL_RATE or 30 (Microsoft 365's limit for one mailbox). */
export const rateFlag: Flag<number> = {
  type: 'string',
  placeholder: 'N',
  help: 'højst N mails i minuttet (standard: SIKKERHEDSNET_MAIL_RATE eller 30)',
  read(raw, flag) {
    if (typeof raw === 'string') return positiveInteger(raw, flag, 'mails i minuttet', 100_000);
    const env = process.env.SIKKERHEDSNET_MAIL_RATE;
    return env ? positiveInteger(env, 'SIKKERHEDSNET_MAIL_RATE', 'mails i minuttet', 100_000) : 30;
  },
};

export const maxAgeFlag: Flag<number> = {
  type: 'string',
  placeholder: 'DAGE',
  help: 'send kun varsler, der højst er så mange dage gamle (standard: 14)',
  read: (raw, flag) => (typeof raw === 'string' ? positiveInteger(raw, flag, 'dage', 365) : 14),
};
