/**
 * The committed exports `discussions/<kerne|bred>.json` on disk: read and validated for the build and KL's report
 * (a missing file is a result of its own, a broken one located problems), and written by the export atomically,
 * pretty-printed and sorted by number so a diff reads well. An export whose discussions have not changed leaves the
 * file as it is, old time stamp and all, so an unchanged forum gives no diff.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DiscussionExport, discussionExportSchema } from '#model/discussions.ts';
import type { Tier } from '#model/tiers.ts';
import type { Problem } from '../problems/problem.ts';
import { writeFileAtomic } from '../registry/write-atomic.ts';
import { EXPORT_RULE, jsonSyntaxProblem, schemaProblems } from './export-file-problems.ts';

export { EXPORT_RULE };

export type ExportFile =
  | { status: 'ok'; file: string; export: DiscussionExport }
  /** No file: the tier has no exported discussions (yet). */
  | { status: 'missing'; file: string }
  | { status: 'invalid'; file: string; problems: Problem[] };

/** `<dir>/<tier>.json` on disk. */
export function exportPath(dir: string, tier: Tier): string {
  return path.join(dir, `${tier}.json`);
}

/** The file as problems name it: the folder's name and the file, e.g. `discussions/kerne.json`. */
function shownName(dir: string, tier: Tier): string {
  return `${path.basename(path.resolve(dir))}/${tier}.json`;
}

/** Read and validate one tier's export; never throws for a missing or broken file. */
export async function readDiscussionExport(dir: string, tier: Tier): Promise<ExportFile> {
  const file = shownName(dir, tier);
  let bytes: Buffer;
  try {
    bytes = await readFile(exportPath(dir, tier));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', file };
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return invalid(file, 1, 1, `filen kan ikke læses (${reason}); ${FIX(file)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return invalid(file, 1, 1, `filen er ikke gemt som UTF-8; ${FIX(file)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = jsonSyntaxProblem(text, error as Error);
    return invalid(file, at.line, at.column, `filen er ikke gyldig JSON her (${at.what}); ${FIX(file)}`);
  }
  const parsed = discussionExportSchema.safeParse(data);
  if (!parsed.success) {
    return { status: 'invalid', file, problems: schemaProblems(text, file, parsed.error.issues, FIX(file)) };
  }
  if (parsed.data.tier !== tier) {
    const [problem] = schemaProblems(text, file, [{ path: ['tier'], code: 'custom', message: '' }], '');
    return invalid(
      file,
      problem?.line ?? 1,
      problem?.column ?? 1,
      `filen er eksporten for ${parsed.data.tier}, men hedder ${tier}.json, så den ville blive vist for det forkerte niveau; ${FIX(file)}`,
    );
  }
  return { status: 'ok', file, export: parsed.data };
}

const FIX = (file: string) =>
  `filen skrives af npm run discussions -- export: kør eksporten igen, eller gendan filen fra git (git checkout -- ${file})`;

function invalid(file: string, line: number, column: number, message: string): ExportFile {
  return { status: 'invalid', file, problems: [{ file, line, column, rule: EXPORT_RULE, severity: 'error', message }] };
}

/** The file's text: two-space JSON, discussions by number, a final newline. */
export function serializeDiscussionExport(data: DiscussionExport): string {
  const discussions = [...data.discussions].sort((a, b) => a.number - b.number);
  return `${JSON.stringify({ ...data, discussions }, null, 2)}\n`;
}

/**
 * Write `data` to `<dir>/<tier>.json` atomically (a temporary file renamed over it), unless the file already holds
 * the same discussions from the same repository: then it is left alone (`changed: false`).
 */
export async function writeDiscussionExport(
  dir: string,
  data: DiscussionExport,
): Promise<{ path: string; changed: boolean }> {
  const target = exportPath(dir, data.tier);
  const current = await readDiscussionExport(dir, data.tier);
  const next = serializeDiscussionExport(data);
  if (current.status === 'ok') {
    const same = serializeDiscussionExport({ ...current.export, exportedAt: data.exportedAt });
    if (same === next) return { path: target, changed: false };
  }
  await writeFileAtomic(target, next);
  return { path: target, changed: true };
}
