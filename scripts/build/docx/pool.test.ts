import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocxPool } from './pool.ts';
import { paragraphs, readDocx } from './read-docx.ts';
import { renderTemplateDocx, type TemplateDocxFiles } from './render.ts';

const pool = createDocxPool(2);
afterAll(() => pool.close());

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const sourceFile = 'templates-library/risikostyring/risikovurdering.mdx';

describe('createDocxPool', () => {
  it('renders in worker threads exactly what renderTemplateDocx renders inline', async () => {
    const body = (await fixture('alle-elementer.mdx')).replace(/^---\n[\s\S]*?\n---\n/, '');
    const inputs = ['Første', 'Anden', 'Tredje'].map((title) => ({
      title,
      frontmatter: { category: 'risikostyring', reviewed: '2026-11-01' },
      body,
      sourceFile,
    }));
    const pooled = await Promise.all(inputs.map((input) => pool.render(input)));
    const inline = await Promise.all(inputs.map((input) => renderTemplateDocx(input)));
    const facts = (bytes: Uint8Array) => paragraphs(readDocx(bytes).document).map((p) => [p.style, p.text]);
    const both = (files: TemplateDocxFiles) => [facts(files.full), facts(files.withoutGuidance)];
    expect(pooled.map((files) => facts(files.full)[0])).toEqual([
      ['Title', 'Første'],
      ['Title', 'Anden'],
      ['Title', 'Tredje'],
    ]);
    expect(pooled.map(both)).toEqual(inline.map(both));
    // Two different files came back through the worker's transfer, not one file twice.
    const [full, withoutGuidance] = both(pooled[0] as TemplateDocxFiles);
    expect(full?.filter(([style]) => style === 'Vejledning')).toHaveLength(3);
    expect(withoutGuidance?.filter(([style]) => style === 'Vejledning')).toEqual([]);
  });

  it('rejects with the located message of a template that cannot be parsed, and keeps working', async () => {
    const body = await fixture('ikke-lukket.mdx');
    await expect(pool.render({ title: 'Prøve', frontmatter: {}, body, sourceFile, bodyLine: 3 })).rejects.toThrow(
      new Error(
        'templates-library/risikostyring/risikovurdering.mdx:7:1: Word-filen kan ikke laves, fordi MDX-teksten ' +
          'ikke kan læses: Expected a closing tag for `<Vejledning>`',
      ),
    );
    const files = await pool.render({ title: 'Efter fejlen', frontmatter: {}, body: 'Tekst.', sourceFile });
    expect(paragraphs(readDocx(files.withoutGuidance).document).map((p) => p.text)).toEqual([
      'Efter fejlen',
      'Dokumentstyring',
      ...['Ejer', '[Ejer]', 'Version', '[Version]', 'Godkendt af', '[Godkendt af]'],
      ...['Dato for godkendelse', '[Dato]', 'Næste revision', '[Dato for næste revision]'],
      'Skabelon fra Sikkerhedsnet: Efter fejlen.',
      'Tekst.',
    ]);
  });

  it('refuses work after close', async () => {
    const closing = createDocxPool(1);
    await closing.close();
    await expect(closing.render({ title: 'x', frontmatter: {}, body: '', sourceFile })).rejects.toThrow(
      'Word-eksportens pulje er lukket',
    );
  });
});
