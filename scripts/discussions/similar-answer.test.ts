/** The Danish automatic answer (similar-answer.ts): exact texts, escaping of titles, and its marker. */
import { describe, expect, it } from 'vitest';
import type { SimilarResult } from './similar.ts';
import { ANSWER_MARKER, isAutomaticAnswer, linkText, similarAnswer } from './similar-answer.ts';

const SITE = 'https://sikkerhedsnet.kl.dk';
const thread = (number: number, title: string) => ({
  number,
  title,
  url: `https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/${number}`,
  score: 0.5,
});
const template = (slug: string, title: string) => ({ slug, title, url: `/skabeloner/${slug}/`, score: 0.5 });
const answer = (result: SimilarResult) => similarAnswer(result, { siteUrl: SITE });

const FOOTER =
  'Passer forslagene ikke, så lad bare spørgsmålet stå; netværket svarer her som sædvanligt.\n\n' +
  '_Skrevet automatisk af Sikkerhedsnet ud fra ordlyden af trådene og skabelonerne._\n\n' +
  `${ANSWER_MARKER}\n`;

describe('similarAnswer', () => {
  it('says nothing when nothing is similar', () => {
    expect(answer({ threads: [], templates: [] })).toBeUndefined();
  });

  it('one thread and one template', () => {
    expect(
      answer({
        threads: [thread(1, 'Skabelon til awareness-plan?')],
        templates: [template('awareness-plan', 'Awareness-plan for året')],
      }),
    ).toBe(
      'Der findes allerede en tråd om noget lignende: [Skabelon til awareness-plan?](https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/1). ' +
        'Se, om dit spørgsmål er besvaret dér, og skriv gerne videre i den tråd, så svarene samles ét sted.\n\n' +
        'Skabelonbiblioteket har også en skabelon om emnet: [Awareness-plan for året](https://sikkerhedsnet.kl.dk/skabeloner/awareness-plan/).\n\n' +
        FOOTER,
    );
  });

  it('several threads, no template', () => {
    expect(answer({ threads: [thread(1, 'A'), thread(2, 'B'), thread(3, 'C')], templates: [] })).toBe(
      'Der findes allerede tråde om noget lignende: [A](https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/1), ' +
        '[B](https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/2) og ' +
        '[C](https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/3). Se, om dit spørgsmål er besvaret dér, ' +
        'og skriv gerne videre i den tråd, der passer bedst, så svarene samles ét sted.\n\n' +
        FOOTER,
    );
  });

  it('templates only, with the site address from SIKKERHEDSNET_PUBLIC_URL', () => {
    expect(
      answer({
        threads: [],
        templates: [
          template('it-beredskabsplan', 'It-beredskabsplan'),
          template('miniberedskabsplan', 'Miniberedskabsplan'),
        ],
      }),
    ).toBe(
      'Der findes allerede skabeloner om emnet i skabelonbiblioteket: [It-beredskabsplan](https://sikkerhedsnet.kl.dk/skabeloner/it-beredskabsplan/) ' +
        'og [Miniberedskabsplan](https://sikkerhedsnet.kl.dk/skabeloner/miniberedskabsplan/).\n\n' +
        FOOTER,
    );
  });

  it('escapes a title as link text: no markup, no line breaks', () => {
    expect(linkText('  [Hjælp] *nu*\n<img src=x> | `kode` ~slet~ #3 !  ')).toBe(
      '\\[Hjælp\\] \\*nu\\* \\<img src=x\\> \\| \\`kode\\` \\~slet\\~ \\#3 \\!',
    );
    const text = answer({ threads: [thread(7, 'Se [her](https://evil.example)')], templates: [] }) ?? '';
    expect(text).toContain('[Se \\[her\\](https://evil.example)](https://github.com/');
  });

  it('is recognised by its marker, which nothing else carries', () => {
    expect(isAutomaticAnswer(answer({ threads: [thread(1, 'A')], templates: [] }) ?? '')).toBe(true);
    expect(isAutomaticAnswer('Der findes allerede en tråd om det.')).toBe(false);
  });
});
