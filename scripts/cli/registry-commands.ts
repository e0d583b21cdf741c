/**
 * The registry's commands, one static table: name → summary, usage, flags and the module that runs it (imported
 * only when that command runs). Adding a command means adding it here; `npm run registry -- --help` lists them in
 * this order and `npm run registry -- <kommando> --help` prints one.
 */
import { LIBRARY_DIR } from '#model/layout.ts';
import { type Command, defineCommand } from './command.ts';
import {
  booleanFlag,
  csvSeparatorFlag,
  existingDirFlag,
  type FlagValues,
  formatFlag,
  jsonOutFlag,
  registryDirFlag,
  skipFlag,
  stringFlag,
  todayFlag,
} from './flags.ts';
import { prCommentCommand } from './pr-comment-command.ts';

const brug = (rest: string) => `Brug: npm run registry -- ${rest}`;
const dir = registryDirFlag;
const checkOnly = (what: string) => booleanFlag(`skriv intet; exit 1, hvis ${what} er forældet`);

const checkFlags = {
  dir,
  library: existingDirFlag(
    LIBRARY_DIR,
    'biblioteket med ordlisten ordliste.yaml, som medlemmernes emner kontrolleres mod',
  ),
  format: formatFlag(['text', 'json', 'github']),
  'json-out': jsonOutFlag,
  today: todayFlag,
  skip: skipFlag,
};
const schemaFlags = { dir, check: checkOnly('en JSON Schema-fil') };
const compileFlags = { dir, out: stringFlag('FIL', 'adgangslisten, der skrives (påkrævet)'), today: todayFlag };
const reportFlags = { dir, format: formatFlag(['md', 'json', 'csv']), separator: csvSeparatorFlag, today: todayFlag };
const contactsFlags = { dir, format: formatFlag(['csv', 'json']), separator: csvSeparatorFlag };
const authorizeFlags = {
  base: stringFlag('REF', 'git-referencen, ændringen regnes fra, fx origin/main (påkrævet)'),
  actor: stringFlag('GITHUB-LOGIN', 'den GitHub-bruger, der foretager ændringen (påkrævet)'),
  dir,
};
const codeownersFlags = { check: checkOnly('.github/CODEOWNERS'), dir };
const issueFormFlags = { check: checkOnly('formularens kommuneliste'), dir };
const addMemberFlags = {
  municipality: stringFlag('KODE', 'kommunekoden, fx 101 (påkrævet)'),
  name: stringFlag('NAVN', 'medlemmets fulde navn (påkrævet)'),
  email: stringFlag('E-MAIL', 'arbejds-e-mail på kommunens domæne (påkrævet)'),
  title: stringFlag('STILLING', 'stillingsbetegnelse (påkrævet)'),
  tier: stringFlag('kerne|bred', 'adgangsniveau (påkrævet)'),
  contact: booleanFlag('medlemmet er kommunens kontaktperson'),
  github: stringFlag('LOGIN', 'GitHub-login'),
  'github-id': stringFlag('TAL', 'GitHub-kontoens numeriske id'),
  'approved-by': stringFlag('E-MAIL', 'kontaktperson eller administrator, der godkender (påkrævet)'),
  today: todayFlag,
  dir,
};
const removeMemberFlags = { email: stringFlag('E-MAIL', 'medlemmets e-mail (påkrævet)'), today: todayFlag, dir };
const confirmFlags = {
  email: stringFlag('E-MAIL', 'bekræft dette medlem'),
  'all-in': stringFlag('KODE', 'bekræft alle medlemmer i kommunen'),
  by: stringFlag('E-MAIL', 'kontaktperson eller administrator, der bekræfter (påkrævet)'),
  today: todayFlag,
  dir,
};
const syncFlags = {
  dir,
  apply: booleanFlag('udfør planen (uden: tør kørsel, intet ændres)'),
  format: formatFlag(['text', 'json']),
  'allow-large-removal': stringFlag('BEGRUNDELSE', 'tillad en plan, der fjerner flere end policy.yaml tillader'),
};
const reconfirmFlags = {
  dir,
  out: stringFlag('MAPPE', 'skriv én påmindelse pr. kommune som <kode>.md her'),
  today: todayFlag,
};
const removeExpiredFlags = { dir, today: todayFlag };
const accessRequestFlags = {
  dir,
  body: stringFlag('FIL', 'sagens tekst, som GitHub viser den (påkrævet)'),
  actor: stringFlag('LOGIN', 'sagens forfatter (påkrævet)'),
  today: todayFlag,
};

