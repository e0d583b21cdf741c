/**
 * `npm run bench:newsletter`: the monthly newsletter to a generated registry of 400 members, composed from the real
 * library and sent through a local SMTP server (scripts/mail/mail-sink.ts on loopback). Every row runs in a process
 * of its own, interleaved, median of several runs, with its time, CPU and peak memory, and its ratio to a baseline
 * measured in the same run: nodemailer alone sending the same number of pre-rendered identical messages over one
 * pooled connection. The sink checks that each sending row delivered exactly one message per recipient and
 * mailing, and that a second `newsletter send` on the same ledger sends nothing.
 *
 * Target: the issue takes seconds of CPU at most; the throttle (30 a minute for Microsoft 365) is what sets the
 * real sending time, printed beside it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { LIBRARY_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { TIERS } from '#model/tiers.ts';
import { composeNewsletter, nextPeriod } from '../mail/compose.ts';
import { loadMailSources } from '../mail/load.ts';
import { type MailSink, startMailSink } from '../mail/mail-sink.ts';
import { mailRecipients } from '../mail/recipients.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeSyntheticRegistry } from '../registry/synthetic.ts';
import type { BenchPlan, RowResult } from './newsletter-rows.ts';
import type { ProcessUsage } from './process-usage.ts';

const MEMBERS = 400;
const RUNS = 3;
const TODAY = '2026-11-30';
const SINCE = '2026-01-01';
/** High enough that the throttle never waits: the rows measure our cost, not the throttle's. */
const RATE = 100_000;
/** The default `--rate`: Microsoft 365's limit for one mailbox. */
const DEFAULT_RATE = 30;
const CPU_TARGET_MS = 10_000;
/** The site address in the mail's links, given to every process (SIKKERHEDSNET_PUBLIC_URL), so all compose alike. */
const SITE_URL = 'http://localhost:4321';
const root = fileURLToPath(new URL('../../', import.meta.url));
const usageModule = pathToFileURL(path.join(root, 'scripts/bench/process-usage.ts')).href;
const run = promisify(execFile);

interface Sample {
  ms: number;
  messages: number;
  usage: ProcessUsage;
  phases?: Record<string, number>;
  messageBytes?: number;
}

