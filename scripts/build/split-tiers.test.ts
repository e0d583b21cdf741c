import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitTiers } from './split-tiers.ts';

let tmp: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-split-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(tmp, path)), { recursive: true });
  await writeFile(join(tmp, path), text);
}

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('splitTiers', () => {
  it('gives each tier its own pages, the shared code and public files, and only the images its own pages name', async () => {
    await put('astro/_astro/site.Ab12.css', 'body{background:url(/_astro/font.Cd34.woff2)}');
    await put('astro/_astro/search.Ef56.js', 'import"./chunk.Gh78.js";');
    await put('astro/_astro/chunk.Gh78.js', 'export{}');
    await put('astro/_astro/font.Cd34.woff2', 'font');
    await put('astro/_astro/kerne-diagram.Ij90.png', 'core image');
    await put('astro/_astro/delt-figur.Kl12.png', 'shared image');
    await put('astro/favicon.svg', '<svg/>');
    await put(
      'astro/kerne/index.html',
      '<img src="/_astro/kerne-diagram.Ij90.png"><img src="/_astro/delt-figur.Kl12.png">',
    );
    await put('astro/kerne/404/index.html', 'kerne 404');
    await put('astro/bred/index.html', '<img src="/_astro/delt-figur.Kl12.png">');
    await put('astro/bred/404/index.html', 'bred 404');
    await put('astro/bred/sitemap.xml', '<urlset/>');

    await splitTiers(join(tmp, 'astro'), ['kerne', 'bred'], (tier) => join(tmp, tier));

    const code = ['_astro/chunk.Gh78.js', '_astro/search.Ef56.js', '_astro/site.Ab12.css'];
    expect(await tree(join(tmp, 'kerne'))).toEqual(
      [
        '404.html',
        ...code,
        '_astro/delt-figur.Kl12.png',
        '_astro/font.Cd34.woff2',
        '_astro/kerne-diagram.Ij90.png',
        'favicon.svg',
        'index.html',
      ].sort(),
    );
    expect(await tree(join(tmp, 'bred'))).toEqual(
      [
        '404.html',
        ...code,
        '_astro/delt-figur.Kl12.png',
        '_astro/font.Cd34.woff2',
        'favicon.svg',
        'index.html',
        'sitemap.xml',
      ].sort(),
    );
    expect(await readFile(join(tmp, 'bred/404.html'), 'utf8')).toBe('bred 404');
    expect(await readFile(join(tmp, 'kerne/404.html'), 'utf8')).toBe('kerne 404');
    // The tiers' folders were moved out; what is left is the shared output.
    expect(await readdir(join(tmp, 'astro'))).toEqual(['_astro', 'favicon.svg']);
  });

  it('builds a single tier when only one was rendered', async () => {
    await put('astro/_astro/site.css', 'x');
    await put('astro/bred/index.html', 'bred');
    await splitTiers(join(tmp, 'astro'), ['bred'], (tier) => join(tmp, `ud-${tier}`));
    expect(await tree(join(tmp, 'ud-bred'))).toEqual(['_astro/site.css', 'index.html']);
  });
});
