/**
 * The library's glossary, `templates-library/ordliste.yaml`: every tag slug a template, news item, meeting or
 * member may use, with the Danish name people see ("nis2" → "NIS2") and the synonyms, abbreviations and English
 * terms people search for instead ("dpia" → DPIA, konsekvensanalyse, data protection impact assessment). A value is
 * the name (`nis2: NIS2`) or `{ navn: …, synonymer: […] }`. The loader checks tags against the slugs; the site
 * shows the names; the search treats an entry's slug, name and synonyms as the same word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { EXAMPLE, type Locate, readEntries, type TagVocabularyError } from './tag-entries.ts';

export { normaliseTerm } from './glossary-terms.ts';
export { type TagVocabularyError, tagLabelSchema, tagSlugSchema } from './tag-entries.ts';

/** The glossary's file name, at the top of the library directory. */
export const TAG_VOCABULARY_FILE = 'ordliste.yaml';

/** Slug → Danish display name. */
export type TagVocabulary = ReadonlyMap<string, string>;

/** The glossary as the site and the search use it. */
export interface Glossary {
  /** Slug → Danish display name, for every entry. */
  labels: TagVocabulary;
  /** Slug → its synonyms as written, for the entries that have any: terms that mean the same as the tag. */
  synonyms: ReadonlyMap<string, readonly string[]>;
}

export interface ParsedTagVocabulary {
  /** Slug → display name of every valid entry. */
  labels: TagVocabulary;
  /** Every key that is a valid slug, also when its name is wrong: tags using it are not unknown. */
  slugs: ReadonlySet<string>;
  /** Slug → its valid synonyms, for the entries in `labels` that have any. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** False when the file is not a mapping at all, so nothing can be checked against it. */
  readable: boolean;
  errors: TagVocabularyError[];
}

/** Danish texts for the YAML parser's errors that people editing by hand actually make. */
const YAML_MESSAGES: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'indrykning med tabulatortegn er ikke tilladt; brug mellemrum',
  BAD_INDENT:
    'forkert indrykning; hvert emne skal stå yderst på sin linje, og navn og synonymer lige langt inde under det',
  MISSING_CHAR: 'der mangler et tegn, fx et afsluttende anførselstegn',
  MULTIPLE_DOCS: 'filen indeholder flere YAML-dokumenter (---); der må kun være ét',
  MULTILINE_IMPLICIT_KEY: 'et emne må ikke strække sig over flere linjer; mangler der et kolon?',
};

/**
 * Parse the text of ordliste.yaml. Every problem is a located error, never an exception: not YAML, not a mapping,
 * a key that is not a tag slug, a slug twice, an empty or non-text name, a mapping without `navn` or with another
 * field, `synonymer` that is not a list of texts, a synonym twice, and a term (slug, name or synonym, regardless of
 * case and spacing) that two entries use.
 */
export function parseTagVocabulary(text: string, file: string): ParsedTagVocabulary {
  const lineCounter = new LineCounter();
  const at: Locate = (offset, message) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message };
  };
  const unreadable = (offset: number, message: string): ParsedTagVocabulary => ({
    labels: new Map(),
    slugs: new Set(),
    synonyms: new Map(),
    readable: false,
    errors: [at(offset, message)],
  });
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: false, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const reason = YAML_MESSAGES[syntax.code] ?? syntax.message.split('\n')[0];
    return unreadable(
      syntax.pos[0],
      `Ordlisten kan ikke læses som YAML: ${reason}. Skriv ét emne pr. linje, ${EXAMPLE}.`,
    );
  }
  let alias: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      alias = node;
      return visit.BREAK;
    },
  });
  if (alias) {
    const message = 'Aliaser (*navn) og ankre (&navn) er ikke tilladt i ordlisten; skriv navnet helt ud.';
    return unreadable(alias.range?.[0] ?? 0, message);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return unreadable(0, `Ordlisten er tom. Skriv ét emne pr. linje med slug og dansk navn, ${EXAMPLE}.`);
  }
  if (!isMap(contents)) {
    const message = `Ordlisten skal bestå af linjer "slug: Navn", ${EXAMPLE}, ikke en liste eller en enkelt værdi.`;
    return unreadable(contents.range?.[0] ?? 0, message);
  }
  return { ...readEntries(contents.items, at), readable: true };
}

/**
 * Read `<libraryDir>/ordliste.yaml` (synchronously, like readMunicipalities: the site needs it at import time).
 * Throws an Error with a Danish message naming the file and the first problem when it is missing or invalid;
 * `npm run content -- check` locates every problem.
 */
export function readGlossary(libraryDir: string): Glossary {
  const file = join(libraryDir, TAG_VOCABULARY_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} kan ikke læses (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = parseTagVocabulary(text, file);
  const first = parsed.errors[0];
  if (first)
    throw new Error(`${first.file}:${first.line}:${first.column}: ${first.message} (kør npm run content -- check)`);
  return { labels: parsed.labels, synonyms: parsed.synonyms };
}

/** The display names of `<libraryDir>/ordliste.yaml`, slug → name; throws like readGlossary. */
export function readTagVocabulary(libraryDir: string): TagVocabulary {
  return readGlossary(libraryDir).labels;
}

/** The display name of a tag; the slug itself when the vocabulary does not know it. */
export function tagLabel(vocabulary: TagVocabulary, slug: string): string {
  return vocabulary.get(slug) ?? slug;
}
