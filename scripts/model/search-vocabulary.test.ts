import { describe, expect, it } from 'vitest';
import { editDistance, searchWords, Vocabulary, vocabularyFile } from './search-vocabulary.ts';

const page = (text: string) => ({ own: new Set(searchWords(text)) });
// Ten pages: "og" and "for" on every one (common), "beredskabsplan" on three, "risikovurdering" on two.
const pages = [
  page('beredskabsplan og for risikovurdering phishing'),
  page('beredskabsplan og for risikovurdering'),
  page('beredskabsplan og for leverandørtilsyn'),
  page('og for backup sikkerhedskopiering'),
  page('og for logning'),
  page('og for patchstyring'),
  page('og for iso 27001'),
  page('og for mfa'),
  page('og for planen'),
  page('og for plan'),
];
const vocabulary = new Vocabulary(vocabularyFile(pages));

describe('searchWords', () => {
  it('lower-cases and splits at everything but letters and digits', () => {
    expect(searchWords('It-Beredskabsplan: ISO 27001 & NIS2 – Ændringer')).toEqual([
      'it',
      'beredskabsplan',
      'iso',
      '27001',
      'nis2',
      'ændringer',
    ]);
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['beredskbsplan', 'beredskabsplan', 1],
    ['phising', 'phishing', 1],
    ['risikovurdring', 'risikovurdering', 1],
    ['lgoning', 'logning', 1],
    ['logingn', 'logning', 2],
    ['leverandør', 'leverandør', 0],
    ['xyzzy', 'mfa', 3],
  ])('%s ↔ %s = %i (capped at 2 + 1)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe('Vocabulary', () => {
  it('knows words, their beginnings and their inflections, not fragments', () => {
    expect(
      ['beredskab', 'beredskabsplan', 'planerne', 'risikovurderingerne', 'iso', '27001'].map((t) =>
        vocabulary.knows(t),
      ),
    ).toEqual([true, true, true, true, true, true]);
    expect(['xyzzy', 'beredskbsplan', 'qwpoeiru', 'æøåæøå', 'x'].map((t) => vocabulary.knows(t))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('suggests the nearest word, and nothing for nonsense or short words', () => {
    expect(
      ['beredskbsplan', 'phising', 'risikovurdring', 'xyzzy', 'mfq', 'qwpoeiru'].map((t) => vocabulary.suggest(t)),
    ).toEqual(['beredskabsplan', 'phishing', 'risikovurdering', undefined, undefined, undefined]);
  });

  it('searches the known words, drops common ones when others remain, leaves out unknown ones', () => {
    expect(vocabulary.analyse('Beredskabsplan for it')).toEqual({
      terms: [
        { term: 'beredskabsplan', kind: 'known' },
        { term: 'for', kind: 'common' },
        { term: 'it', kind: 'unknown' },
      ],
      search: 'beredskabsplan',
    });
    expect(vocabulary.analyse('beredskabsplan og risikovurdering').search).toBe('beredskabsplan risikovurdering');
    expect(vocabulary.analyse('og for').search).toBe('og for');
    // Alone, a word with nothing near finds nothing: not a fragment of it. Beside a number only, neither.
    expect(vocabulary.analyse('xyzzy')).toEqual({ terms: [{ term: 'xyzzy', kind: 'unknown' }], search: '' });
    expect(vocabulary.analyse('xyzzy 27001').search).toBe('');
    expect(vocabulary.analyse('iso xyzzy 27001').search).toBe('iso 27001');
  });

  it('corrects unknown words that have a near word, leaving out those that have none', () => {
    expect(vocabulary.analyse('beredskbsplan og phising qwpoeiru')).toEqual({
      terms: [
        { term: 'beredskbsplan', kind: 'unknown', suggestion: 'beredskabsplan' },
        { term: 'og', kind: 'common' },
        { term: 'phising', kind: 'unknown', suggestion: 'phishing' },
        { term: 'qwpoeiru', kind: 'unknown' },
      ],
      search: '',
      corrected: 'beredskabsplan og phishing',
    });
  });

  it('reads a compound it lacks as its words, and a known compound also as its parts', () => {
    // "phishingplan" is on no page; "phishing" and "plan" are.
    expect(vocabulary.analyse('phishingplan').terms).toEqual([
      { term: 'phishingplan', kind: 'split', parts: ['phishing', 'plan'] },
    ]);
    expect(vocabulary.analyse('phishingplan').search).toBe('phishing plan');
    // With a linking -s: "backups" + "plan" → backup plan.
    expect(vocabulary.split('backupsplan')).toEqual(['backup', 'plan']);
    expect(vocabulary.analyse('beredskabsplan')).toEqual({
      terms: [{ term: 'beredskabsplan', kind: 'known' }],
      search: 'beredskabsplan',
    });
    expect(vocabulary.analyse('leverandørtilsyn')).toEqual({
      terms: [{ term: 'leverandørtilsyn', kind: 'known' }],
      search: 'leverandørtilsyn',
    });
    const withParts = new Vocabulary(
      vocabularyFile([page('leverandørtilsyn'), page('tilsyn med leverandør'), page('x'), page('y')]),
    );
    expect(withParts.analyse('leverandørtilsyn')).toEqual({
      terms: [{ term: 'leverandørtilsyn', kind: 'known' }],
      search: 'leverandørtilsyn',
      parts: 'leverandør tilsyn',
    });
  });

  it('searches the part of a compound that the index has, when no near word exists', () => {
    const v = new Vocabulary(vocabularyFile([page('filteret filter mail hardware'), page('plan')]));
    // The last part first: a spamfilter is a filter.
    expect(v.analyse('spamfilter').terms).toEqual([{ term: 'spamfilter', kind: 'split', parts: ['filter'] }]);
    // Else the first part.
    expect(v.analyse('hardwarenøgle').terms).toEqual([{ term: 'hardwarenøgle', kind: 'split', parts: ['hardware'] }]);
    // "xyzzyplan": "plan" is shorter than 6 letters, so nonsense stays nonsense; so does a fragment of a word.
    expect([v.analyse('xyzzyplan').search, v.analyse('hardwxyzzy').search]).toEqual(['', '']);
  });

  it('weighs a rare word more than a frequent one', () => {
    expect(vocabulary.weight('og')).toBeCloseTo(Math.log(2), 10);
    expect(vocabulary.weight('phishing')).toBeCloseTo(Math.log(11), 10);
    expect(vocabulary.weight('ukendt')).toBeCloseTo(Math.log(11), 10);
  });

  it('offers a much more common spelling for a rare word when a search found little', () => {
    // "planen" is on one page, "plan" one edit away on one too: not three times as common. "risikovurdering"
    // (two pages) has no neighbour; "beredskabsplam" is not a word of the index at all.
    expect(vocabulary.betterSpelling('planen')).toBeUndefined();
    const skewed = new Vocabulary(vocabularyFile([page('logning'), page('logning'), page('logning'), page('logming')]));
    expect(skewed.betterSpelling('logming')).toBe('logning');
    expect(skewed.betterSpelling('logning')).toBeUndefined();
  });
});
