import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import { parseRegistry } from '../parse.ts';
import { readRegistryFiles } from '../read-files.ts';
import { type FileEntry, isReadFailure } from '../registry-files.ts';
import type { Registry } from '../types.ts';

/** What an edit command returns: the file it wrote (when it did) and the problems that refused it. */
export interface EditResult {
  /** Path of the written roster relative to the registry directory's parent, or undefined when refused. */
  written?: string;
  /** True when the roster file did not exist before. */
  created?: boolean;
  /** Errors that refused the edit, or warnings the edited registry still has that it did not have before. */
  problems: Problem[];
}

/**
 * A registry opened for an edit: its files as read once, what they parsed to, and the load warnings.
 * The edit is applied to `files` in memory and checked there; only the one changed file is ever written.
 */
export interface EditSession {
  registry: Registry;
  files: ReadonlyMap<string, FileEntry>;
  /** Load-phase warnings of the unedited registry (e.g. a missing `$schema` line). */
  problems: Problem[];
}

/** A problem about the command's input, placed on the file it concerns (line 1 when no better place exists). */
export function inputProblem(file: string, rule: string, message: string, line = 1, column = 1): Problem {
  return { file, line, column, rule, severity: 'error', message };
}

/** Path relative to the registry directory's parent, as the loader writes it in problems. */
export function relativeToParent(dir: string, absPath: string): string {
  return path
    .relative(path.dirname(path.resolve(dir)), absPath)
    .split(path.sep)
    .join('/');
}

/**
 * Read and parse the registry an edit starts from. A registry that does not load cannot be edited safely,
 * so its errors refuse the edit with a note to fix them first.
 */
export async function openForEdit(dir: string): Promise<{ session?: EditSession; problems: Problem[] }> {
  const read = await readRegistryFiles(dir);
  const { registry, problems } = parseRegistry(read);
  if (!registry || !read.files) return { problems: problems.filter((p) => p.severity === 'error') };
  return { session: { registry, files: read.files, problems }, problems: [] };
}

/** {@link openForEdit} for callers that only need the registry (lifecycle commands that edit through the edit functions). */
export async function loadForEdit(dir: string): Promise<{ registry?: Registry; problems: Problem[] }> {
  const { session, problems } = await openForEdit(dir);
  return session ? { registry: session.registry, problems: [] } : { problems };
}

/** Path of a file inside the registry directory, as a key of the session's files (`kommuner/101-koebenhavn.yaml`). */
export function sessionKey(session: EditSession, absPath: string): string {
  return path.relative(session.registry.dir, absPath).split(path.sep).join('/');
}

/** The text of a file the session loaded (a roster of its registry), as read when the session was opened. */
export function sessionText(session: EditSession, absPath: string): string {
  const entry = session.files.get(sessionKey(session, absPath));
  // A registry that loaded has read every roster it lists, so this is a bug, not bad input.
  if (entry === undefined || isReadFailure(entry)) throw new Error(`${absPath} is not a file of the edited registry`);
  // Like readFile(…, 'utf8'): a byte order mark is kept, so an edit does not change more than it means to.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(entry);
}
