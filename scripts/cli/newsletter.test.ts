/**
 * `npm run newsletter` as a real process against a real SMTP server on loopback: dry run, refusals, a run killed
 * mid-send and run again (nobody gets two), a stop by signal, the approved preview file, the leak stop, alerts,
 * and bad input.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MailSink, type ReceivedMail, startMailSink } from '../mail/mail-sink.ts';
import { FIXTURE_LIBRARY, FIXTURE_REGISTRY } from '../mail/testing/fixture-sources.ts';
import { ROOT, runEntry } from './testing/run-process.ts';

let sink: MailSink;
let refused = new Set<string>();
let onMessage: ((mail: ReceivedMail) => void | Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  sink = await startMailSink({
    port: 0,
    refuse: (address) => (refused.has(address) ? '5.1.1 Modtageren findes ikke' : undefined),
    onMessage: (mail) => onMessage?.(mail),
  });
});
afterAll(() => sink.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-newsletter-'));
  sink.received.length = 0;
  refused = new Set();
  onMessage = undefined;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sources = (library = FIXTURE_LIBRARY) => ['--dir', library, '--registry', FIXTURE_REGISTRY];
const ledger = () => ['--ledger', join(dir, 'udsendelser')];
/** Every issue since 2000, so what git says about the fixtures' dates does not matter. */
const sendArgs = (...extra: string[]) => ['send', ...sources(), ...ledger(), '--since', '2000-01-01', ...extra];
const env = () => ({ SIKKERHEDSNET_SMTP_URL: sink.url, SIKKERHEDSNET_PUBLIC_URL: 'https://sikkerhedsnet.example.dk' });

/** How many messages each address received. */
function perAddress(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mail of sink.received) for (const to of mail.to) counts[to] = (counts[to] ?? 0) + 1;
  return counts;
}

const NEWSLETTER_RECIPIENTS = [
  'anne.demo@kk.dk',
  'carla.proeve@kk.dk',
  'dorthe.demo@kl.dk',
  'erik.eksempel@kl.dk',
  'frede.kontakt@frederiksberg.dk',
  'hanne.holm@holb.dk',
  'holger.skjult@holb.dk',
  'maren.hemmelig@kk.dk',
];
const once = Object.fromEntries(NEWSLETTER_RECIPIENTS.map((a) => [a, 1]));

/** Start the command as a child process we can signal; resolves with its exit code and output when it ends. */
function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/cli/newsletter.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env() },
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.resume();
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout })),
  );
  return { child, done };
}

