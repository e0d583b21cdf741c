/**
 * `npm run newsletter -- preview|send|alerts|approver [flags]`: KL's newsletter and alerts by e-mail. A static table
 * of the commands; the mail code is imported only when a command runs. Sending is a dry run unless `--send` is given.
 */
import { type Command, defineCommand, dispatch } from './command.ts';
import { booleanFlag, libraryDirFlag, registryDirFlag, stringFlag, todayFlag } from './flags.ts';
import { ledgerFlag, maxAgeFlag, rateFlag, sinceFlag } from './newsletter-flags.ts';
import { runCli } from './run-cli.ts';

const common = {
  dir: libraryDirFlag,
  registry: registryDirFlag,
  ledger: ledgerFlag,
  today: todayFlag,
};

const ENV =
  'Miljøvariabler: SIKKERHEDSNET_SMTP_URL (postserveren, fx smtp://bruger:kode@smtp.example.dk:587; kun til --send),\n' +
  "SIKKERHEDSNET_PUBLIC_URL (sitets adresse i links), SIKKERHEDSNET_MAIL_FROM (afsender; standard KL's adresse fra\n" +
  'kommuner.yaml), SIKKERHEDSNET_MAIL_RATE (mails pr. minut; standard 30).';

const COMMANDS: Readonly<Record<string, Command>> = {
  preview: defineCommand({
    summary: 'lav nyhedsbrevet for hvert niveau og skriv det til en mappe til godkendelse; intet sendes',
    usage:
      'Brug: npm run newsletter -- preview [--out MAPPE] [--since ÅÅÅÅ-MM-DD] [--ledger MAPPE] [--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD] [--run-url URL]',
    details:
      'Perioden begynder, hvor det seneste nyhedsbrev til niveauet sluttede (se --ledger), eller en måned tilbage.\n' +
      'Mappen får udsendelse.json (det, send --issue sender), en .html- og en .txt-fil pr. mail og resume.md til KL.\n' +
      'Mails til Databeskyttelse og Sikkerhed kontrolleres for indhold, der kun er for kernenetværket.',
    flags: {
      ...common,
      out: stringFlag('MAPPE', 'hvor forhåndsvisningen skrives (standard: .tmp/nyhedsbrev)'),
      since: sinceFlag,
      'run-url': stringFlag('URL', 'adressen på workflow-kørslen, nævnt i resume.md'),
    },
    async run(flags) {
      const { preview } = await import('./newsletter-run.ts');
      return preview(flags);
    },
  }),
  send: defineCommand({
    summary: 'send nyhedsbrevet (tør kørsel uden --send): den godkendte udsendelse.json eller det, der er nyt nu',
    usage:
      'Brug: npm run newsletter -- send [--issue FIL] [--send] [--rate N] [--retry-uncertain] [--since ÅÅÅÅ-MM-DD] [--ledger MAPPE] [--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD]',
    details:
      'Uden --send vises kun, hvem der ville få hvad. Udsendelsesloggen (--ledger) sikrer, at ingen får samme mail to\n' +
      'gange, også når en kørsel afbrydes og startes igen. En modtager, postserveren afviser, nævnes, og kommandoen\n' +
      `slutter med kode 1; kør den igen for at prøve de manglende.\n${ENV}`,
    flags: {
      ...common,
      issue: stringFlag('FIL', 'send præcis de mails, som preview skrev til udsendelse.json'),
      send: booleanFlag('send for alvor (ellers tør kørsel)'),
      rate: rateFlag,
      'retry-uncertain': booleanFlag('send igen til modtagere med ukendt status efter en afbrudt kørsel'),
      since: sinceFlag,
    },
    async run(flags) {
      const { send } = await import('./newsletter-run.ts');
      return send(flags);
    },
  }),
  alerts: defineCommand({
    summary: 'send varsler (nyheder med varsel: true) til niveauernes medlemmer (tør kørsel uden --send)',
    usage:
      'Brug: npm run newsletter -- alerts [--send] [--max-age DAGE] [--rate N] [--retry-uncertain] [--ledger MAPPE] [--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD]',
    details:
      'Et varsel sendes én gang til hvert medlem af de niveauer, der må se nyheden, også til dem, der har fravalgt\n' +
      `nyhedsbrevet. Varsler ældre end --max-age dage sendes ikke.\n${ENV}`,
    flags: {
      ...common,
      send: booleanFlag('send for alvor (ellers tør kørsel)'),
      'max-age': maxAgeFlag,
      rate: rateFlag,
      'retry-uncertain': booleanFlag('send igen til modtagere med ukendt status efter en afbrudt kørsel'),
    },
    async run(flags) {
      const { alerts } = await import('./newsletter-run.ts');
      return alerts(flags);
    },
  }),
  approver: defineCommand({
    summary: "må denne GitHub-konto godkende nyhedsbrevet? Kun KL's administratorer i admins.yaml må",
    usage: 'Brug: npm run newsletter -- approver --login BRUGERNAVN --id ID [--registry MAPPE]',
    details:
      'Administratoren findes på GitHub-id (github_id), når admins.yaml har det, ellers på brugernavnet.\n' +
      'Koden er 0, når kontoen må godkende, 1, når den ikke må, og 2, når admins.yaml ikke kan indlæses.',
    flags: {
      login: stringFlag('BRUGERNAVN', 'GitHub-brugernavnet på den, der godkender'),
      id: stringFlag('ID', 'GitHubs numeriske bruger-id for samme konto'),
      registry: registryDirFlag,
    },
    async run(flags) {
      const { approver } = await import('./newsletter-approver.ts');
      return approver(flags);
    },
  }),
};

await runCli(
  dispatch(COMMANDS, {
    usage: 'Brug: npm run newsletter -- <kommando> [tilvalg]',
    program: 'npm run newsletter --',
    unknown: (name) => `Ukendt eller manglende kommando: ${name ?? '(ingen)'}.`,
  }),
  { name: 'npm run newsletter', exit: true },
);
