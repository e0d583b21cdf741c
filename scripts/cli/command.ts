/**
 * Commands and command tables. A command is its Danish summary, usage line and flag table, plus what it does with
 * the flags it was given (`run`, a lazy import in the tables, so `registry check` never loads octokit); its `main`
 * answers --help, reads the flags and runs it. A command table is a static map from name to command for the entry
 * points with subcommands (`npm run registry -- <kommando>`, `npm run content -- <kommando>`): nothing is found by
 * file name and process.argv is never rewritten.
 */
import { type FlagTable, type FlagValues, flagHelp, parseFlags, wantsHelp } from './flags.ts';
import { type Main, UsageError } from './run-cli.ts';

export interface CommandSpec<F extends FlagTable> {
  /** One Danish line: what the command does (the command list and --help). */
  summary: string;
  /** The `Brug: …` line: the first line of --help and printed after every usage error. */
  usage: string;
  flags: F;
  /** Further Danish lines for --help. */
  details?: string;
  /** Do it with the flags read and validated; returns the exit code. May throw UsageError (e.g. a missing flag). */
  run(flags: FlagValues<F>): Promise<number> | number;
}

export interface Command {
  summary: string;
  usage: string;
  /** The whole --help text. */
  help: string;
  main: Main;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A command from its spec: `main(argv)` prints the help for --help/-h, otherwise parses the flags and runs. */
export function defineCommand<const F extends FlagTable>(spec: CommandSpec<F>): Command {
  const help = [spec.usage, '', upperFirst(spec.summary), ...(spec.details ? ['', spec.details] : [])];
  const text = `${[...help, '', flagHelp(spec.flags)].join('\n')}\n`;
  return {
    summary: spec.summary,
    usage: spec.usage,
    help: text,
    async main(argv) {
      if (wantsHelp(argv)) {
        process.stdout.write(text);
        return 0;
      }
      try {
        return await spec.run(parseFlags(argv, spec.flags));
      } catch (error) {
        if (error instanceof UsageError) error.usage ??= spec.usage;
        throw error;
      }
    },
  };
}

/** Commands by name, in the order --help lists them. */
export type CommandTable = Readonly<Record<string, Command>>;

export interface TableOptions {
  /** The `Brug: …` line of the entry point, e.g. `Brug: npm run registry -- <kommando> [flag]`. */
  usage: string;
  /** The entry point as typed, e.g. `npm run registry --`, for the hint about a command's own --help. */
  program: string;
  /** The usage error for an unknown command name, or for none. */
  unknown(name: string | undefined): string;
}

/** The entry point's --help: its usage and every command with its summary. */
export function tableHelp(table: CommandTable, options: TableOptions): string {
  const width = Math.max(...Object.keys(table).map((name) => name.length));
  const lines = Object.entries(table).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `${options.usage}\n\nKommandoer:\n${lines.join('\n')}\n\nSe ${options.program} <kommando> --help for kommandoens tilvalg.\n`;
}

/**
 * The entry point's main: `<name> [flags]` runs that command; `--help`, `-h` or `help` lists the commands, and
 * `help <name>` shows one command's help.
 */
export function dispatch(table: CommandTable, options: TableOptions): Main {
  const find = (name: string | undefined) =>
    name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
  return (argv) => {
    const [name, ...rest] = argv;
    if (name === 'help' || name === '--help' || name === '-h') {
      process.stdout.write(find(name === 'help' ? rest[0] : undefined)?.help ?? tableHelp(table, options));
      return 0;
    }
    const command = find(name);
    if (!command) throw new UsageError(options.unknown(name), tableHelp(table, options));
    return command.main(rest);
  };
}
