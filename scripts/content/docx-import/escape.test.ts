import { describe, expect, it } from 'vitest';
import { escapeLineStart, escapeText, escapeUrl } from './escape.ts';

describe('escapeText', () => {
  it('keeps placeholders verbatim and escapes what MDX or Markdown would run or format', () => {
    expect(escapeText('[Kommunens navn] og [dato]')).toBe('[Kommunens navn] og [dato]');
    expect(escapeText('{navn} <Komponent> a\\b *fed* `kode` ~x~')).toBe(
      '\\{navn\\} \\<Komponent> a\\\\b \\*fed\\* \\`kode\\` \\~x\\~',
    );
    expect(escapeText('[tekst](url) &amp; & AT&T')).toBe('[tekst]\\(url) \\&amp; & AT&T');
    expect(escapeText('filnavn_med_streg _kursiv_')).toBe('filnavn_med_streg \\_kursiv\\_');
  });
});

describe('escapeLineStart', () => {
  it('escapes headings, quotes, list markers, definitions and import/export at the start only', () => {
    expect(escapeLineStart('# ikke en overskrift')).toBe('\\# ikke en overskrift');
    expect(escapeLineStart('> ikke et citat')).toBe('\\> ikke et citat');
    expect(escapeLineStart('- ikke et punkt')).toBe('\\- ikke et punkt');
    expect(escapeLineStart('1. ikke nummereret')).toBe('1\\. ikke nummereret');
    expect(escapeLineStart('[Navn]: Anne Demo')).toBe('[Navn]\\: Anne Demo');
    expect(escapeLineStart('import x from "y"')).toBe('&#x69;mport x from "y"');
    expect(escapeLineStart('export const a = 1')).toBe('&#x65;xport const a = 1');
    expect(escapeLineStart('Tekst - med # og 1. inde i linjen')).toBe('Tekst - med # og 1. inde i linjen');
  });
});

describe('escapeUrl', () => {
  it('percent-encodes what cannot stand in a Markdown link destination', () => {
    expect(escapeUrl('https://x.dk/a b(c)')).toBe('https://x.dk/a%20b%28c%29');
  });
});
