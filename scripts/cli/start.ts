/**
 * `npm start`: the whole product locally with one command. Compiles the demo registry to dist/access-list.json,
 * builds the site when it is missing or stale, starts the development identity provider (loopback) and the gate
 * on http://localhost:4321 (PORT to change), and prints which demo accounts to try. Ctrl-C stops everything.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseAccessList } from '../gate/access-list.ts';
import { buildFreshness } from '../gate/build-freshness.ts';
import { devAccountsFromAccessList } from '../gate/dev-idp/accounts.ts';
import { startDevIdp } from '../gate/dev-idp/provider.ts';
import { runNodeScript } from '../gate/run-command.ts';
import { createGate } from '../gate/server.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const accessListFile = join(dist, 'access-list.json');
const port = Number(process.env.PORT ?? 4321);
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

if (process.env.NODE_ENV === 'production')
  fail(
    'npm start er til lokal udvikling; brug "npm run serve" i drift. / npm start is for local development; use "npm run serve" in production.',
  );
if (!Number.isInteger(port) || port <= 0 || port > 65535)
  fail(`PORT skal være et portnummer, ikke "${process.env.PORT}"`);

say('[1/4] Kompilerer medlemsregistret til dist/access-list.json …');
if ((await runNodeScript(join(root, 'scripts/cli/registry.ts'), ['compile', '--out', accessListFile], root)) !== 0) {
  fail('Registret kunne ikke kompileres: ret fejlene ovenfor (npm run registry -- check).');
}

const freshness = await buildFreshness(root, dist);
if (freshness.fresh) say('[2/4] Sitet er allerede bygget og nyere end kilderne, springer over.');
else {
  say(`[2/4] Bygger sitet (kerne og bred): ${freshness.reason} …`);
  if ((await runNodeScript(join(root, 'scripts/cli/build.ts'), [], root)) !== 0)
    fail('Sitet kunne ikke bygges: ret fejlene ovenfor (npm run build).');
}

say('[3/4] Starter den lokale login-tjeneste …');
const gateUrl = new URL(`http://localhost:${port}`);
const clientSecret = randomBytes(24).toString('base64url');
let accounts = devAccountsFromAccessList(parseAccessList(await readFile(accessListFile, 'utf8')));
const idp = await startDevIdp({ gateUrl, clientId: 'sikkerhedsnet-dev', clientSecret, accounts: () => accounts });

say(`[4/4] Starter gaten på ${gateUrl.origin} …`);
const gate = await createGate({
  config: {
    issuer: idp.issuer,
    clientId: 'sikkerhedsnet-dev',
    clientSecret,
    sessionSecret: process.env.SIKKERHEDSNET_SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    publicUrl: gateUrl,
    accessListFile,
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
}).catch((error: Error) => fail(`Gaten kunne ikke starte: ${error.message}`));
await gate
  .listen(port, '127.0.0.1')
  .catch((error: Error) =>
    fail(`Port ${port} er optaget eller utilgængelig (${error.message}); vælg en anden med PORT=…`),
  );

const kerne = accounts.find((a) => a.kind === 'member' && a.description.startsWith('kerne'));
const bred = accounts.find((a) => a.kind === 'member' && a.description.startsWith('bred'));
const outsider = accounts.find((a) => a.kind === 'non-member');
say('');
say(`Sikkerhedsnet kører: ${gateUrl.href}`);
say(`Lokal login-tjeneste: ${idp.issuer.href} (vælg en demokonto på login-siden)`);
say('Prøv fx:');
if (kerne) say(`  kerne:       ${kerne.name} <${kerne.email}>  ser alle sider`);
if (bred) say(`  bred:        ${bred.name} <${bred.email}>  ser kun sider for alle`);
if (outsider) say(`  ikke medlem: ${outsider.name} <${outsider.email}>  får siden "Du har ikke adgang"`);
say('Stop med Ctrl-C.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say('\nStopper …');
  await gate.close();
  await idp.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
