/**
 * Round trip over the whole library: every template exported to .docx by the build's renderer (the real one) and
 * imported again keeps its headings (level and text), lists (kind, items, order, nesting), tables (rows × columns,
 * header row) and its Vejledning and Risikomatrix blocks. It lives under cli/ because it joins two layers that may
 * not import each other: build (the export) and content (the import).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATEGORIES, CATEGORY_FOLDERS } from '#model/categories.ts';
import { renderTemplateDocx } from '../build/docx/render.ts';
import { importDocx } from '../content/docx-import/import.ts';

const LIBRARY = path.resolve(import.meta.dirname, '..', '..', 'templates-library');

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'docx-round-trip-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Frontmatter and body of an MDX source. */
function split(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1] ?? '') as Record<string, unknown>, body: source.slice(match[0].length) };
}

const text = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(text).join('')
      : '';
const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The structure the round trip must keep, one line per heading, list item, table and component. */
function structure(body: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  const lines: string[] = [];
  const visit = (node: Nodes, depth: number) => {
    if (node.type === 'heading') lines.push(`h${node.depth} ${clean(text(node))}`);
    else if (node.type === 'list') {
      node.children.forEach((item, index) => {
        const first = item.children.find((c) => c.type === 'paragraph');
        lines.push(`${'  '.repeat(depth)}${node.ordered ? `${index + 1}.` : '-'} ${first ? clean(text(first)) : ''}`);
        for (const child of item.children) if (child.type === 'list') visit(child, depth + 1);
      });
      return;
    } else if (node.type === 'table') {
      const columns = Math.max(...node.children.map((row) => row.children.length));
      const header = node.children[0]?.children.map((cell) => clean(text(cell))).join(' | ');
      lines.push(`table ${node.children.length}×${columns} [${header}]`);
      return;
    } else if (node.type === 'mdxJsxFlowElement') lines.push(`<${node.name}>`);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, depth);
  };
  visit(tree, 0);
  return lines;
}

/** Export `source` with the build's renderer, import the file, and return the imported MDX's body. */
async function roundTrip(source: string, file: string, dir: string): Promise<string> {
  const { frontmatter, body } = split(source);
  const { full } = await renderTemplateDocx({ title: String(frontmatter.title), frontmatter, body, sourceFile: file });
  const outcome = await importDocx(full, {
    fileName: path.basename(file).replace(/\.mdx$/, '.docx'),
    category: String(frontmatter.category),
    owner: 'KL',
    audience: 'kerne',
    today: '2026-11-01',
    dir,
    ownerCodes: new Set(),
    workDomains: new Set(),
    maintainers: ['KL'],
  });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  const imported = split(await readFile(outcome.written.at(-1) ?? '', 'utf8'));
  expect(imported.frontmatter.title).toBe(frontmatter.title);
  return imported.body;
}

const templates = (
  await Promise.all(
    CATEGORIES.map(async (category) => {
      const folder = path.join(LIBRARY, CATEGORY_FOLDERS[category]);
      const names = await readdir(folder).catch(() => [] as string[]);
      return names.filter((name) => name.endsWith('.mdx')).map((name) => path.join(folder, name));
    }),
  )
).flat();

describe('Word export → import round trip', () => {
  it('covers every template of the library', () => {
    expect(templates.length).toBeGreaterThanOrEqual(18);
  });

  it.each(templates.map((file) => [path.relative(LIBRARY, file), file]))(
    '%s keeps its headings, lists and tables',
    async (_name, file) => {
      const source = await readFile(file, 'utf8');
      const before = structure(split(source).body);
      expect(before.length).toBeGreaterThan(3);
      const after = structure(await roundTrip(source, file, await mkdtemp(path.join(out, 'lib-'))));
      expect(after).toEqual(before);
    },
  );

  it('keeps nested lists of both kinds and their order, inside and outside Vejledning', async () => {
    const source = [
      '---',
      'title: Indlejrede lister',
      'summary: Test.',
      'category: drift',
      'owner: KL',
      '---',
      '',
      '## Trin',
      '',
      '1. Første',
      '   - a',
      '   - b',
      '     1. b1',
      '     2. b2',
      '2. Andet',
      '',
      '<Vejledning>',
      '',
      '- Vejledning 1',
      '  - Vejledning 1.1',
      '',
      '</Vejledning>',
      '',
      '| A | B | C |',
      '| --- | --- | --- |',
      '| 1 | [Navn] | |',
      '',
    ].join('\n');
    const before = structure(split(source).body);
    expect(before).toEqual([
      'h2 Trin',
      '1. Første',
      '  - a',
      '  - b',
      '    1. b1',
      '    2. b2',
      '2. Andet',
      '<Vejledning>',
      '- Vejledning 1',
      '  - Vejledning 1.1',
      'table 2×3 [A | B | C]',
    ]);
    const body = await roundTrip(source, 'drift/indlejrede-lister.mdx', await mkdtemp(path.join(out, 'lib-')));
    expect(structure(body)).toEqual(before);
  });
});
