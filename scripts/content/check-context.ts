import type { Finding, Library, LibraryEntry, ScanText } from '../library/types.ts';
import type { RegistryTexts } from './registry-texts.ts';

/** Everything a check may read. Checks are pure: they return findings and never print or write. */
export interface CheckContext {
  /** The loaded library (scripts/library): only entries that passed validation are in `library.entries`. */
  library: Library;
  registry: RegistryTexts;
  /** `YYYY-MM-DD`, passed in so that results never depend on the calendar. */
  today: string;
  /** Display paths that per-file checks look at (`--changed-since`); undefined means every file. */
  selected?: ReadonlySet<string>;
}

/**
 * A named check. `file` checks honour `selected`; `library` checks always read and report the whole library.
 * `run` returns findings without a rule name: the runner stamps `rule` on them, so one name is one check.
 */
export interface ContentCheck {
  rule: string;
  scope: 'file' | 'library';
  run: (ctx: CheckContext) => Finding[];
}

/** Library texts (MDX sources and attachments) that per-file checks should scan. */
export function selectedTexts(ctx: CheckContext): ScanText[] {
  return ctx.library.texts.filter((t) => !ctx.selected || ctx.selected.has(t.file));
}

/** Registry texts that per-file checks should scan. */
export function selectedRegistryTexts(ctx: CheckContext): ScanText[] {
  return ctx.registry.texts.filter((t) => !ctx.selected || ctx.selected.has(t.file));
}

/** Valid entries that per-file checks should look at. */
export function selectedEntries(ctx: CheckContext): LibraryEntry[] {
  return ctx.library.entries.filter((e) => !ctx.selected || ctx.selected.has(e.file));
}

/** A finding at an offset of a scanned text; extracted Office text says so, since its lines are paragraphs. */
export function findingAt(text: ScanText, offset: number, severity: Finding['severity'], message: string): Finding {
  const { line, column } = text.position(offset);
  const where = text.extracted ? ' (linjen er afsnittets eller rækkens nummer i dokumentet)' : '';
  return { file: text.file, line, column, severity, message: `${message}${where}` };
}
