/** A glossary (ordliste.yaml) for libraries built in tests: without one, every library reports `tag-vocabulary`. */
import type { LibraryFile } from '../types.ts';

/** `ordliste.yaml` at the library's top with `text` (default: one tag, nis2). */
export function vocabularyFile(text = 'nis2: NIS2\n'): LibraryFile {
  return { path: 'ordliste.yaml', bytes: new TextEncoder().encode(text) };
}
