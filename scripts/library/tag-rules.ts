/**
 * Load rules about the glossary (`ordliste.yaml` at the top of the library, #model/tags.ts): the file is there and
 * valid (names, synonyms, one meaning per term), and every tag of every template, news item and meeting is in it,
 * so pages and search filters can show each tag's Danish name.
 */
import { closestTag } from '#model/closest-tag.ts';
import { normaliseTerm } from '#model/tags.ts';
import { validItems } from './page.ts';
import { fileFinding, findingAt, offsetOf } from './page-findings.ts';
import type { LoadState } from './rules.ts';
import type { Finding } from './types.ts';

/** Ensure the library has its glossary, ordliste.yaml, and that the file is valid (located problems). */
export function checkTagVocabulary(state: LoadState): Finding[] {
  const { file, parsed } = state.vocabulary;
  if (!parsed) {
    return [
      fileFinding(
        file,
        `Ordlisten mangler. Opret ${file} med ét emne pr. linje, slug og dansk navn, fx "nis2: NIS2"; alle tags skal stå i den.`,
      ),
    ];
  }
  return parsed.errors.map((error) => ({ ...error, severity: 'error' }));
}

/**
 * Ensure every tag of every page is in the vocabulary, at the tag inside `tags:`, naming the obvious existing
 * tag when there is one: the entry whose synonym it is ("konsekvensanalyse" → "dpia"), else a near slug. Tags the
 * schema already refused, and libraries whose vocabulary is missing or not a mapping (reported by
 * `tag-vocabulary`), are not checked.
 */
export function checkTagsKnown(state: LoadState): Finding[] {
  const { file, parsed } = state.vocabulary;
  if (!parsed?.readable) return [];
  const bySynonym = new Map<string, string>();
  for (const [slug, synonyms] of parsed.synonyms) for (const s of synonyms) bySynonym.set(normaliseTerm(s), slug);
  const findings: Finding[] = [];
  for (const page of state.pages) {
    if (!page.kind) continue;
    for (const { value: tag, index } of validItems(page, 'tags')) {
      if (parsed.slugs.has(tag)) continue;
      const offset = offsetOf(page, ['tags', index], true);
      const entry = bySynonym.get(normaliseTerm(tag));
      if (entry) {
        const message = `Emnet "${tag}" står ikke i ordlisten ${file}, men er et synonym for emnet "${entry}" (${parsed.labels.get(entry)}). Skriv "${entry}" i tags.`;
        findings.push(findingAt(page, offset, message));
        continue;
      }
      const close = closestTag(parsed.labels, tag);
      const hint = close
        ? ` Mente du "${close}" (${parsed.labels.get(close)})? Ret tagget, eller tilføj`
        : ' Brug et emne, der står der, eller tilføj';
      const message = `Emnet "${tag}" står ikke i ordlisten ${file}.${hint} en linje "${tag}: <navn>" til ordlisten.`;
      findings.push(findingAt(page, offset, message));
    }
  }
  return findings;
}
