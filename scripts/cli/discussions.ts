/**
 * `npm run discussions -- <command>`: the network's questions and answers on GitHub Discussions (issue 15). A static
 * table of commands, each defined in its own file; the discussions code is imported only when a command runs.
 */
import { type Command, dispatch } from './command.ts';
import { exportCommand } from './discussions-export.ts';
import { reportCommand } from './discussions-report.ts';
import { similarCommand } from './discussions-similar.ts';
import { runCli } from './run-cli.ts';

const COMMANDS: Readonly<Record<string, Command>> = {
  // commands: one line per command, e.g. export: exportCommand,
  export: exportCommand,
  similar: similarCommand,
  report: reportCommand,
};

await runCli(
  dispatch(COMMANDS, {
    usage: 'Brug: npm run discussions -- <kommando> [tilvalg]',
    program: 'npm run discussions --',
    unknown: (name) => `Ukendt eller manglende kommando: ${name ?? '(ingen)'}.`,
  }),
  { name: 'npm run discussions' },
);
