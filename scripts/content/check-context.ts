import type { Problem } from '../problems/problem.ts';
import type { Library, LibraryEntry, RegistryTexts, ScanText } from './library-types.ts';

/** Everything a check may read. Checks are pure: they return problems and never print or write. */
export interface CheckContext {
  library: Library;
  registry: RegistryTexts;
  /** `YYYY-MM-DD`, passed in so that results never depend on the calendar. */
  today: string;
  /** Display paths that per-file checks look at (`--changed-since`); undefined means every file. */
  selected?: ReadonlySet<string>;
}

/** A named check. `file` checks honour `selected`; `library` checks always read and report the whole library. */
export interface ContentCheck {
  rule: string;
  scope: 'file' | 'library';
  run: (ctx: CheckContext) => Problem[];
}

/** Library texts (MDX sources and attachments) that per-file checks should scan. */
export function selectedTexts(ctx: CheckContext): ScanText[] {
  return ctx.library.texts.filter((t) => !ctx.selected || ctx.selected.has(t.file));
}

/** Registry texts that per-file checks should scan. */
export function selectedRegistryTexts(ctx: CheckContext): ScanText[] {
  return ctx.registry.texts.filter((t) => !ctx.selected || ctx.selected.has(t.file));
}

/** Pages that per-file checks should look at. */
export function selectedEntries(ctx: CheckContext): LibraryEntry[] {
  return ctx.library.entries.filter((e) => !ctx.selected || ctx.selected.has(e.file));
}

/** A problem at an offset of a scanned text; extracted Office text says so, since its lines are paragraphs. */
export function problemAt(
  text: ScanText,
  offset: number,
  rule: string,
  severity: Problem['severity'],
  message: string,
): Problem {
  const { line, column } = text.position(offset);
  const where = text.extracted ? ' (linjen er afsnittets eller rækkens nummer i dokumentet)' : '';
  return { file: text.file, line, column, rule, severity, message: `${message}${where}` };
}
