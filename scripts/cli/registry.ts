/**
 * `npm run registry -- <command> [flags]`: the registry's command-line entry. Thin: looks the command up in the
 * static table (registry-commands.ts), which imports the command's module only when it runs, so `check` never
 * loads octokit or the editing code.
 */
import module from 'node:module';

// Cache compiled (type-stripped) modules between runs: stripping TypeScript is a large part of a short command's
// start-up. Node keeps the cache in os.tmpdir()/node-compile-cache and validates it by content. Enabled before the
// rest is imported, so that every module of the command is cached.
module.enableCompileCache?.();

const { dispatch } = await import('./command.ts');
const { REGISTRY_COMMANDS } = await import('./registry-commands.ts');
const { runCli } = await import('./run-cli.ts');

await runCli(
  dispatch(REGISTRY_COMMANDS, {
    usage: 'Brug: npm run registry -- <kommando> [--dir MAPPE] [flag]',
    program: 'npm run registry --',
    unknown: (name) => (name === undefined ? 'Angiv en kommando.' : `Ukendt kommando "${name}".`),
  }),
  { name: 'npm run registry' },
);