describe('npm run newsletter -- send', () => {
  it('is a dry run without --send: it says who would get what and sends nothing', async () => {
    const result = await runEntry('newsletter.ts', sendArgs(), env());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nyhedsbrev til kernenetværket (nyhedsbrev-');
    expect(result.stdout).toContain('  modtagere: 7 (1 har fravalgt nyhedsbrevet)\n  mangler: 7');
    expect(result.stdout).toContain('  modtagere: 1 (1 har fravalgt nyhedsbrevet)\n  mangler: 1');
    expect(result.stdout).toContain('    - Fortroligt risikoregister for kritisk infrastruktur');
    expect(result.stdout.trimEnd().endsWith('Tør kørsel: intet er sendt. Brug --send for at sende.')).toBe(true);
    expect(sink.received).toHaveLength(0);
  });

  it('sends once to everyone, and a second run sends nothing', async () => {
    const first = await runEntry('newsletter.ts', sendArgs('--send', '--rate', '6000'), env());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/nyhedsbrev-\d{4}-\d{2}-\d{2}-kerne: sendt til 7 nu \(7 modtagere\)\./);
    expect(perAddress()).toEqual(once);
    // The next issue begins where this one ended (today): nothing is new yet.
    const second = await runEntry('newsletter.ts', ['send', ...sources(), ...ledger(), '--send'], env());
    expect(second).toMatchObject({ code: 0, stdout: 'Intet nyt i perioden: der er intet nyhedsbrev at sende.\n' });
    // Asked again for the same period, the issue is closed: nobody gets it twice.
    const third = await runEntry('newsletter.ts', sendArgs('--send'), env());
    expect(third.stdout).toMatch(/-kerne: var allerede sendt til alle; intet sendt\./);
    expect(perAddress()).toEqual(once);
  });

  it('after being killed mid-send, a new run finishes the issue and nobody gets it twice', async () => {
    const run = start(sendArgs('--send', '--rate', '6000'));
    // The third message is in the server's hands; the sender dies before the server's answer reaches it.
    onMessage = async () => {
      if (sink.received.length !== 3) return;
      run.child.kill('SIGKILL');
      await run.done;
    };
    expect((await run.done).code).toBe(null);
    expect(sink.received).toHaveLength(3);
    onMessage = undefined;
    const again = await runEntry('newsletter.ts', sendArgs('--send', '--rate', '6000'), env());
    // The third recipient's message may or may not have arrived as far as the ledger knows: not sent again, reported.
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('  UKENDT  erik.eksempel@kl.dk: en tidligere kørsel stoppede under afsendelsen');
    expect(again.stdout).toMatch(/-kerne: sendt til 4 nu, 2 havde den i forvejen \(7 modtagere\)\./);
    expect(perAddress()).toEqual(once);
  });

  it('stops cleanly on SIGTERM after the message it is sending, and the next run sends the rest', async () => {
    const run = start(sendArgs('--send', '--rate', '300'));
    onMessage = () => {
      if (sink.received.length === 2) run.child.kill('SIGTERM');
    };
    const stopped = await run.done;
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('  IKKE FORSØGT  5 modtagere: kørslen blev stoppet. Kør kommandoen igen;');
    expect(sink.received).toHaveLength(2);
    onMessage = undefined;
    const rest = await runEntry('newsletter.ts', sendArgs('--send', '--rate', '6000'), env());
    expect(rest.code).toBe(0);
    expect(perAddress()).toEqual(once);
  });

  it('names a refused recipient, sends the others and exits 1', async () => {
    refused.add('carla.proeve@kk.dk');
    const result = await runEntry('newsletter.ts', sendArgs('--send', '--rate', '6000'), env());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  AFVIST  carla.proeve@kk.dk: 550 5.1.1 Modtageren findes ikke');
    expect(result.stdout).toContain('Ikke alle fik mailen');
    expect(Object.keys(perAddress())).toHaveLength(7);
  });

  it('sends exactly the approved preview, and refuses a preview file changed after approval', async () => {
    const out = join(dir, 'preview');
    const preview = await runEntry(
      'newsletter.ts',
      ['preview', ...sources(), ...ledger(), '--since', '2000-01-01', '--out', out],
      env(),
    );
    expect(preview.code).toBe(0);
    const file = JSON.parse(await readFile(join(out, 'udsendelse.json'), 'utf8'));
    expect(file.mailings.map((m: { tier: string }) => m.tier)).toEqual(['kerne', 'bred']);
    const html = await readFile(join(out, `${file.mailings[1].id}.html`), 'utf8');
    expect(html).toContain('Varsel om falske opkald fra en påstået it-support');
    expect(await readFile(join(out, 'resume.md'), 'utf8')).toContain('## Nyhedsbrev til godkendelse');
    const sent = await runEntry(
      'newsletter.ts',
      ['send', ...sources(), ...ledger(), '--issue', join(out, 'udsendelse.json'), '--send', '--rate', '6000'],
      env(),
    );
    expect(sent.code).toBe(0);
    expect(perAddress()).toEqual(once);
    file.mailings[0].html = file.mailings[0].html.replace('Nyt siden', 'Ændret efter godkendelsen');
    await writeFile(join(out, 'udsendelse.json'), JSON.stringify(file));
    const tampered = await runEntry(
      'newsletter.ts',
      ['send', ...sources(), ...ledger(), '--issue', join(out, 'udsendelse.json'), '--send'],
      env(),
    );
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('passer ikke til dets kontrolsum; filen er ændret efter forhåndsvisningen');
  });

  it('stops before anything is written when a broad mail would show core-only content', async () => {
    const library = join(dir, 'library');
    await cp(FIXTURE_LIBRARY, library, { recursive: true });
    await writeFile(
      join(library, 'nyheder/fejl-link.mdx'),
      '---\ntitle: Et resumé for meget\nsummary: Læs Fortroligt risikoregister for kritisk infrastruktur.\ndate: "2026-11-28"\naudience: alle\n---\n\nTekst.\n',
    );
    const out = join(dir, 'preview');
    const result = await runEntry(
      'newsletter.ts',
      ['preview', ...sources(library), ...ledger(), '--since', '2000-01-01', '--out', out],
      env(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Udsendelsen stoppes: mails til Databeskyttelse og Sikkerhed indeholder tekst, der kun er for kernenetværket:',
    );
    expect(result.stderr).toMatch(
      / {2}nyhedsbrev-\d{4}-\d{2}-\d{2}-bred: "Fortroligt risikoregister for kritisk infrastruktur"/,
    );
    await expect(readFile(join(out, 'udsendelse.json'))).rejects.toThrow('ENOENT');
  });

  it('stops an alert whose body links to a core-only page before anyone gets it', async () => {
    const library = join(dir, 'library');
    await cp(FIXTURE_LIBRARY, library, { recursive: true });
    await writeFile(
      join(library, 'nyheder/varsel-fejl-link.mdx'),
      '---\ntitle: Varsel med et link for meget\nsummary: Resumé.\ndate: "2026-11-28"\naudience: alle\nvarsel: true\n---\n\nSe [registret](/skabeloner/risikoregister-kerne/).\n',
    );
    const result = await runEntry(
      'newsletter.ts',
      ['alerts', ...sources(library), ...ledger(), '--today', '2026-11-30', '--send'],
      env(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  varsel-varsel-fejl-link-bred: "risikoregister-kerne"');
    expect(sink.received).toHaveLength(0);
  });

  it('answers bad input with a Danish message and exit 2', async () => {
    const rate = await runEntry('newsletter.ts', sendArgs('--rate', '0'), env());
    expect(rate.code).toBe(2);
    expect(rate.stderr).toContain('--rate skal være et helt tal fra 1 til 100000 (mails i minuttet), ikke "0"');
    const noUrl = await runEntry('newsletter.ts', sendArgs('--send'), { SIKKERHEDSNET_SMTP_URL: undefined });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('SIKKERHEDSNET_SMTP_URL er ikke sat');
    const badUrl = await runEntry('newsletter.ts', sendArgs('--send'), { SIKKERHEDSNET_SMTP_URL: 'http://x:secret@h' });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('SIKKERHEDSNET_SMTP_URL skal begynde med smtp:// eller smtps://');
    expect(badUrl.stderr).not.toContain('secret');
    const missing = await runEntry('newsletter.ts', sendArgs('--issue', join(dir, 'mangler.json')), env());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'mangler.json findes ikke: angiv filen udsendelse.json, som newsletter preview skrev.',
    );
    expect(sink.received).toHaveLength(0);
  });
});

describe('npm run newsletter -- alerts', () => {
  const alerts = (...extra: string[]) => ['alerts', ...sources(), ...ledger(), '--rate', '6000', ...extra];

  it('sends each recent alert once to every member of the tiers that may see it, opt-outs included', async () => {
    const result = await runEntry('newsletter.ts', alerts('--send', '--today', '2026-11-30'), env());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'varsel-kerne-varsel-pumpestation-kerne: sendt til 8 nu (8 modtagere).',
        'varsel-varsel-falsk-opkald-kerne: sendt til 8 nu (8 modtagere).',
        'varsel-varsel-falsk-opkald-bred: sendt til 2 nu (2 modtagere).',
        '',
      ].join('\n'),
    );
    expect(perAddress()['ole.fravalgt@kk.dk']).toBe(2);
    expect(perAddress()['ida.aaben@holb.dk']).toBe(1);
    expect(perAddress()['carla.proeve@kk.dk']).toBe(1);
    const again = await runEntry('newsletter.ts', alerts('--send', '--today', '2026-11-30'), env());
    expect(again).toMatchObject({ code: 0, stdout: 'Ingen varsler at sende: ingen nye fra de seneste 14 dage.\n' });
    expect(sink.received).toHaveLength(18);
  });

  it('sends no alert older than --max-age days', async () => {
    const result = await runEntry('newsletter.ts', alerts('--send', '--today', '2026-12-20', '--max-age', '7'), env());
    expect(result).toMatchObject({ code: 0, stdout: 'Ingen varsler at sende: ingen nye fra de seneste 7 dage.\n' });
    expect(sink.received).toHaveLength(0);
  });
});
