/**
 * A small SMTP server on loopback that keeps what it receives: `npm start` runs one on port 2525 so that a
 * newsletter or alert sent locally lands in `.tmp/mail/` (one `.eml` file per message, which any mail program
 * opens, plus the HTML part beside it for a browser), and the tests and the benchmark run one to receive and
 * refuse mail like a real server. Built on the `smtp-server` package (a development dependency).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received message. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: Buffer;
  /** When the server had the whole message (ms since the epoch). */
  at: number;
}

export interface MailSinkOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Keep every message as `<dir>/<time>-<n>.eml` (written to a temp file, then renamed). */
  dir?: string;
  /** A reply text to refuse a recipient with (550), or undefined to accept. */
  refuse?: (address: string) => string | undefined;
  /** Called with each message once it is complete; the server answers 250 when what it returns has settled. */
  onMessage?: (mail: ReceivedMail) => void | Promise<void>;
}

export interface MailSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailSink(options: MailSinkOptions): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 20 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'lokal' });
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address);
      if (refusal === undefined) return callback();
      return callback(Object.assign(new Error(refusal), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks),
          at: Date.now(),
        };
        received.push(mail);
        if (options.dir) {
          const name = `${new Date(mail.at).toISOString().replace(/[:.]/g, '-')}-${String(++counter).padStart(4, '0')}`;
          const file = join(options.dir, `${name}.eml`);
          writeFileSync(`${file}.tmp`, mail.raw);
          renameSync(`${file}.tmp`, file);
          // The HTML part beside it, for a browser; a message without one (or unreadable) simply has none.
          void simpleParser(mail.raw).then(
            (parsed) => {
              if (typeof parsed.html === 'string')
                writeFileSync(join(options.dir as string, `${name}.html`), parsed.html);
            },
            () => {},
          );
        }
        Promise.resolve(options.onMessage?.(mail)).then(
          () => callback(null, 'Modtaget'),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