interface Row {
  label: string;
  /** Run number → one measurement; throws when the row did not do its work. */
  measure(index: number): Promise<Sample>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Run `node args` with the usage preload; wall time from start to exit. Throws on a non-zero exit. */
async function runNode(args: string[], env: NodeJS.ProcessEnv, usageFile: string) {
  const start = process.hrtime.bigint();
  const { stdout } = await run(process.execPath, ['--import', usageModule, ...args], {
    cwd: root,
    env: { ...env, SIKKERHEDSNET_BENCH_USAGE: usageFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as ProcessUsage;
  return { ms, stdout, usage };
}

/** What the sink received since the last call, as sorted `<mailing id> <recipient>` lines; then forgets it. */
function takeDeliveries(sink: MailSink): string[] {
  const lines = sink.received.flatMap((mail) => {
    const head = mail.raw.toString('latin1', 0, Math.max(0, mail.raw.indexOf('\r\n\r\n')));
    const id = /^X-Sikkerhedsnet-Udsendelse:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
    return mail.to.map((to) => `${id} ${to}`);
  });
  sink.received.length = 0;
  return lines.sort();
}

function checkDeliveries(sink: MailSink, expected: readonly string[], label: string): void {
  const got = takeDeliveries(sink);
  const missing = expected.filter((line) => !got.includes(line));
  if (got.length !== expected.length || missing.length > 0)
    throw new Error(`${label}: the sink got ${got.length} messages, expected ${expected.length} (${missing[0] ?? ''})`);
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const { registry: demo } = await loadRegistry(path.join(root, REGISTRY_DIR));
if (!demo) throw new Error('registry/ does not load; run `npm run registry -- check` first');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'sikkerhedsnet-bench-newsletter-'));
const sink = await startMailSink({ port: 0 });
try {
  const registryDir = path.join(tmp, REGISTRY_DIR);
  await writeSyntheticRegistry(demo, registryDir, MEMBERS, TODAY);
  const siteUrl = SITE_URL;
  const loaded = await loadMailSources({ libraryDir: path.join(root, LIBRARY_DIR), registryDir, siteUrl });
  if (!loaded.sources) throw new Error(`the generated registry does not load: ${JSON.stringify(loaded.problems[0])}`);
  const { sources } = loaded;
  const klEmail = sources.context.klEmail;
  const from = `"Sikkerhedsnet, KL" <${klEmail}>`;
  const plan: BenchPlan = {
    smtpUrl: sink.url,
    sender: { from, klEmail },
    libraryDir: path.join(root, LIBRARY_DIR),
    registryDir,
    siteUrl,
    since: SINCE,
    today: TODAY,
    perMinute: RATE,
    mailings: TIERS.flatMap((tier) => {
      const period = nextPeriod(undefined, TODAY, SINCE);
      const mailing = period && composeNewsletter(sources.context, tier, period);
      return mailing ? [{ mailing, recipients: mailRecipients(sources.registry, tier, mailing.kind) }] : [];
    }),
  };
  const planFile = path.join(tmp, 'plan.json');
  await writeFile(planFile, JSON.stringify(plan));
  const expected = plan.mailings.flatMap((m) => m.recipients.map((r) => `${m.mailing.id} ${r.email}`)).sort();
  const total = expected.length;
  const firstId = plan.mailings[0]?.mailing.id ?? '';
  // nodemailer alone sends one message (the first mailing's) to everyone.
  const expectedBaseline = plan.mailings.flatMap((m) => m.recipients.map((r) => `${firstId} ${r.email}`)).sort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIKKERHEDSNET_SMTP_URL: sink.url,
    SIKKERHEDSNET_PUBLIC_URL: siteUrl,
    SIKKERHEDSNET_MAIL_FROM: from,
  };
  const usageFile = path.join(tmp, 'usage.json');
  const child = async (args: string[], expect: readonly string[], label: string): Promise<Sample> => {
    const { stdout, usage } = await runNode(['scripts/bench/newsletter-rows.ts', ...args], env, usageFile);
    checkDeliveries(sink, expect, label);
    const result = JSON.parse(stdout) as RowResult;
    const ms = Object.values(result.phases).reduce((a, b) => a + b, 0);
    return { ms, messages: result.messages, usage, phases: result.phases, messageBytes: result.messageBytes };
  };
  const send = async (ledger: string, expect: readonly string[], label: string): Promise<Sample> => {
    const args = ['scripts/cli/newsletter.ts', 'send', '--send', '--rate', String(RATE), '--ledger', ledger];
    args.push('--dir', LIBRARY_DIR, '--registry', registryDir, '--since', SINCE, '--today', TODAY);
    const { ms, usage } = await runNode(args, env, usageFile);
    checkDeliveries(sink, expect, label);
    return { ms, messages: expect.length, usage };
  };
  const rows: Row[] = [
    {
      label: `baseline: nodemailer alone, ${total} identical pre-rendered messages, one pooled connection`,
      measure: () => child(['baseline', planFile], expectedBaseline, 'baseline'),
    },
    {
      label: 'compose only: loadMailSources + composeNewsletter, both tiers',
      measure: () => child(['compose', planFile], [], 'compose'),
    },
    {
      label: 'deliver() without the ledger (in process)',
      measure: () => child(['deliver', planFile], expected, 'deliver without ledger'),
    },
    {
      label: 'deliver() with the ledger (in process, fsync per line)',
      measure: (i) => child(['deliver', planFile, path.join(tmp, `ledger-deliver-${i}`)], expected, 'deliver'),
    },
    {
      label: 'newsletter send --send, first run (whole process)',
      measure: (i) => send(path.join(tmp, `ledger-send-${i}`), expected, 'first send'),
    },
    {
      label: 'newsletter send --send, second run: all sent already (whole process)',
      measure: (i) => send(path.join(tmp, `ledger-send-${i}`), [], 'second send'),
    },
    {
      label: "node -e '' with the preload: start-up of a TypeScript entry, the floor of every row",
      measure: async () => {
        const { ms, usage } = await runNode(['-e', ''], env, usageFile);
        return { ms, messages: 0, usage };
      },
    },
  ];
  const samples: Sample[][] = rows.map(() => []);
  // Run 0 warms the file system and compile caches and is not counted. Interleaved, so a burst of load on the
  // machine hits every row alike.
  for (let i = 0; i <= RUNS; i++) {
    for (const [r, row] of rows.entries()) {
      const sample = await row.measure(i);
      if (i > 0) samples[r]?.push(sample);
    }
  }
  const summary = samples.map((list) => ({
    ms: median(list.map((s) => s.ms)),
    cpuMs: median(list.map((s) => s.usage.cpuMs)),
    rssMb: median(list.map((s) => s.usage.maxRssKb)) / 1024,
    messages: list[0]?.messages ?? 0,
    phase: (name: string) => median(list.map((s) => s.phases?.[name] ?? 0)),
  }));
  const [base, composeRow, bare, withLedger, firstSend] = summary;
  if (!base || !composeRow || !bare || !withLedger || !firstSend) throw new Error('missing rows');
  const perMailing = plan.mailings.map((m) => `${m.mailing.id} → ${m.recipients.length}`).join(', ');
  const bytes = samples[0]?.[0]?.messageBytes ?? 0;
  console.log(
    `\n${MEMBERS} members, ${total} messages (${perMailing}); one message is ${(bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(`median of ${RUNS} runs each (after one warm-up run)\n`);
  console.log(
    table([
      ['row', 'messages', 'time (ms)', 'msgs/s', 'CPU (ms)', 'peak memory (MB)', '× baseline'],
      ...summary.map((s, i) => [
        rows[i]?.label ?? '',
        String(s.messages),
        s.ms.toFixed(0),
        s.messages > 0 ? (s.messages / (s.ms / 1000)).toFixed(0) : '–',
        s.cpuMs.toFixed(0),
        s.rssMb.toFixed(1),
        `${(s.ms / base.ms).toFixed(2)}×`,
      ]),
    ]),
  );
  console.log(
    '\ntime: the in-process rows time only their work (after start-up, imports and setup); the whole-process rows' +
      '\nfrom start to exit. CPU and peak memory are always the whole process (CPU from getrusage, peak from VmHWM,' +
      "\nread at exit: scripts/bench/process-usage.ts); the SMTP server runs in the benchmark's own process and counts" +
      '\nin neither.',
  );
  console.log(
    `compose only: ${composeRow.phase('load').toFixed(0)} ms loading registry, library and git dates, ` +
      `${composeRow.phase('compose').toFixed(0)} ms composing both tiers`,
  );
  const extra = withLedger.ms - bare.ms;
  console.log(
    `ledger overhead: deliver() ${withLedger.ms.toFixed(0)} ms with the ledger vs ${bare.ms.toFixed(0)} ms without: ` +
      `${extra >= 0 ? '+' : ''}${extra.toFixed(0)} ms, ${(extra / total).toFixed(2)} ms a message ` +
      `(${(withLedger.ms / bare.ms).toFixed(2)}× deliver() without it, ${(withLedger.ms / base.ms).toFixed(2)}× the baseline)`,
  );
  console.log(
    `checked: every sending run delivered exactly ${total} messages, one per recipient and mailing; ` +
      'the second send on the same ledger delivered 0',
  );
  const minutes = (n: number) => (n / DEFAULT_RATE).toFixed(1);
  console.log(
    `throttle: at the default ${DEFAULT_RATE} a minute (Microsoft 365), ${MEMBERS} members take ${MEMBERS} / ${DEFAULT_RATE} = ` +
      `${minutes(MEMBERS)} min; this issue's ${total} messages ${minutes(total)} min`,
  );
  const cpuShare = (firstSend.cpuMs / ((total / DEFAULT_RATE) * 60_000)) * 100;
  console.log(
    `target: the whole send under ${CPU_TARGET_MS / 1000} s of CPU: ${firstSend.cpuMs < CPU_TARGET_MS ? 'met' : 'NOT met'} ` +
      `(${(firstSend.cpuMs / 1000).toFixed(2)} s, ${cpuShare.toFixed(2)} % of the throttled sending time)`,
  );
  if (firstSend.cpuMs >= CPU_TARGET_MS) process.exitCode = 1;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`machine: ${os.cpus().length} CPUs, load average ${load} (other work on the machine slows every row)`);
} finally {
  await sink.close();
  await rm(tmp, { recursive: true, force: true });
}
