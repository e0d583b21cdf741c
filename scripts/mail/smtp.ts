/**
 * The SMTP transport: nodemailer on one pooled connection to the server named by `SIKKERHEDSNET_SMTP_URL`
 * (`smtp://user:password@host:587` with STARTTLS, or `smtps://…:465`). The URL holds the credentials: it comes only
 * from the environment (a secret in the workflows) and is never printed.
 */
import { createTransport } from 'nodemailer';
import type { MailTransport, OutgoingMail } from './deliver.ts';
import { mailMessage, type Sender } from './message.ts';

/** The URL from the environment, checked; a Danish error for a value that cannot be used. */
export function smtpUrlFromEnv(env: NodeJS.ProcessEnv): { url: string } | { error: string } {
  const url = env.SIKKERHEDSNET_SMTP_URL;
  if (!url) {
    return {
      error:
        'SIKKERHEDSNET_SMTP_URL er ikke sat: angiv postserveren, fx smtp://bruger:adgangskode@smtp.example.dk:587. ' +
        'Lokalt starter npm start en postserver på smtp://127.0.0.1:2525.',
    };
  }
  if (!URL.canParse(url) || !/^smtps?:$/.test(new URL(url).protocol)) {
    return {
      error:
        'SIKKERHEDSNET_SMTP_URL skal begynde med smtp:// eller smtps:// (værdien vises ikke, da den kan indeholde en adgangskode).',
    };
  }
  return { url };
}

export interface SmtpTransport extends MailTransport {
  close(): void;
}

/** A transport on one pooled connection; `close()` ends it. */
export function smtpTransport(url: string, sender: Sender): SmtpTransport {
  const mailer = createTransport({ url, pool: true, maxConnections: 1, maxMessages: 200, connectionTimeout: 30_000 });
  return {
    async send({ mailing, recipient }: OutgoingMail) {
      const info = await mailer.sendMail(mailMessage(mailing, recipient, sender));
      return { response: String(info.response ?? '') };
    },
    close() {
      mailer.close();
    },
  };
}
