/**
 * Tag display names for the pages, from the library's vocabulary (`ordliste.yaml`, #model/tags.ts): pages and search
 * filters show "NIS2" and "ISO 27001"; URLs keep the slug (/emne/<slug>/). The build has validated the file and
 * every tag against it before Astro runs (rules tag-vocabulary and tag-unknown).
 */
import { readTagVocabulary, tagLabel } from '#model/tags.ts';
import { readSiteEnv } from './env.ts';

const vocabulary = readTagVocabulary(readSiteEnv().contentDir);

/** The Danish display name of a tag ("nis2" → "NIS2"); the slug itself for a tag the vocabulary lacks. */
export function tagName(slug: string): string {
  return tagLabel(vocabulary, slug);
}
