import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hyperlinks, paragraphs, readDocx, runs } from './read-docx.ts';
import { renderTemplateDocx } from './render.ts';

const frontmatter = { title: 'Prøve', category: 'drift', status: 'udkast' };
const sourceFile = 'templates-library/drift/proeve.mdx';

/** Render a body and return the parts of its full file (with guidance). */
async function render(body: string, extra: { baseUrl?: string } = {}) {
  const files = await renderTemplateDocx({ title: 'Prøve', frontmatter, body, sourceFile, ...extra });
  return readDocx(files.full);
}

/** Render a body and return the texts of the body paragraphs (after the source note) of both files. */
async function bodyTexts(body: string) {
  const files = await renderTemplateDocx({ title: 'Prøve', frontmatter, body, sourceFile });
  const texts = (bytes: Uint8Array) => {
    const all = paragraphs(readDocx(bytes).document);
    return all.slice(all.findIndex((p) => p.style === 'Kilde') + 1).map((p) => p.text);
  };
  return { full: texts(files.full), withoutGuidance: texts(files.withoutGuidance) };
}

describe('renderTemplateDocx with hostile or unusual MDX', () => {
  it('renders an empty body as title, document control and a source note with only the fields it has', async () => {
    const docx = await render('');
    expect(paragraphs(docx.document).map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Prøve'],
      [undefined, 'Dokumentstyring'],
      ...['Ejer', 'Version', 'Godkendt af', 'Dato for godkendelse', 'Næste revision'].flatMap((label) => [
        [undefined, label],
        [undefined, expect.stringMatching(/^\[.+\]$/)],
      ]),
      ['Kilde', 'Skabelon fra Sikkerhedsnet: Prøve. Skabelonen er et udkast.'],
    ]);
  });

  it('leaves out guidance in lists, quotes, sentences and self-closing form in the file without guidance', async () => {
    const texts = await bodyTexts(
      '- Punkt\n\n  <Vejledning>\n  Vejledning i et punkt.\n  </Vejledning>\n\n' +
        '> Citat\n>\n> <Vejledning>Vejledning i et citat.</Vejledning>\n\n' +
        '<Vejledning />\n\nFør <Vejledning>**fed** vejledning</Vejledning> efter.\n\n' +
        '<Vejledning>\n<Vejledning>Indlejret.</Vejledning>\n</Vejledning>\n\nSlut.',
    );
    expect(texts.full).toEqual([
      'Punkt',
      'Vejledning i et punkt.',
      'Citat',
      'Vejledning i et citat.',
      'Før fed vejledning efter.',
      'Indlejret.',
      'Slut.',
    ]);
    expect(texts.withoutGuidance).toEqual(['Punkt', 'Citat', 'Før  efter.', 'Slut.']);
  });

  it('throws an Error naming the file, line and column for unclosed JSX (line counted in the file)', async () => {
    const body = await readFile(new URL('./fixtures/ikke-lukket.mdx', import.meta.url), 'utf8');
    const attempt = renderTemplateDocx({ title: 'Prøve', frontmatter, body, sourceFile, bodyLine: 15 });
    await expect(attempt).rejects.toThrow(
      new Error(
        'templates-library/drift/proeve.mdx:19:1: Word-filen kan ikke laves, fordi MDX-teksten ikke kan læses: ' +
          'Expected a closing tag for `<Vejledning>`',
      ),
    );
  });

  it('throws a located Error for an unfinished attribute and an unclosed expression', async () => {
    await expect(render('Tekst\n\n<Foo bar="1"')).rejects.toThrow(/^templates-library\/drift\/proeve\.mdx:3:13: /);
    await expect(render('Pris {ikke lukket')).rejects.toThrow(/^templates-library\/drift\/proeve\.mdx:1:18: .*brace/);
  });

  it('renders children of unknown, inline and fragment JSX, and drops expressions', async () => {
    const docx = await render(
      '<Boks>\n<Indre>\nDybt inde.\n</Indre>\n</Boks>\n\n<>\nFragment.\n</>\n\n<Tom />\n\n' +
        'Før <Vejledning>indskudt vejledning</Vejledning> og {1 + 1} efter.',
    );
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts.slice(texts.indexOf('Skabelon fra Sikkerhedsnet: Prøve. Skabelonen er et udkast.') + 1)).toEqual([
      'Dybt inde.',
      'Fragment.',
      'Før indskudt vejledning og  efter.',
    ]);
    const last = paragraphs(docx.document).at(-1)?.xml ?? '';
    expect(runs(last).find((r) => r.text === 'indskudt vejledning')?.props).toBe('<w:i/><w:iCs/>');
  });

  it('keeps placeholders visible in headings, lists, tables and bold text', async () => {
    const docx = await render(
      '## Plan for [Kommunens navn]\n\n- Ansvarlig: [Navn]\n\n| Felt | Værdi |\n| --- | --- |\n| Kommune | [Kommunens navn] |\n\n**[Dato]**',
    );
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Plan for [Kommunens navn]', 'Ansvarlig: [Navn]', '[Kommunens navn]', '[Dato]']),
    );
    expect(docx.document).not.toContain('<w:hyperlink');
  });

  it('starts an ordered list at its own start number and caps nesting at Word level 8', async () => {
    const nested = Array.from({ length: 11 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join('\n');
    const docx = await render(`3. tredje\n4. fjerde\n\n${nested}\n\n-\n`);
    const all = paragraphs(docx.document);
    const third = all.find((p) => p.text === 'tredje');
    const abstractId = new RegExp(`<w:num w:numId="${third?.numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(
      docx.numbering,
    )?.[1];
    expect(docx.numbering).toMatch(
      new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>.*?<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"/>`),
    );
    expect(all.find((p) => p.text === 'niveau 10')?.level).toBe('8');
    expect(all.find((p) => p.text === 'niveau 8')?.level).toBe('8');
    expect(all.at(-1)).toMatchObject({ text: '', level: '0' });
  });

  it('leaves relative links as written without baseUrl and keeps mailto links', async () => {
    const docx = await render('[Side](/skabeloner/x/) og [mail](mailto:anne.demo@kk.dk) og [afsnit](#trin)');
    expect(hyperlinks(docx).map((link) => link.target)).toEqual(['/skabeloner/x/', 'mailto:anne.demo@kk.dk', '#trin']);
  });

  it('resolves links against a baseUrl with a path prefix', async () => {
    const docx = await render('[Side](/skabeloner/x/) og [afsnit](#trin)', { baseUrl: 'https://eksempel.dk/kerne' });
    expect(hyperlinks(docx).map((link) => link.target)).toEqual([
      'https://eksempel.dk/kerne/skabeloner/x/',
      'https://eksempel.dk/kerne/skabeloner/proeve/#trin',
    ]);
  });
});
