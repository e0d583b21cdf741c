/**
 * handleTemplateRequest in process: the attachment is downloaded from real HTTP servers on loopback standing in for
 * GitHub's attachment host and its storage host, and imported into a copy of the fixture library. The registry's
 * judgement is given as a plain authority (the CLI test covers the real one).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentHosts } from './attachment-link.ts';
import { handleTemplateRequest, type TemplateAuthority } from './handle.ts';
import { startServer, type TestServer } from './testing/attachment-server.ts';
import { docx, PLAN } from './testing/docx.ts';
import { attachmentMarkdown, issueBody } from './testing/issue-body.ts';

const FIXTURES = path.join(import.meta.dirname, '../experience-request/fixtures');
const AGAIN_FILE =
  'Ret dokumentet i Word, og træk den rettede fil ind i feltet «Word-fil» i stedet for den gamle, så prøver robotten igen.';

const MEMBER: TemplateAuthority = {
  ownerCodes: new Set(['101', '316']),
  workDomains: new Set(['kk.dk', 'holb.dk', 'kl.dk']),
  judge: () => ({
    ok: true,
    owner: { code: '101', name: 'København', fullName: 'Københavns Kommune', slug: 'koebenhavn' },
    contact: { name: 'Anne Demo', email: 'anne.demo@kk.dk' },
  }),
};
const STRANGER: TemplateAuthority = { ...MEMBER, judge: () => ({ ok: false, answer: '@x står ikke i registret.' }) };

let github: TestServer;
let storage: TestServer;
let other: TestServer;
/** The file the storage host serves; set per test. */
let served: (res: ServerResponse) => void;
beforeAll(async () => {
  // The attachment host redirects to the storage host, as GitHub does; file 666 goes to another host.
  github = await startServer((req, res) => {
    const to = req.url?.includes('/files/666/') ? other.origin : storage.origin;
    res.writeHead(302, { location: `${to}/blob${req.url}` }).end();
  });
  storage = await startServer((_req, res) => served(res));
  other = await startServer((_req, res) => res.end(PLAN));
});
afterAll(() => Promise.all([github.close(), storage.close(), other.close()]));

let temp: string;
let library: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-template-request-'));
  library = path.join(temp, 'templates-library');
  await cp(path.join(FIXTURES, 'templates-library'), library, { recursive: true });
  served = (res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(PLAN);
  for (const server of [github, storage, other]) server.requests.length = 0;
});
afterEach(() => rm(temp, { recursive: true, force: true }));

const hosts = (): AttachmentHosts => ({
  origin: github.origin,
  redirectAllowed: (url) => url.origin === storage.origin,
});
const request = (fil: string, authority = MEMBER) =>
  handleTemplateRequest({
    body: issueBody({ fil }),
    dir: library,
    authority,
    today: '2026-11-30',
    hosts: hosts(),
    timeoutMs: 5000,
  });
const link = (name = 'Beredskabsplan.docx', id = 17012345) => attachmentMarkdown(name, github.origin, id);
const libraryFiles = async () => (await readdir(library, { recursive: true })).sort();

