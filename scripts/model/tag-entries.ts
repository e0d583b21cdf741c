/**
 * The entries of the glossary (`ordliste.yaml`, #model/tags.ts), one by one: `slug: Navn`, or `slug: { navn: Navn,
 * synonymer: [ord, …] }`. Each problem is located at its own node and the entry's other parts are still checked,
 * so one run of the content check lists everything to fix.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import * as z from 'zod';
import { normaliseTerm, TermRegister } from './glossary-terms.ts';
import { TAG_SLUG } from './library/common.ts';

/** A key of ordliste.yaml: a tag slug, as frontmatter `tags` require it. */
export const tagSlugSchema = z.string().regex(TAG_SLUG, {
  error: (issue) =>
    `"${String(issue.input)}" er ikke et gyldigt emne: skriv det med små bogstaver, tal og bindestreg, fx "iso27001: ISO 27001".`,
});

/** A name or a synonym: the text shown on pages and in search filters, or a word people search for. */
export const tagLabelSchema = z.string().trim().min(1);

/** A problem in ordliste.yaml, at its line and column (1-based). */
export interface TagVocabularyError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Locates problems in one text: offset → line and column. */
export type Locate = (offset: number, message: string) => TagVocabularyError;

/** What the entries yield; see ParsedTagVocabulary (#model/tags.ts). */
export interface Entries {
  labels: Map<string, string>;
  slugs: Set<string>;
  synonyms: Map<string, readonly string[]>;
  errors: TagVocabularyError[];
}

export const EXAMPLE = 'fx "nis2: NIS2"';
const SYNONYM_EXAMPLE = 'fx "synonymer: [databrud, data breach]"';
const FIELDS = ['navn', 'synonymer'];

/** One entry being read: where its problems go and which terms are taken. */
interface Entry {
  slug: string;
  at: Locate;
  errors: TagVocabularyError[];
  terms: TermRegister;
}

/** Check every entry; a bad slug or name leaves the entry out of `labels`, a bad synonym only itself. */
export function readEntries(pairs: readonly Pair[], at: Locate): Entries {
  const out: Entries = { labels: new Map(), slugs: new Set(), synonyms: new Map(), errors: [] };
  const slugLines = new Map<string, number>();
  const terms = new TermRegister();
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    const keyStart = keyNode?.range?.[0] ?? 0;
    const slug = isScalar(keyNode) ? String(keyNode.value) : '';
    const key = tagSlugSchema.safeParse(slug);
    if (!key.success) {
      const message = isScalar(keyNode) ? key.error.issues[0]?.message : undefined;
      out.errors.push(at(keyStart, message ?? `Hvert emne skal være et slug efterfulgt af et navn, ${EXAMPLE}.`));
      continue;
    }
    const line = lineAt(at, keyStart);
    const earlier = slugLines.get(slug);
    if (earlier !== undefined) {
      out.errors.push(at(keyStart, `Emnet "${slug}" står også i linje ${earlier}; slet den ene linje.`));
      continue;
    }
    slugLines.set(slug, line);
    out.slugs.add(slug);
    const entry: Entry = { slug, at, errors: out.errors, terms };
    const taken = terms.claim(slug, slug, 'slug', line);
    if (taken) out.errors.push(at(keyStart, taken));
    const { name, synonyms } = isMap(valueNode)
      ? readFields(entry, valueNode)
      : { name: readName(entry, valueNode, keyStart, false), synonyms: [] };
    if (name === undefined) continue;
    out.labels.set(slug, name);
    if (synonyms.length > 0) out.synonyms.set(slug, synonyms);
  }
  return out;
}

function lineAt(at: Locate, offset: number): number {
  return at(offset, '').line;
}

/**
 * The entry's name, from `slug: Navn` or from its `navn:` field (`field`), or undefined after reporting why it is
 * not one: missing, not text, or a term another entry has.
 */
