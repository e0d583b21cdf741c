import type { Problem } from '../../problems/problem.ts';
import { checkFiles } from '../check.ts';
import { runRules } from '../rules/context.ts';
import { rules } from '../rules/index.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { type EditResult, type EditSession, relativeToParent, sessionKey } from './edit-context.ts';

/** Problems compared without their place: an edit above an old problem moves it but does not make it new. */
const key = (p: Problem) => `${p.severity}\u0000${p.file}\u0000${p.rule}\u0000${p.message}`;

/**
 * Write `text` to the roster at `target` (absolute path inside the session's registry) only if the edited
 * registry passes the load phase and every rule with no error that the registry did not already have. The edit
 * is checked on the session's files in memory, with the one file replaced; then only that file is written,
 * atomically, so a refused or failed edit leaves every file byte for byte as it was. Problems that were there
 * before the edit (e.g. another member's expired confirmation) do not block it. Freshness checks are not run:
 * a roster edit does not touch generated files (CODEOWNERS: see edit-report).
 */
export async function applyRosterEdit(
  session: EditSession,
  target: string,
  text: string,
  today: string,
): Promise<EditResult> {
  const { registry } = session;
  const before = new Set([...session.problems, ...runRules(rules, registry, today)].map(key));
  const files = new Map(session.files).set(sessionKey(session, target), new TextEncoder().encode(text));
  const after = checkFiles({ dir: registry.dir, files }, { today }).problems.filter((p) => !before.has(key(p)));
  const errors = after.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { problems: errors };
  await writeFileAtomic(target, text);
  return { written: relativeToParent(registry.dir, target), problems: after };
}
