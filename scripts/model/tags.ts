/**
 * The library's tag vocabulary, `templates-library/emner.yaml`: every tag slug a template, news item or meeting
 * may use, with the Danish name people see ("nis2" → "NIS2"). The loader checks tags against it; the site shows
 * the names. A value is a plain string today; a later version may also accept a mapping (`{ navn: …, synonymer:
 * […] }`) without breaking existing files, since every string value stays valid and readers only see the map
 * slug → name that this module returns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import * as z from 'zod';
import { TAG_SLUG } from './library/common.ts';

/** The vocabulary's file name, at the top of the library directory. */
export const TAG_VOCABULARY_FILE = 'emner.yaml';

/** Slug → Danish display name. */
export type TagVocabulary = ReadonlyMap<string, string>;

/** A key of emner.yaml: a tag slug, as frontmatter `tags` require it. */
export const tagSlugSchema = z.string().regex(TAG_SLUG, {
  error: (issue) =>
    `"${String(issue.input)}" er ikke et gyldigt emne: skriv det med små bogstaver, tal og bindestreg, fx "iso27001: ISO 27001".`,
});

/**
 * A value of emner.yaml: the name shown on pages and in search filters, as the members write it. The file is
 * checked entry by entry with these two schemas, so each problem is located at its own line.
 */
export const tagLabelSchema = z.string().trim().min(1);

/** A problem in emner.yaml, at its line and column (1-based). */
export interface TagVocabularyError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedTagVocabulary {
  /** Slug → display name of every valid entry. */
  labels: TagVocabulary;
  /** Every key that is a valid slug, also when its name is wrong: tags using it are not unknown. */
  slugs: ReadonlySet<string>;
  /** False when the file is not a mapping at all, so nothing can be checked against it. */
  readable: boolean;
  errors: TagVocabularyError[];
}

const EXAMPLE = 'fx "nis2: NIS2"';

/** Danish texts for the YAML parser's errors that people editing by hand actually make. */
const YAML_MESSAGES: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'indrykning med tabulatortegn er ikke tilladt; brug mellemrum',
  BAD_INDENT: 'forkert indrykning; hvert emne skal stå yderst på sin linje',
  MISSING_CHAR: 'der mangler et tegn, fx et afsluttende anførselstegn',
  MULTIPLE_DOCS: 'filen indeholder flere YAML-dokumenter (---); der må kun være ét',
  MULTILINE_IMPLICIT_KEY: 'et emne må ikke strække sig over flere linjer; mangler der et kolon?',
};

/** Locates problems in one text: offset → line and column. */
type Locate = (offset: number, message: string) => TagVocabularyError;

/**
 * Parse the text of emner.yaml. Every problem is a located error, never an exception: not YAML, not a mapping,
 * a key that is not a tag slug, a slug twice, an empty or non-text name, the same name for two slugs.
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
    readable: false,
    errors: [at(offset, message)],
  });
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: false, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const reason = YAML_MESSAGES[syntax.code] ?? syntax.message.split('\n')[0];
    return unreadable(
      syntax.pos[0],
      `Emnelisten kan ikke læses som YAML: ${reason}. Skriv ét emne pr. linje, ${EXAMPLE}.`,
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
    const message = 'Aliaser (*navn) og ankre (&navn) er ikke tilladt i emnelisten; skriv navnet helt ud.';
    return unreadable(alias.range?.[0] ?? 0, message);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return unreadable(0, `Emnelisten er tom. Skriv ét emne pr. linje med slug og dansk navn, ${EXAMPLE}.`);
  }
  if (!isMap(contents)) {
    const message = `Emnelisten skal bestå af linjer "slug: Navn", ${EXAMPLE}, ikke en liste eller en enkelt værdi.`;
    return unreadable(contents.range?.[0] ?? 0, message);
  }
  return readEntries(contents.items, at);
}

/** Check the entries one by one; a bad entry is reported and left out, the others are kept. */
function readEntries(pairs: readonly { key: unknown; value: unknown }[], at: Locate): ParsedTagVocabulary {
  const labels = new Map<string, string>();
  const slugs = new Set<string>();
  const errors: TagVocabularyError[] = [];
  const slugLines = new Map<string, number>();
  const byName = new Map<string, { slug: string; line: number }>();
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    const keyStart = keyNode?.range?.[0] ?? 0;
    const valueAt = (message: string) => at(valueNode?.range?.[0] ?? keyStart, message);
    const slug = isScalar(keyNode) ? String(keyNode.value) : '';
    const key = tagSlugSchema.safeParse(slug);
    if (!key.success) {
      const message = isScalar(keyNode) ? key.error.issues[0]?.message : undefined;
      errors.push(at(keyStart, message ?? `Hvert emne skal være et slug efterfulgt af et navn, ${EXAMPLE}.`));
      continue;
    }
    const line = at(keyStart, '').line;
    const earlier = slugLines.get(slug);
    if (earlier !== undefined) {
      errors.push(at(keyStart, `Emnet "${slug}" står også i linje ${earlier}; slet den ene linje.`));
      continue;
    }
    slugLines.set(slug, line);
    slugs.add(slug);
    const raw = valueNode === null ? null : isScalar(valueNode) ? valueNode.value : valueNode;
    if (raw === null || (typeof raw === 'string' && !tagLabelSchema.safeParse(raw).success)) {
      errors.push(valueAt(`Emnet "${slug}" mangler et navn. Skriv det danske navn efter kolon, ${EXAMPLE}.`));
      continue;
    }
    if (typeof raw !== 'string') {
      const fix = isScalar(valueNode) ? `sæt det i anførselstegn: ${slug}: "${String(raw)}"` : EXAMPLE;
      errors.push(valueAt(`Navnet på emnet "${slug}" skal være en tekst på samme linje; ${fix}.`));
      continue;
    }
    const label = raw.trim();
    const same = byName.get(label.toLocaleLowerCase('da'));
    if (same) {
      const message = `Navnet "${label}" bruges også af emnet "${same.slug}" (linje ${same.line}). To emner må ikke hedde det samme: brug det ene emne, eller giv dem hver sit navn.`;
      errors.push(valueAt(message));
      continue;
    }
    byName.set(label.toLocaleLowerCase('da'), { slug, line });
    labels.set(slug, label);
  }
  return { labels, slugs, readable: true, errors };
}

/**
 * Read `<libraryDir>/emner.yaml` (synchronously, like readMunicipalities: the site needs it at import time).
 * Throws an Error with a Danish message naming the file and the first problem when it is missing or invalid;
 * `npm run content -- check` locates every problem.
 */
export function readTagVocabulary(libraryDir: string): TagVocabulary {
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
  return parsed.labels;
}

/** The display name of a tag; the slug itself when the vocabulary does not know it. */
export function tagLabel(vocabulary: TagVocabulary, slug: string): string {
  return vocabulary.get(slug) ?? slug;
}