function readName(entry: Entry, node: Node | null, fallback: number, field: boolean): string | undefined {
  const { slug, at, errors } = entry;
  const start = node?.range?.[0] ?? fallback;
  const raw = node === null ? null : isScalar(node) ? node.value : node;
  if (raw === null || (typeof raw === 'string' && !tagLabelSchema.safeParse(raw).success)) {
    const where = field ? 'efter "navn:", fx "navn: NIS2"' : `efter kolon, ${EXAMPLE}`;
    errors.push(at(start, `Emnet "${slug}" mangler et navn. Skriv det danske navn ${where}.`));
    return undefined;
  }
  if (typeof raw !== 'string') {
    let message: string;
    if (isScalar(node)) {
      const quoted = field ? `navn: "${String(raw)}"` : `${slug}: "${String(raw)}"`;
      message = `Navnet på emnet "${slug}" skal være en tekst${field ? '' : ' på samme linje'}; sæt det i anførselstegn: ${quoted}.`;
    } else if (field) {
      message = `Navnet på emnet "${slug}" skal være én tekst, fx "navn: NIS2".`;
    } else {
      message = `Navnet på emnet "${slug}" skal være en tekst på samme linje; ${EXAMPLE}. Synonymer skrives sådan: ${slug}: { navn: <navn>, synonymer: [<ord>, <ord>] }.`;
    }
    errors.push(at(start, message));
    return undefined;
  }
  const name = raw.trim();
  const taken = entry.terms.claim(name, slug, 'name', lineAt(at, start));
  if (taken) {
    errors.push(at(start, taken));
    return undefined;
  }
  return name;
}

/** The name and synonyms of `slug: { navn: …, synonymer: […] }`; unknown or repeated fields are reported. */
function readFields(entry: Entry, node: YAMLMap): { name: string | undefined; synonyms: string[] } {
  const { slug, at, errors } = entry;
  const start = node.range?.[0] ?? 0;
  const seen = new Set<string>();
  let nameNode: Node | null | undefined;
  let synonymsNode: Node | null | undefined;
  let synonymsStart = start;
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const keyStart = keyNode?.range?.[0] ?? start;
    const field = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!FIELDS.includes(field)) {
      const what = field ? `feltet "${field}", som ikke findes` : 'et felt uden navn';
      errors.push(at(keyStart, `Emnet "${slug}" har ${what}. Tilladte felter er "navn" og "synonymer".`));
      continue;
    }
    if (seen.has(field)) {
      errors.push(at(keyStart, `Feltet "${field}" står to gange i emnet "${slug}"; slet det ene.`));
      continue;
    }
    seen.add(field);
    if (field === 'navn') nameNode = pair.value as Node | null;
    else [synonymsNode, synonymsStart] = [pair.value as Node | null, keyStart];
  }
  let name: string | undefined;
  if (nameNode === undefined) {
    errors.push(at(start, `Emnet "${slug}" mangler feltet "navn". Skriv det danske navn, fx "navn: NIS2".`));
  } else {
    name = readName(entry, nameNode, start, true);
  }
  const synonyms = synonymsNode === undefined ? [] : readSynonyms(entry, synonymsNode, synonymsStart);
  return { name, synonyms };
}

/** The synonyms of one entry, as written (trimmed); empty, non-text, repeated and taken ones are reported. */
function readSynonyms(entry: Entry, node: Node | null, fallback: number): string[] {
  const { slug, at, errors } = entry;
  if (!isSeq(node)) {
    const message = `Synonymerne for emnet "${slug}" skal være en liste, ${SYNONYM_EXAMPLE}.`;
    errors.push(at(node?.range?.[0] ?? fallback, message));
    return [];
  }
  const synonyms: string[] = [];
  for (const item of node.items as (Node | null)[]) {
    const start = item?.range?.[0] ?? node.range?.[0] ?? fallback;
    const raw = isScalar(item) ? item.value : item;
    if (raw === null || (typeof raw === 'string' && !tagLabelSchema.safeParse(raw).success)) {
      errors.push(at(start, `Emnet "${slug}" har et tomt synonym; skriv ordet, eller slet det.`));
      continue;
    }
    if (typeof raw !== 'string') {
      const message = isScalar(item)
        ? `Synonymet ${String(raw)} for emnet "${slug}" skal være en tekst; sæt det i anførselstegn: "${String(raw)}".`
        : `Hvert synonym for emnet "${slug}" skal være ét ord eller udtryk, ${SYNONYM_EXAMPLE}.`;
      errors.push(at(start, message));
      continue;
    }
    const synonym = raw.trim();
    if (normaliseTerm(synonym) === '') {
      errors.push(
        at(
          start,
          `Synonymet "${synonym}" for emnet "${slug}" har hverken bogstaver eller tal; skriv ordet, eller slet det.`,
        ),
      );
      continue;
    }
    const taken = entry.terms.claim(synonym, slug, 'synonym', lineAt(at, start));
    if (taken) {
      errors.push(at(start, taken));
      continue;
    }
    synonyms.push(synonym);
  }
  return synonyms;
}
