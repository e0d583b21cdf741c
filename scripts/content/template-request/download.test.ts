/**
 * downloadAttachment against real HTTP servers on loopback: one stands in for GitHub's attachment host, one for its
 * storage host (where redirects may go) and one for any other host (where they may not).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentHosts } from './attachment-link.ts';
import { type DownloadOptions, downloadAttachment } from './download.ts';
import { startServer, type TestServer } from './testing/attachment-server.ts';

const LATER =
  'Prøv igen ved at rette sagen (fx tilføje et mellemrum); lykkes det ikke, ser en moderator i KL på sagen.';
const TOO_LARGE =
  'Filen er større end 1 MB, og robotten henter ikke så store filer. Gør dokumentet mindre (fx ved at komprimere ' +
  'billederne i Word under Filer › Komprimer billeder), og træk den nye fil ind i feltet «Word-fil».';
const FILE = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
const MB = 1024 * 1024;

let github: TestServer;
let storage: TestServer;
let other: TestServer;
/** What the attachment host does for a path; set per test. */
let route: (path: string, res: import('node:http').ServerResponse) => void;

beforeAll(async () => {
  github = await startServer((req, res) => route(req.url ?? '', res));
  storage = await startServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(FILE),
  );
  other = await startServer((_req, res) => res.end('stolen'));
});
afterAll(() => Promise.all([github.close(), storage.close(), other.close()]));
beforeEach(() => {
  for (const server of [github, storage, other]) server.requests.length = 0;
});

/** The test's hosts: links on the "GitHub" server, redirects only to the "storage" server. */
const hosts = (): AttachmentHosts => ({
  origin: github.origin,
  redirectAllowed: (url) => url.origin === storage.origin,
});
const options = (extra: Partial<DownloadOptions> = {}): DownloadOptions => ({
  hosts: hosts(),
  maxBytes: MB,
  timeoutMs: 2000,
  ...extra,
});
const get = (path: string, extra?: Partial<DownloadOptions>) =>
  downloadAttachment(new URL(path, github.origin), options(extra));

describe('downloadAttachment', () => {
  it('downloads a file the host serves itself', async () => {
    route = (_path, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(FILE);
    expect(await get('/user-attachments/files/1/a.docx')).toEqual({ ok: true, bytes: FILE });
  });

  it('follows a redirect to the storage host, sending the token to the attachment host only', async () => {
    route = (_path, res) => res.writeHead(302, { location: `${storage.origin}/file/1?sig=abc` }).end();
    expect(await get('/user-attachments/files/1/a.docx', { token: 'secret' })).toEqual({ ok: true, bytes: FILE });
    expect(github.requests).toEqual([{ path: '/user-attachments/files/1/a.docx', authorization: 'Bearer secret' }]);
    expect(storage.requests).toEqual([{ path: '/file/1?sig=abc', authorization: '' }]);
  });

  it('refuses a redirect to any other host without contacting it', async () => {
    route = (_path, res) => res.writeHead(302, { location: `${other.origin}/steal` }).end();
    expect(await get('/user-attachments/files/1/a.docx', { token: 'secret' })).toEqual({
      ok: false,
      answer:
        'Filen blev ikke hentet: GitHub sendte robotten videre til en adresse uden for GitHubs vedhæftninger ' +
        `(${new URL(other.origin).host}). ${LATER}`,
    });
    expect(other.requests).toEqual([]);
  });

  it('refuses an endless chain of redirects after five', async () => {
    route = (path, res) => res.writeHead(302, { location: `${path}x` }).end();
    const result = await downloadAttachment(new URL('/a', github.origin), {
      ...options(),
      hosts: { origin: github.origin, redirectAllowed: (url) => url.origin === github.origin },
    });
    expect(result).toEqual({
      ok: false,
      answer:
        'Filen blev ikke hentet: GitHub sendte robotten videre til en adresse uden for GitHubs vedhæftninger ' +
        `(${new URL(github.origin).host}). ${LATER}`,
    });
    expect(github.requests.map((r) => r.path)).toEqual(['/a', '/ax', '/axx', '/axxx', '/axxxx', '/axxxxx']);
  });

  it('refuses a file whose announced size is over the limit, before reading it', async () => {
    route = (_path, res) => res.writeHead(200, { 'content-length': String(2 * MB) }).end(new Uint8Array(2 * MB));
    expect(await get('/user-attachments/files/1/big.docx')).toEqual({ ok: false, answer: TOO_LARGE });
  });

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    let sent = 0;
    route = (_path, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      // An endless body: 64 KiB at a time until the client goes away.
      const write = () => {
        while (!res.destroyed && res.write(new Uint8Array(64 * 1024))) sent += 64 * 1024;
        if (!res.destroyed) res.once('drain', write);
      };
      write();
    };
    const started = Date.now();
    expect(await get('/user-attachments/files/1/endless.docx')).toEqual({ ok: false, answer: TOO_LARGE });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sent).toBeLessThan(64 * MB);
  });

  it('gives up after the timeout when the host does not answer', async () => {
    route = () => {};
    const started = Date.now();
    expect(await get('/user-attachments/files/1/slow.docx', { timeoutMs: 300 })).toEqual({
      ok: false,
      answer: `Filen blev ikke hentet inden for 1 sekund. ${LATER}`,
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('says a missing file is missing, another status is GitHub’s, and a web page is not the file', async () => {
    route = (path, res) => {
      if (path.endsWith('gone.docx')) res.writeHead(404).end();
      else if (path.endsWith('login.docx'))
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>');
      else res.writeHead(503).end();
    };
    expect(await get('/user-attachments/files/1/gone.docx')).toEqual({
      ok: false,
      answer:
        'Filen findes ikke på GitHub (længere). Træk .docx-filen ind i feltet «Word-fil» igen, når du retter sagen.',
    });
    expect(await get('/user-attachments/files/1/login.docx')).toEqual({
      ok: false,
      answer: `GitHub svarede med en webside i stedet for filen (fx en login-side). ${LATER}`,
    });
    expect(await get('/user-attachments/files/1/busy.docx')).toEqual({
      ok: false,
      answer: `Filen kunne ikke hentes fra GitHub (HTTP 503). ${LATER}`,
    });
  });
});
