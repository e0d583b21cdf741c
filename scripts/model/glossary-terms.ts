/**
 * One term, one meaning: every slug, name and synonym of the glossary (`ordliste.yaml`, #model/tags.ts) is a search
 * term, and a term that belongs to two entries would make a search for it expand to both. The register remembers
 * who claimed each term first and says, in Danish, why a later claim is refused and how to fix it.
 */

/** How an entry uses a term: its key, its display name or one of its synonyms. */
export type TermKind = 'slug' | 'name' | 'synonym';

/**
 * A term as the glossary compares it: lower case (Danish rules), its words separated by one space. Like the search
 * (#model/search-vocabulary.ts, searchWords), anything but letters and digits separates words, so "NIS 2", "nis-2"
 * and "NIS  2" are one term, while "spearphishing" and "spear phishing" are two.
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

interface Claim {
  slug: string;
  kind: TermKind;
  /** The line of the term itself, for the message. */
  line: number;
}

const ONE_MEANING = 'Et ord må kun høre til ét emne, ellers finder søgningen de forkerte sider';

/** The terms claimed so far, across all entries. */
export class TermRegister {
  readonly #claims = new Map<string, Claim>();

  /**
   * Claim `term` for `slug`. Returns undefined when the term is free, else the Danish message for this later
   * claim. An entry's own slug and name may coincide ("nis2: NIS2"); a synonym may not repeat its own entry's
   * slug, name or synonyms, since it would add nothing to the search.
   */
  claim(term: string, slug: string, kind: TermKind, line: number): string | undefined {
    const key = normaliseTerm(term);
    const earlier = this.#claims.get(key);
    if (!earlier) {
      this.#claims.set(key, { slug, kind, line });
      return undefined;
    }
    if (earlier.slug !== slug) return conflict(term, kind, earlier);
    if (kind !== 'synonym') {
      // "nis2: NIS2": the term is now best known as the name.
      this.#claims.set(key, { slug, kind, line });
      return undefined;
    }
    if (earlier.kind === 'synonym') return `Synonymet "${term}" står to gange i emnet "${slug}"; slet det ene.`;
    const own = earlier.kind === 'slug' ? 'slug' : 'navn';
    return `Synonymet "${term}" er det samme som emnets ${own}; slet synonymet, for søgningen kender allerede emnets ${own}.`;
  }
}

/** The message for `term`, used as `kind`, that `earlier` already claimed for another entry. */
function conflict(term: string, kind: TermKind, earlier: Claim): string {
  const where = `emnet "${earlier.slug}" (linje ${earlier.line})`;
  if (kind === 'synonym') {
    return earlier.kind === 'synonym'
      ? `Synonymet "${term}" bruges også af ${where}. ${ONE_MEANING}: slet det ene af dem.`
      : `Synonymet "${term}" bruges også af ${where} som ${earlier.kind === 'slug' ? 'slug' : 'navn'}. ${ONE_MEANING}: slet synonymet, eller brug emnet "${earlier.slug}".`;
  }
  const subject = kind === 'name' ? `Navnet "${term}"` : `Emnet "${term}"`;
  if (earlier.kind === 'synonym') {
    return `${subject} bruges også af ${where} som synonym. ${ONE_MEANING}: slet synonymet dér, eller brug emnet "${earlier.slug}".`;
  }
  return `${subject} bruges også af ${where}. To emner må ikke hedde det samme: brug det ene emne, eller giv dem hver sit navn.`;
}
