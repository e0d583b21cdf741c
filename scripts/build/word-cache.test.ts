import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderTemplateDocx } from './docx/render.ts';
import { cachedWordRenderer, rendererVersion, wordCacheKey } from './word-cache.ts';
import type { RenderDocx } from './word-files.ts';

let tmp: string;
let rendered: string[];

/** The real Word export, counting what it is asked to render. */
const counting: RenderDocx = async (input) => {
  rendered.push(input.sourceFile);
  return renderTemplateDocx(input);
};

const template = (slug: string, body = '## Formål\n\nPolitikken gælder for alle medarbejdere.\n') => ({
  title: `Skabelon ${slug}`,
  frontmatter: { title: `Skabelon ${slug}`, summary: 'Et resumé.', category: 'politikker', tags: ['nis2'] },
  body,
  sourceFile: `templates-library/politikker/${slug}.mdx`,
  baseUrl: 'https://sikkerhedsnet.example/',
  ownerName: 'Københavns Kommune',
});

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-word-cache-'));
  rendered = [];
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the Word cache', () => {
  it('renders a template once and serves the same bytes to the next build', async () => {
    const first = await cachedWordRenderer(counting, tmp, 'v1');
    const a = await first.render(template('a'));
    await first.render(template('b'));
    expect(rendered).toEqual(['templates-library/politikker/a.mdx', 'templates-library/politikker/b.mdx']);
    expect(first.stats()).toEqual({ hits: 0, misses: 2 });
    const key = wordCacheKey(template('a'), 'v1');
    expect((await readdir(tmp)).sort()).toEqual(
      [
        `${key}.docx`,
        `${key}-uden-vejledning.docx`,
        `${wordCacheKey(template('b'), 'v1')}.docx`,
        `${wordCacheKey(template('b'), 'v1')}-uden-vejledning.docx`,
      ].sort(),
    );

    rendered = [];
    const second = await cachedWordRenderer(counting, tmp, 'v1');
    const again = await second.render(template('a'));
    expect(rendered).toEqual([]);
    expect(second.stats()).toEqual({ hits: 1, misses: 0 });
    expect(Buffer.from(again.full).equals(Buffer.from(a.full))).toBe(true);
    expect(Buffer.from(again.withoutGuidance).equals(Buffer.from(a.withoutGuidance))).toBe(true);
  });

  it('renders again what changed: the template, its owner name, or the Word export itself', async () => {
    const first = await cachedWordRenderer(counting, tmp, 'v1');
    await first.render(template('a'));
    await first.render(template('b'));
    rendered = [];
    const next = await cachedWordRenderer(counting, tmp, 'v1');
    await next.render(template('a', '## Formål\n\nNu med en ny sætning.\n'));
    await next.render({ ...template('b'), ownerName: 'Aarhus Kommune' });
    expect(rendered).toEqual(['templates-library/politikker/a.mdx', 'templates-library/politikker/b.mdx']);
    rendered = [];
    const newCode = await cachedWordRenderer(counting, tmp, 'v2');
    await newCode.render(template('a'));
    expect(rendered).toEqual(['templates-library/politikker/a.mdx']);
  });

  it('renders again an entry that is not a whole Word file, and replaces it', async () => {
    const first = await cachedWordRenderer(counting, tmp, 'v1');
    const good = await first.render(template('a'));
    const file = join(tmp, `${wordCacheKey(template('a'), 'v1')}.docx`);
    await writeFile(file, Buffer.from(good.full).subarray(0, 100));
    rendered = [];
    const next = await cachedWordRenderer(counting, tmp, 'v1');
    const files = await next.render(template('a'));
    expect(rendered).toEqual(['templates-library/politikker/a.mdx']);
    // The new file is whole (a zip's end record closes it) and is what the cache now holds.
    expect(Buffer.from(files.full).subarray(-22, -18).toString('hex')).toBe('504b0506');
    expect((await readFile(file)).equals(Buffer.from(files.full))).toBe(true);
  });

  it('prunes what the build did not use, so the cache holds one library', async () => {
    const first = await cachedWordRenderer(counting, tmp, 'v1');
    await first.render(template('a'));
    await first.render(template('b'));
    const next = await cachedWordRenderer(counting, tmp, 'v1');
    await next.render(template('b'));
    await next.prune();
    const key = wordCacheKey(template('b'), 'v1');
    expect((await readdir(tmp)).sort()).toEqual([`${key}-uden-vejledning.docx`, `${key}.docx`]);
  });

  it('gives the Word export a new version when one of its source files changes, not when a test does', async () => {
    const dir = join(tmp, 'docx');
    await cp(fileURLToPath(new URL('./docx/', import.meta.url)), dir, { recursive: true });
    const before = await rendererVersion(dir);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(join(dir, 'render.test.ts'), '// a changed test\n');
    expect(await rendererVersion(dir)).toBe(before);
    await writeFile(join(dir, 'table.ts'), `${await readFile(join(dir, 'table.ts'), 'utf8')}\n// changed\n`);
    expect(await rendererVersion(dir)).not.toBe(before);
  });
});