export type CheckFlags = FlagValues<typeof checkFlags>;
export type SchemaFlags = FlagValues<typeof schemaFlags>;
export type CompileFlags = FlagValues<typeof compileFlags>;
export type ReportFlags = FlagValues<typeof reportFlags>;
export type ContactsFlags = FlagValues<typeof contactsFlags>;
export type AuthorizeFlags = FlagValues<typeof authorizeFlags>;
export type CodeownersFlags = FlagValues<typeof codeownersFlags>;
export type IssueFormFlags = FlagValues<typeof issueFormFlags>;
export type AddMemberFlags = FlagValues<typeof addMemberFlags>;
export type RemoveMemberFlags = FlagValues<typeof removeMemberFlags>;
export type ConfirmFlags = FlagValues<typeof confirmFlags>;
export type SyncFlags = FlagValues<typeof syncFlags>;
export type ReconfirmFlags = FlagValues<typeof reconfirmFlags>;
export type RemoveExpiredFlags = FlagValues<typeof removeExpiredFlags>;
export type AccessRequestFlags = FlagValues<typeof accessRequestFlags>;

/** Every registry command, in the order `--help` lists them. */
export const REGISTRY_COMMANDS: Readonly<Record<string, Command>> = {
  check: defineCommand({
    summary: 'valider registret (skema + regler + genererede filer)',
    usage: brug(
      'check [--dir MAPPE] [--library MAPPE] [--format text|json|github] [--json-out FIL] [--today ÅÅÅÅ-MM-DD] [--skip REGEL,…]',
    ),
    details:
      '--format github skriver hver fejl som en GitHub Actions-kommando (::error file=…,line=…::besked), så fejlen\n' +
      'vises ved linjen i pull requesten. --json-out FIL gemmer resultatet til PR-kommentaren (pr-comment).\n' +
      'Medlemmernes emner (feltet emner) kontrolleres mod ordlisten ordliste.yaml i --library (standard: templates-library).',
    flags: checkFlags,
    run: async (flags) => (await import('./registry-check.ts')).run(flags),
  }),
  schema: defineCommand({
    summary: 'skriv registry/schema/*.schema.json fra zod-skemaerne',
    usage: brug('schema [--dir MAPPE] [--check]'),
    flags: schemaFlags,
    run: async (flags) => (await import('./registry-schema.ts')).run(flags),
  }),
  compile: defineCommand({
    summary: 'skriv adgangslisten til SSO-porten (--out FIL)',
    usage: brug('compile --out FIL [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]'),
    flags: compileFlags,
    run: async (flags) => (await import('./registry-compile.ts')).run(flags),
  }),
  report: defineCommand({
    summary: 'dækningsrapport for de 98 kommuner (--format md|json|csv)',
    usage: brug('report [--dir MAPPE] [--format md|json|csv] [--separator ;|,] [--today ÅÅÅÅ-MM-DD]'),
    flags: reportFlags,
    run: async (flags) => (await import('./registry-report.ts')).run(flags),
  }),
  contacts: defineCommand({
    summary: 'kontaktpersoner som CSV til mødeindkaldelser',
    usage: brug('contacts [--dir MAPPE] [--format csv|json] [--separator ;|,]'),
    flags: contactsFlags,
    run: async (flags) => (await import('./registry-contacts.ts')).run(flags),
  }),
  authorize: defineCommand({
    summary: 'må denne GitHub-bruger foretage ændringen? (--base REF --actor LOGIN)',
    usage: brug('authorize --base REF --actor GITHUB-LOGIN [--dir registry]'),
    flags: authorizeFlags,
    run: async (flags) => (await import('./registry-authorize.ts')).run(flags),
  }),
  codeowners: defineCommand({
    summary: 'skriv .github/CODEOWNERS fra registret',
    usage: brug('codeowners [--check] [--dir registry]'),
    flags: codeownersFlags,
    run: async (flags) => (await import('./registry-codeowners.ts')).run(flags),
  }),
  'issue-form': defineCommand({
    summary: 'skriv rullelisterne i formularerne "Anmod om adgang" og "Del en erfaring" fra kommuner.yaml og modellen',
    usage: brug('issue-form [--check] [--dir MAPPE]'),
    flags: issueFormFlags,
    run: async (flags) => (await import('./registry-issue-form.ts')).run(flags),
  }),
  'add-member': defineCommand({
    summary: 'tilføj et medlem til en kommunes fil',
    usage: brug(
      'add-member --municipality KODE --name NAVN --email E-MAIL --title STILLING --tier kerne|bred [--contact] ' +
        '[--github LOGIN] [--github-id TAL] --approved-by E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]',
    ),
    flags: addMemberFlags,
    run: async (flags) => (await import('./registry-add-member.ts')).run(flags),
  }),
  'remove-member': defineCommand({
    summary: 'fjern et medlem fra en kommunes fil',
    usage: brug('remove-member --email E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]'),
    flags: removeMemberFlags,
    run: async (flags) => (await import('./registry-remove-member.ts')).run(flags),
  }),
  confirm: defineCommand({
    summary: 'genbekræft et medlem',
    usage: brug('confirm (--email E-MAIL | --all-in KODE) --by E-MAIL [--today ÅÅÅÅ-MM-DD] [--dir registry]'),
    flags: confirmFlags,
    run: async (flags) => (await import('./registry-confirm.ts')).run(flags),
  }),
  sync: defineCommand({
    summary: 'synkroniser GitHub-teams med registret (tør kørsel uden --apply)',
    usage: brug('sync [--dir MAPPE] [--apply] [--format text|json] [--allow-large-removal BEGRUNDELSE]'),
    details:
      'Adgang til GitHub: en GitHub App (SIKKERHEDSNET_GITHUB_APP_ID, SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY, evt.\n' +
      'SIKKERHEDSNET_GITHUB_APP_INSTALLATION_ID) eller et token (GITHUB_TOKEN eller SIKKERHEDSNET_GITHUB_TOKEN);\n' +
      'GitHub Enterprise Server: GITHUB_API_URL=https://VÆRT/api/v3.',
    flags: syncFlags,
    run: async (flags) => (await import('./registry-sync.ts')).run(flags),
  }),
  reconfirm: defineCommand({
    summary: 'påmindelser om bekræftelser, der snart udløber',
    usage: brug('reconfirm [--dir MAPPE] [--out MAPPE] [--today ÅÅÅÅ-MM-DD]'),
    flags: reconfirmFlags,
    run: async (flags) => (await import('./registry-reconfirm.ts')).run(flags),
  }),
  'remove-expired': defineCommand({
    summary: 'fjern medlemmer, hvis bekræftelse er udløbet for længe siden',
    usage: brug('remove-expired [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]'),
    flags: removeExpiredFlags,
    run: async (flags) => (await import('./registry-remove-expired.ts')).run(flags),
  }),
  'access-request': defineCommand({
    summary: 'gør en adgangsanmodning (issue) til en ændring af registret',
    usage: brug('access-request --body FIL --actor LOGIN [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]'),
    flags: accessRequestFlags,
    run: async (flags) => (await import('./registry-access-request.ts')).run(flags),
  }),
  'pr-comment': prCommentCommand('registry-check', 'npm run registry --'),
};
