import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import { checkRegistry } from '../check.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { type EditResult, relativeToParent } from './edit-context.ts';

/** Generated files are not touched by a roster edit; `check` reports them on their own (codeowners: see edit-report). */
const SKIP = new Set(['schema-stale', 'codeowners-stale']);

/** Problems compared without their place: an edit above an old problem moves it but does not make it new. */
const key = (p: Problem) => `${p.severity}\u0000${p.file}\u0000${p.rule}\u0000${p.message}`;

/**
 * Write `text` to the roster at `target` (absolute path inside `dir`) only if the edited registry passes `check`
 * with no error that the registry did not already have. The edit is tried on a temporary copy of the registry;
 * the real file is then replaced atomically, so a refused or failed edit leaves it byte for byte as it was.
 * Problems that were there before the edit (e.g. another member's expired confirmation) do not block it.
 */
export async function applyRosterEdit(dir: string, target: string, text: string, today: string): Promise<EditResult> {
  const abs = path.resolve(dir);
  const before = new Set((await checkRegistry(abs, { today, skip: SKIP })).problems.map(key));
  const tempRoot = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-edit-'));
  let after: Problem[];
  try {
    // Same directory name as the original, so the copy's problems carry the original's file paths.
    const copy = path.join(tempRoot, path.basename(abs));
    await cp(abs, copy, { recursive: true });
    await writeFile(path.join(copy, path.relative(abs, target)), text, 'utf8');
    after = (await checkRegistry(copy, { today, skip: SKIP })).problems.filter((p) => !before.has(key(p)));
  } finally {
    await rm(tempRoot, { recursive: true, force: true });
  }
  const errors = after.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { problems: errors };
  await writeFileAtomic(target, text);
  return { written: relativeToParent(abs, target), problems: after };
}
