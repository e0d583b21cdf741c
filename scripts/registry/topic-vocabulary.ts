/**
 * The topics members may list (`emner:` in a roster) are the library's tags: the slugs of
 * `templates-library/ordliste.yaml` (#model/tags.ts). `registry check` reads that file with `--library DIR`, and the
 * `member-topic` rule checks every member's topics against it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTagVocabulary, TAG_VOCABULARY_FILE, type TagVocabulary } from '#model/tags.ts';

/** The vocabulary as the rule sees it: its display path, and its slugs, or why it could not be read. */
export type TopicVocabulary =
  | {
      /** Display path, e.g. `templates-library/ordliste.yaml`. */
      file: string;
      /** Every valid slug, also one whose name has a problem (the content check reports that). */
      slugs: ReadonlySet<string>;
      /** Slug → Danish name, for suggesting the tag a typo meant. */
      labels: TagVocabulary;
    }
  | {
      file: string;
      /** Where and why the file could not be read: missing, not YAML, not a mapping. */
      unreadable: { line: number; column: number; reason: string };
    };

/** The vocabulary from the labels of a library that has loaded without errors (the build's case). */
export function vocabularyFromLabels(file: string, labels: TagVocabulary): TopicVocabulary {
  return { file, slugs: new Set(labels.keys()), labels };
}

/**
 * Read `<libraryDir>/ordliste.yaml`. Never throws for a missing or broken file: that becomes `unreadable`, which the
 * `member-topic` rule reports. The display path is the library folder's name and the file name
 * (`templates-library/ordliste.yaml`), relative to the library's parent as the content check names it.
 */
export async function readTopicVocabulary(libraryDir: string): Promise<TopicVocabulary> {
  const file = `${path.basename(path.resolve(libraryDir))}/${TAG_VOCABULARY_FILE}`;
  let text: string;
  try {
    text = await readFile(path.join(libraryDir, TAG_VOCABULARY_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'filen findes ikke.' : `filen kan ikke læses (${code ?? 'ukendt fejl'}).`;
    return { file, unreadable: { line: 1, column: 1, reason } };
  }
  const parsed = parseTagVocabulary(text, file);
  if (!parsed.readable) {
    const first = parsed.errors[0];
    const reason = first?.message ?? 'filen er ikke en liste af emner.';
    return { file, unreadable: { line: first?.line ?? 1, column: first?.column ?? 1, reason } };
  }
  return { file, slugs: parsed.slugs, labels: parsed.labels };
}
