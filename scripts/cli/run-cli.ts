/**
 * The one way an entry point runs and ends. Every command in scripts/cli is `runCli(main)`: `main` returns the exit
 * code (0 ok, 1 problems found in the data) and prints everything else itself; runCli turns what it throws into the
 * exit code: a {@link UsageError} is exit 2 with the Danish message and the command's usage, anything else is a bug,
 * exit 2 with a Danish one-line header and the stack trace. Expected failures outside the data (git does not know a
 * ref, GitHub cannot be read, credentials are missing) are printed by the command, which returns 2; an error it does
 * not recognise it re-throws, so a bug is never dressed up as one of them.
 */

/** The user gave flags or arguments the command does not accept. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command's usage, printed after the message; filled in by the command table when the thrower had none. */
  usage: string | undefined;

  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}

/** A command: the arguments after its name in, the exit code out. */
export type Main = (argv: string[]) => Promise<number> | number;

export interface RunCliOptions {
  /** How the user started it, e.g. `npm run registry`: named in the internal-error header. */
  name: string;
  /** Printed after a UsageError that carries no usage of its own. */
  usage?: string;
  /** Arguments (default: process.argv after the script). */
  argv?: string[];
  /**
   * End the process with the exit code once `main` returns: for commands that may leave handles open (servers,
   * the build's worker pool). Otherwise the code is only set and Node exits when the event loop is empty.
   */
  exit?: boolean;
}

/** Run `main` as the process's command and set its exit code; returns the code as well. */
export async function runCli(main: Main, options: RunCliOptions): Promise<number> {
  let code: number;
  try {
    code = await main(options.argv ?? process.argv.slice(2));
  } catch (error) {
    process.stderr.write(describeFailure(error, options));
    code = 2;
  }
  process.exitCode = code;
  if (options.exit) process.exit(code);
  return code;
}

/** What runCli prints for something `main` threw. */
export function describeFailure(error: unknown, options: Pick<RunCliOptions, 'name' | 'usage'>): string {
  if (error instanceof UsageError) {
    const usage = error.usage ?? options.usage;
    return `${error.message}\n${usage ? `${usage.trimEnd()}\n` : ''}`;
  }
  const trace = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `${internalErrorHeader(options.name)}\n${trace}\n`;
}

/** The Danish first line of a bug report. */
export function internalErrorHeader(name: string): string {
  return `Intern fejl i ${name}: en fejl i programmet, ikke i dine data. Meld den med teksten herunder.`;
}

/** Resolves with the first SIGINT or SIGTERM: a server's main awaits it, closes, and returns 0. */
export function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
