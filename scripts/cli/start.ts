/**
 * `npm start`: the whole product locally with one command. Compiles the demo registry to dist/access-list.json,
 * builds the site when it is missing or stale, starts the development identity provider (loopback) and the gate
 * on http://localhost:4321 (PORT to change), and prints which demo accounts to try. Ctrl-C stops everything.
 * The gate is called "adgangsserveren" in the Danish output (the access server in front of the site).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DIST_DIR } from '#model/layout.ts';
import { parseAccessList } from '../gate/access-list.ts';
import { buildFreshness } from '../gate/build-freshness.ts';
import { loadLocalConfig } from '../gate/config.ts';
import { devAccountsFromAccessList } from '../gate/dev-idp/accounts.ts';
import { startDevIdp } from '../gate/dev-idp/provider.ts';
import { runNodeScript } from '../gate/run-command.ts';
import { createGate } from '../gate/server.ts';
import { type MailSink, startMailSink } from '../mail/mail-sink.ts';
import { defineCommand } from './command.ts';
import { runCli, untilStopped } from './run-cli.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, DIST_DIR);
const accessListFile = join(dist, 'access-list.json');
const say = (line: string) => process.stdout.write(`${line}\n`);
const failed = (line: string) => {
  process.stderr.write(`${line}\n`);
  return 1;
};

const start = defineCommand({
  summary:
    'hele produktet lokalt: demoregistret, sitet, en lokal login-tjeneste, en lokal postserver og adgangsserveren på http://localhost:4321',
  usage: 'Brug: npm start',
  details:
    'Miljøvariabler: PORT (standard 4321), SMTP_PORT (den lokale postserver, standard 2525), SIKKERHEDSNET_SESSION_SECRET (valgfri). Kun til udvikling; i drift: npm run serve.\n' +
    'Stop med Ctrl-C.',
  flags: {},
  async run() {
    const { config, errors } = loadLocalConfig(process.env);
    if (!config) return failed(errors.join('\n'));
    const { port } = config;

    say('[1/5] Laver adgangslisten dist/access-list.json ud fra medlemsregistret …');
    const compile = ['compile', '--out', accessListFile];
    if ((await runNodeScript(join(root, 'scripts/cli/registry.ts'), compile, root)) !== 0)
      return failed('Adgangslisten kunne ikke laves: ret fejlene i registret ovenfor (npm run registry -- check).');

    const freshness = await buildFreshness(root, dist);
    if (freshness.fresh) say('[2/5] Sitet er allerede bygget og nyere end kilderne; det bygges ikke igen.');
    else {
      say(`[2/5] Bygger sitet (kerne og bred): ${freshness.reason} …`);
      if ((await runNodeScript(join(root, 'scripts/cli/build.ts'), [], root)) !== 0)
        return failed('Sitet kunne ikke bygges: ret fejlene ovenfor (npm run build).');
    }

    say('[3/5] Starter den lokale login-tjeneste …');
    const gateUrl = new URL(`http://localhost:${port}`);
    const clientSecret = randomBytes(24).toString('base64url');
    let accounts = devAccountsFromAccessList(parseAccessList(await readFile(accessListFile, 'utf8')));
    const idp = await startDevIdp({ gateUrl, clientId: 'sikkerhedsnet-dev', clientSecret, accounts: () => accounts });

    say(`[4/5] Starter adgangsserveren på ${gateUrl.origin} …`);
    let gate: Awaited<ReturnType<typeof createGate>>;
    try {
      gate = await createGate({
        config: {
          issuer: idp.issuer,
          clientId: 'sikkerhedsnet-dev',
          clientSecret,
          sessionSecret: config.sessionSecret,
          publicUrl: gateUrl,
          accessListFile,
          // Activity of the demo (issue 16) stays out of dist/, which a rebuild replaces.
          activityDir: process.env.SIKKERHEDSNET_ACTIVITY || join(root, '.tmp', 'activity'),
          distDir: dist,
          secureCookies: false,
          allowInsecureIssuer: true,
        },
        onAccessListReload: (ok) => {
          if (ok)
            void readFile(accessListFile, 'utf8').then(
              (text) => (accounts = devAccountsFromAccessList(parseAccessList(text))),
              () => {},
            );
        },
      });
    } catch (error) {
      return failed(`Adgangsserveren kunne ikke starte: ${(error as Error).message}`);
    }
    try {
      await gate.listen(port, '127.0.0.1');
    } catch (error) {
      return failed(
        `Port ${port} er optaget eller utilgængelig (${(error as Error).message}); vælg en anden med PORT=…`,
      );
    }

    const mailDir = join(root, '.tmp', 'mail');
    const smtpPort = Number(process.env.SMTP_PORT || 2525);
    say(`[5/5] Starter den lokale postserver på smtp://127.0.0.1:${smtpPort} …`);
    let mail: MailSink | undefined;
    try {
      mail = await startMailSink({ port: smtpPort, dir: mailDir });
    } catch (error) {
      // Mail is a side show locally: the site still runs, and the message says how to free the port.
      say(`    Postserveren kunne ikke starte (${(error as Error).message}); vælg en anden port med SMTP_PORT=…`);
    }

    const kerne = accounts.find((a) => a.kind === 'member' && a.description.startsWith('kerne'));
    const bred = accounts.find((a) => a.kind === 'member' && a.description.startsWith('bred'));
    const outsider = accounts.find((a) => a.kind === 'non-member');
    say('');
    say(`Sikkerhedsnet kører: ${gateUrl.href}`);
    say(`Lokal login-tjeneste: ${idp.issuer.href} (vælg en demokonto på login-siden)`);
    say('Prøv fx:');
    if (kerne) say(`  kerne:       ${kerne.name} <${kerne.email}>  ser alle sider`);
    if (bred) say(`  bred:        ${bred.name} <${bred.email}>  ser kun sider for alle`);
    if (outsider) say(`  ikke medlem: ${outsider.name} <${outsider.email}>  får siden »Du har ikke adgang«`);
    if (mail) {
      say(
        `Lokal postserver: ${mail.url}; mails gemmes i .tmp/mail/ (.eml åbnes i et postprogram, .html i en browser).`,
      );
      say(`  Send fx nyhedsbrevet: SIKKERHEDSNET_SMTP_URL=${mail.url} npm run newsletter -- send --send`);
    }
    say(
      'Aktivitet (sidevisninger, søgninger uden resultat) gemmes i .tmp/activity/; se den med npm run activity -- report --dir .tmp/activity',
    );
    say('Stop med Ctrl-C.');

    await untilStopped();
    say('\nStopper …');
    await gate.close();
    await idp.close();
    await mail?.close();
    return 0;
  },
});

// The identity provider and the gate keep handles open: end the process with the exit code.
await runCli(start.main, { name: 'npm start', exit: true });
