/**
 * `npm run registry -- <command> [flags]`: the registry's command-line entry. Thin: picks the command
 * module, lazy-imports it (so `check` never loads octokit or the editing code) and sets the exit code.
 * Each command module exports `run(args: string[]): Promise<number>` (or `main`) returning the exit code.
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Cache compiled (type-stripped) modules between runs: stripping TypeScript is a large part of a short
// command's start-up. Node keeps the cache in os.tmpdir()/node-compile-cache and validates it by content.
module.enableCompileCache?.();

const commands: Record<string, { file: string; summary: string }> = {
  check: { file: 'registry-check.ts', summary: 'valider registret (skema + regler + genererede filer)' },
  schema: { file: 'registry-schema.ts', summary: 'skriv registry/schema/*.schema.json fra zod-skemaerne' },
  compile: { file: 'registry-compile.ts', summary: 'skriv adgangslisten til SSO-porten (--out FIL)' },
  report: { file: 'registry-report.ts', summary: 'dækningsrapport for de 98 kommuner (--format md|json|csv)' },
  contacts: { file: 'registry-contacts.ts', summary: 'kontaktpersoner som CSV til mødeindkaldelser' },
  authorize: {
    file: 'registry-authorize.ts',
    summary: 'må denne GitHub-bruger foretage ændringen? (--base REF --actor LOGIN)',
  },
  codeowners: { file: 'registry-codeowners.ts', summary: 'skriv .github/CODEOWNERS fra registret' },
  'issue-form': {
    file: 'registry-issue-form.ts',
    summary: 'skriv kommunelisten i formularen "Anmod om adgang" fra kommuner.yaml',
  },
  'add-member': { file: 'registry-add-member.ts', summary: 'tilføj et medlem til en kommunes fil' },
  'remove-member': { file: 'registry-remove-member.ts', summary: 'fjern et medlem fra en kommunes fil' },
  confirm: { file: 'registry-confirm.ts', summary: 'genbekræft et medlem' },
  sync: { file: 'registry-sync.ts', summary: 'synkroniser GitHub-teams med registret (tør kørsel uden --apply)' },
  reconfirm: { file: 'registry-reconfirm.ts', summary: 'påmindelser om bekræftelser, der snart udløber' },
  'remove-expired': {
    file: 'registry-remove-expired.ts',
    summary: 'fjern medlemmer, hvis bekræftelse er udløbet for længe siden',
  },
  'access-request': {
    file: 'registry-access-request.ts',
    summary: 'gør en adgangsanmodning (issue) til en ændring af registret',
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Brug: npm run registry -- <kommando> [--dir MAPPE] [flag]\n\nKommandoer:\n${lines.join('\n')}\n`;
}

type Command = (args: string[]) => Promise<number | undefined> | number | undefined;
type CommandModule = { run?: Command; main?: Command };

async function dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  // A command module added later (scripts/cli/registry-<name>.ts) works before it is listed above.
  const unlisted = /^[a-z]+(-[a-z]+)*$/.test(name) && existsSync(path.join(here, `registry-${name}.ts`));
  const command = commands[name] ?? (unlisted ? { file: `registry-${name}.ts`, summary: '' } : undefined);
  if (!command) {
    process.stderr.write(`Ukendt kommando "${name}".\n\n${usage()}`);
    return 2;
  }
  const file = path.join(here, command.file);
  // A module that parses process.argv itself sees its own flags only, as if run directly.
  process.argv = [process.argv[0] ?? 'node', file, ...rest];
  const mod = (await import(pathToFileURL(file).href)) as CommandModule;
  const run = mod.run ?? mod.main;
  if (typeof run !== 'function') return (process.exitCode as number | undefined) ?? 0;
  return (await run(rest)) ?? 0;
}

try {
  process.exitCode = await dispatch(process.argv.slice(2));
} catch (error) {
  // node:util parseArgs throws on unknown flags: a usage error, not a bug, so no stack trace.
  const usage = String((error as NodeJS.ErrnoException)?.code).startsWith('ERR_PARSE_ARGS');
  process.stderr.write(
    usage ? `${(error as Error).message}\n` : `Intern fejl: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exitCode = 2;
}
