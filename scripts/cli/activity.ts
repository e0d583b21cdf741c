/**
 * `npm run activity -- <command>`: KL's view of how the network is used (issue 16), from the activity the gate
 * writes. A static table of commands, each defined in its own file; the activity code is imported only when a
 * command runs.
 */
import { reportCommand } from './activity-report.ts';
import { type Command, dispatch } from './command.ts';
import { runCli } from './run-cli.ts';

const COMMANDS: Readonly<Record<string, Command>> = {
  report: reportCommand,
};

await runCli(
  dispatch(COMMANDS, {
    usage: 'Brug: npm run activity -- <kommando> [tilvalg]',
    program: 'npm run activity --',
    unknown: (name) => `Ukendt eller manglende kommando: ${name ?? '(ingen)'}.`,
  }),
  { name: 'npm run activity' },
);
