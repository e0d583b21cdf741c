/**
 * One recipient's message of a mailing, as nodemailer sends it. Every message carries:
 * - its own To: (one message per recipient) and a Message-ID made from the mailing and the recipient, so a message
 *   sent again after an uncertain stop has the same id and mail systems that de-duplicate on it show it once;
 * - `Auto-Submitted: auto-generated` (RFC 3834), so out-of-office replies are not sent back to KL;
 * - for the newsletter, `List-Id` and `List-Unsubscribe` to KL's address (a mailto: KL acts on; the registry's
 *   `nyhedsbrev: false` is what stops the newsletter), and `Precedence: bulk`.
 */
import type { SendMailOptions } from 'nodemailer';
import { recipientKey } from './ledger.ts';
import type { Mailing, Recipient } from './types.ts';

export interface Sender {
  /** The From: header, e.g. `"Sikkerhedsnet, KL" <sikkerhedsnet@kl.dk>`. */
  from: string;
  /** KL's secretariat address: Reply-To and unsubscribe. */
  klEmail: string;
}

/** The domain of an address (for Message-ID and List-Id). */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).replace(/>.*$/, '');
}

export function mailMessage(mailing: Mailing, recipient: Recipient, sender: Sender): SendMailOptions {
  const domain = domainOf(sender.klEmail);
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-generated',
    'X-Sikkerhedsnet-Udsendelse': mailing.id,
  };
  if (mailing.kind === 'nyhedsbrev') {
    const subject = encodeURIComponent(`Afmeld nyhedsbrev ${mailing.tier}`);
    headers['List-Id'] = `Sikkerhedsnet nyhedsbrev <nyhedsbrev-${mailing.tier}.sikkerhedsnet.${domain}>`;
    headers['List-Unsubscribe'] = `<mailto:${sender.klEmail}?subject=${subject}>`;
    headers.Precedence = 'bulk';
  }
  return {
    from: sender.from,
    to: { name: recipient.name, address: recipient.email },
    replyTo: sender.klEmail,
    subject: mailing.subject,
    text: mailing.text,
    html: mailing.html,
    messageId: `<${mailing.id}.${recipientKey(recipient.email).slice(0, 16)}@sikkerhedsnet.${domain}>`,
    headers,
  };
}