describe('handleTemplateRequest', () => {
  it('downloads the attachment through the storage redirect, imports it as the member’s municipality’s draft', async () => {
    const outcome = await request(link());
    const file = 'templates-library/beredskab/beredskabsplan-for-it-nedbrud.mdx';
    expect(outcome).toEqual({
      ok: true,
      file,
      written: [path.join(library, 'beredskab/beredskabsplan-for-it-nedbrud.mdx')],
      answer:
        `Tak, Anne Demo. Skabelonen fra «Beredskabsplan.docx» er lavet som \`${file}\` i kategorien Beredskab med ` +
        'Københavns Kommune som ejer og dig som ansvarlig. Den er gemt som udkast: en moderator i KL læser den ' +
        'igennem i pull requesten, og når den er godkendt, kan kun kernenetværket læse den på Sikkerhedsnet. Vil du ' +
        'ændre noget, så ret sagen eller læg en ny fil op, så laver robotten skabelonen igen.',
    });
    const mdx = await readFile(path.join(library, 'beredskab/beredskabsplan-for-it-nedbrud.mdx'), 'utf8');
    // The form's short description is the summary.
    expect(mdx).toMatch(
      /^---\ntitle: Beredskabsplan for it-nedbrud\nsummary: "Fiktivt eksempel: en kort beredskabsplan for it-nedbrud."\n/,
    );
    expect(mdx).toContain('owner: "101"');
    expect(mdx).toContain('[Kommunens navn]');
    expect(github.requests.map((r) => r.path)).toEqual(['/user-attachments/files/17012345/Beredskabsplan.docx']);
  });

  it('asks nothing of any host for a stranger, a field without a link, two links or a link elsewhere', async () => {
    const before = await libraryFiles();
    expect(await request(link(), STRANGER)).toEqual({ ok: false, answer: '@x står ikke i registret.', problems: [] });
    expect(await request('Filen kommer på mail.')).toMatchObject({
      ok: false,
      answer: expect.stringMatching(/^Der er ingen fil i feltet «Word-fil»\./),
    });
    expect(await request(`${link('a.docx', 1)}\n${link('b.docx', 2)}`)).toMatchObject({
      ok: false,
      answer: expect.stringMatching(/^Feltet «Word-fil» har 2 links/),
    });
    expect(await request(`[a.docx](${other.origin}/user-attachments/files/1/a.docx)`)).toMatchObject({
      ok: false,
      answer: expect.stringContaining('peger ikke på en fil, der er lagt op i GitHub-sagen'),
    });
    expect([github.requests, storage.requests, other.requests]).toEqual([[], [], []]);
    expect(await libraryFiles()).toEqual(before);
  });

  it('refuses a redirect to another host and a file over 20 MB, writing nothing', async () => {
    const before = await libraryFiles();
    const elsewhere = await request(link('a.docx', 666));
    expect(elsewhere).toMatchObject({
      ok: false,
      answer: expect.stringMatching(/^Filen blev ikke hentet: GitHub sendte/),
    });
    expect(other.requests).toEqual([]);
    served = (res) => res.writeHead(200, { 'content-length': String(21 * 1024 * 1024) }).end();
    expect(await request(link())).toMatchObject({
      ok: false,
      answer: expect.stringMatching(/^Filen er større end 20 MB/),
    });
    expect(await libraryFiles()).toEqual(before);
  });

  it('answers the import’s findings per place and asks for the old file to be removed when it holds personal data', async () => {
    served = (res) => res.end(docx(['# Kontaktliste', 'Borgeren har CPR-nummer 070761-4285 og skal kontaktes.']));
    const outcome = await request(link('Kontaktliste.docx'));
    expect(outcome.ok).toBe(false);
    expect(outcome.answer).toMatch(
      /^Skabelonen er ikke gemt, fordi Word-filen «Kontaktliste\.docx» ikke kan bruges:\n\n(- `templates-library\/beredskab\/kontaktliste\.mdx:\d+:\d+`: Muligt CPR-nummer 070761-xxxx .*\n)+\n/,
    );
    expect(outcome.answer).toMatch(
      new RegExp(
        `${AGAIN_FILE} Den gamle fil kan stadig hentes af alle med adgang til repositoryet: bed en moderator i KL om at slette den fra sagen og sagens historik\\.$`,
      ),
    );
    expect(existsSync(path.join(library, 'beredskab/kontaktliste.mdx'))).toBe(false);
  });

  it('answers a file that is not a Word document with the file’s own problem and no place', async () => {
    served = (res) => res.end('Dette er ikke en zip-fil.');
    const outcome = await request(link());
    expect(outcome.ok).toBe(false);
    expect(outcome.answer).toMatch(
      /^Skabelonen er ikke gemt, fordi Word-filen «Beredskabsplan\.docx» ikke kan bruges:\n\n- [^`]/,
    );
    expect(outcome.answer.endsWith(AGAIN_FILE)).toBe(true);
  });
});
