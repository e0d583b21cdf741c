import { describe, expect, it } from 'vitest';
import { danishLexicon } from './danish.ts';
import { enrichPages, type IndexedPage } from './enrich.ts';

const lexicon = await danishLexicon();
const glossary = [
  ['Phishing', 'phishing', 'svindelmail', 'svindelmails'],
  ['DPIA', 'dpia', 'konsekvensanalyse', 'konsekvensanalyse vedrørende databeskyttelse'],
  ['ISMS', 'isms', 'ledelsessystem for informationssikkerhed'],
];

const page = (url: string, content: string, title = ''): IndexedPage => ({ url, content, meta: { title } });

const counted = (...pairs: [string, number][]) => pairs.map(([term, count]) => ({ term, count }));

describe('enrichPages: compound parts and glossary terms per page, from that page alone', () => {
  const pages = [
    page('/a/', 'Kommunens beredskabsplanen beskriver planen for nedbrud.', 'Beredskab'),
    page('/b/', 'Vi laver en konsekvensanalysen før et nyt system tages i brug.', 'Nyt system'),
    page('/c/', 'Meld svindelmails til servicedesken.', 'Svindel'),
    page('/d/', 'Kommunen har et ledelsessystem for informationssikkerhed efter ISO 27001.', 'ISMS'),
    page('/e/', 'Kommunens sikkerhedskopiering og leverandørtilsyn.', 'Drift'),
    page(
      '/f/',
      'Sikkerhedskopiering hver nat; sikkerhedskopieringen testes, og leverandørtilsyn årligt.',
      'Sikkerhedskopiering',
    ),
    page('/g/', 'Phishing: hvad gør du? Phishing rammer alle.', 'Phishing'),
    page('/k/', 'Karin Demo arbejder med konsekvensanalyse og phishing.', 'Demo Kommune'),
  ];
  pages[7] = { ...pages[7], meta: { title: 'Demo Kommune', type: 'kommune' } } as IndexedPage;
  const { pages: terms, vocabulary } = enrichPages(pages, { lexicon, glossary });

  it('adds the parts that no word of the page begins with (Pagefind finds the others by prefix)', () => {
    // "beredskab" begins "beredskabsplanen", and "plan" begins "planen", a word of the page: nothing to add.
    expect(terms.get('/a/')).toEqual({ parts: [], synonyms: [], title: [] });
    // In the order the page uses them.
    expect(terms.get('/e/')).toEqual({ parts: counted(['kopiering', 1], ['tilsyn', 1]), synonyms: [], title: [] });
  });

  it('counts a part as often as the page uses its compounds (title included)', () => {
    expect(terms.get('/f/')).toEqual({
      parts: counted(['kopiering', 3], ['kopieringen', 1], ['tilsyn', 1]),
      synonyms: [],
      // The title "Sikkerhedskopiering" says "kopiering" too (its first part begins a word of the title).
      title: ['kopiering'],
    });
  });

  it('adds the other terms of each glossary entry the page mentions, inflected or inside a compound', () => {
    // "konsekvensanalysen" mentions DPIA's "konsekvensanalyse"; "konsekvens" begins a word of the page.
    expect(terms.get('/b/')).toEqual({
      parts: counted(['analyse', 1], ['analysen', 1]),
      synonyms: counted(['dpia', 1], ['vedrørende', 1], ['databeskyttelse', 1]),
      title: [],
    });
    // "svindelmail" begins "svindelmails", so only the entry's other term is added; the word counts once.
    expect(terms.get('/c/')).toEqual({ parts: [], synonyms: counted(['phishing', 1]), title: [] });
    // Every term of the ISMS entry is a word of the page already; its compounds give their last parts. The
    // title "ISMS" is said in other words by the entry's other term.
    expect(terms.get('/d/')).toEqual({
      parts: counted(['system', 1], ['sikkerhed', 1]),
      synonyms: [],
      title: ['ledelsessystem', 'for', 'informationssikkerhed'],
    });
  });

  it('leaves out the words of a term that are on most pages', () => {
    const isms = [
      page('/x/', 'ISMS for alle.', 'ISMS'),
      page('/y/', 'Noget for nogen.'),
      page('/z/', 'Mere for flere.'),
    ];
    expect(enrichPages(isms, { lexicon, glossary }).pages.get('/x/')).toEqual({
      parts: [],
      synonyms: counted(['ledelsessystem', 5], ['informationssikkerhed', 5]),
      title: ['ledelsessystem', 'informationssikkerhed'],
    });
  });

  it('counts an entry by its mentions, more when it is in the title, at most MAX_COUNT', () => {
    // Phishing twice in the text, once as the title's word and +3 for being in the title: 6, capped at 5.
    // The entry is in the title, so its other terms are the title's other words too.
    expect(terms.get('/g/')).toEqual({
      parts: [],
      synonyms: counted(['svindelmail', 5], ['svindelmails', 5]),
      title: ['svindelmail', 'svindelmails'],
    });
  });

  it('adds nothing to a municipality page, whose topics are only a list of names', () => {
    expect(terms.get('/k/')).toEqual({ parts: [], synonyms: [], title: [] });
  });

  it('recognises a term of several words only as a phrase', () => {
    const { pages: only } = enrichPages([page('/e/', 'Et ledelsessystem og en politik for informationssikkerhed.')], {
      lexicon,
      glossary,
      decompound: false,
    });
    expect(only.get('/e/')?.synonyms).toEqual([]);
  });

  it('makes the vocabulary from the pages words, parts and terms; only a page own words count', () => {
    expect(vocabulary.pages).toBe(8);
    const df = (w: string) => vocabulary.df[vocabulary.words.indexOf(w)];
    expect([df('kommunens'), df('phishing'), df('dpia'), df('tilsyn'), df('27001')]).toEqual([2, 2, 0, 0, 1]);
    expect(vocabulary.words).toEqual([...vocabulary.words].sort());
    expect(vocabulary.words.includes('')).toBe(false);
  });

  it('adds nothing with decompounding and glossary switched off, or without options', () => {
    const off = enrichPages(pages, { lexicon, glossary, decompound: false, useGlossary: false });
    const none = enrichPages(pages);
    for (const result of [off, none]) {
      expect([...result.pages.values()].every((t) => t.parts.length + t.synonyms.length + t.title.length === 0)).toBe(
        true,
      );
      expect(result.vocabulary.words.includes('dpia')).toBe(false);
    }
  });
});
