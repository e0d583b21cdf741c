/**
 * `pr-comment`, in both command tables (`npm run registry -- pr-comment` for the registry check, `npm run content --
 * pr-comment` for the content check): the check's result, saved by `check --json-out FIL`, as one Danish comment
 * on the pull request, edited on every run. The flags are here; the command itself (octokit) is imported only when
 * it runs.
 */
import type { CheckCommentKind } from '../github/pr-comment.ts';
import { type Command, defineCommand } from './command.ts';
import type { Flag, FlagValues } from './flags.ts';
import { UsageError } from './run-cli.ts';

const asString = (raw: unknown) => (typeof raw === 'string' ? raw : undefined);

const prFlag: Flag<number> = {
  type: 'string',
  placeholder: 'NUMMER',
  help: 'pull requestens nummer (påkrævet)',
  read(raw, flag) {
    const value = asString(raw);
    if (value === undefined) throw new UsageError(`angiv ${flag} NUMMER`);
    if (!/^[1-9]\d{0,9}$/.test(value)) {
      throw new UsageError(`${flag} skal være pull requestens nummer, fx 42 (fik "${value}")`);
    }
    return Number(value);
  },
};

const problemsFlag: Flag<string> = {
  type: 'string',
  placeholder: 'FIL',
  help: 'resultatet, som check --json-out har gemt (påkrævet)',
  read(raw, flag) {
    const value = asString(raw);
    if (value === undefined) throw new UsageError(`angiv ${flag} FIL`);
    return value;
  },
};

const repoFlag: Flag<string> = {
  type: 'string',
  placeholder: 'EJER/NAVN',
  help: 'repositoriet (standard: GITHUB_REPOSITORY, som GitHub Actions sætter)',
  read(raw, flag) {
    const value = asString(raw) ?? process.env.GITHUB_REPOSITORY;
    if (value === undefined) throw new UsageError(`angiv ${flag} EJER/NAVN (eller sæt GITHUB_REPOSITORY)`);
    if (!/^[\w.-]+\/[\w.-]+$/.test(value)) {
      throw new UsageError(`${flag} skal være EJER/NAVN, fx kl-sikkerhedsnet/sikkerhedsnet (fik "${value}")`);
    }
    return value;
  },
};

const headShaFlag: Flag<string | undefined> = {
  type: 'string',
  placeholder: 'SHA',
  help: 'skriv kun, hvis pull requestens seneste commit er SHA (i workflow_run: kørslens head_sha)',
  read(raw, flag) {
    const value = asString(raw);
    if (value === undefined || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value)) return value;
    throw new UsageError(`${flag} skal være et fuldt commit-id med 40 tegn 0-9 og a-f (fik "${value}")`);
  },
};

const headRepoFlag: Flag<string | undefined> = {
  type: 'string',
  placeholder: 'EJER/NAVN',
  help: 'skriv kun, hvis pull requestens gren ligger i EJER/NAVN (i workflow_run: kørslens head_repository)',
  read(raw, flag) {
    const value = asString(raw);
    if (value === undefined || /^[\w.-]+\/[\w.-]+$/.test(value)) return value;
    throw new UsageError(`${flag} skal være EJER/NAVN, fx anne-demo/sikkerhedsnet (fik "${value}")`);
  },
};

const authorFlag: Flag<string> = {
  type: 'string',
  placeholder: 'LOGIN',
  help: 'den GitHub-konto, kommentaren skrives som og genkendes på (standard: github-actions[bot])',
  read: (raw) => asString(raw) ?? 'github-actions[bot]',
};

const prCommentFlags = {
  pr: prFlag,
  problems: problemsFlag,
  'head-sha': headShaFlag,
  'head-repo': headRepoFlag,
  repo: repoFlag,
  author: authorFlag,
};

export type PrCommentFlags = FlagValues<typeof prCommentFlags>;

/** The `pr-comment` command of the entry point `program` (e.g. `npm run registry --`) for one check's comment. */
export function prCommentCommand(kind: CheckCommentKind, program: string): Command {
  return defineCommand({
    summary: 'skriv eller ret kontrollens kommentar på en pull request (fra check --json-out)',
    usage:
      `Brug: ${program} pr-comment --pr NUMMER --problems FIL [--head-sha SHA] [--head-repo EJER/NAVN] ` +
      '[--repo EJER/NAVN] [--author LOGIN]',
    details:
      'Skriver resultatet som én dansk kommentar på pull requesten og retter den ved hver kørsel. Er der ingen\n' +
      'fejl og ingen tidligere kommentar, skrives intet. Med --head-sha (og --head-repo) skrives kun, hvis pull\n' +
      'requesten stadig er den, kørslen kontrollerede; ellers exit 1. Kræver GITHUB_TOKEN med\n' +
      'pull-requests: write; GitHub Enterprise Server: GITHUB_API_URL=https://VÆRT/api/v3.',
    flags: prCommentFlags,
    run: async (flags) => (await import('./pr-comment.ts')).run(kind, flags),
  });
}
