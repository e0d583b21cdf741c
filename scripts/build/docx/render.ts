import { Packer } from 'docx';
import { renderBlocks } from './blocks.ts';
import { createContext } from './context.ts';
import { buildDocument } from './document.ts';
import { metadataParagraphs } from './metadata.ts';
import { parseMdx } from './parse.ts';

/** One template to export. */
export type TemplateDocxInput = {
  /** Document title (frontmatter `title`), shown in Title style and in the file's properties. */
  readonly title: string;
  /** Template frontmatter (docs/interfaces.md §3); kategori, version, status, gennemgået and ejer are shown. */
  readonly frontmatter: Record<string, unknown>;
  /** MDX body: the text after the frontmatter, without import lines. */
  readonly body: string;
  /** Path of the template (e.g. `templates-library/risikostyring/risikovurdering.mdx`), for errors and the slug. */
  readonly sourceFile: string;
  /** Site root such as `https://sikkerhedsnet.kl.dk/`; relative links become absolute against it. */
  readonly baseUrl?: string;
  /** 1-based line of `sourceFile` where `body` starts, so parse errors point at the right line. Default 1. */
  readonly bodyLine?: number;
  /** Readable owner name (e.g. "Københavns Kommune") shown next to the owner code. */
  readonly ownerName?: string;
};

/**
 * Render a template as a Word (.docx) file: title, Danish metadata block, then the MDX body with headings,
 * paragraphs, lists, tables, links, quotes, `<Vejledning>` and `<Risikomatrix />`.
 * @param input The template.
 * @returns The bytes of the .docx file.
 * @throws Error naming `sourceFile` with line and column when the MDX body cannot be parsed (e.g. unclosed JSX).
 */
export async function renderTemplateDocx(input: TemplateDocxInput): Promise<Uint8Array> {
  const tree = parseMdx(input.body, input.sourceFile, input.bodyLine);
  const ctx = createContext(tree, input.sourceFile, input.baseUrl);
  const tags = input.frontmatter.tags;
  const summary = input.frontmatter.summary;
  const document = buildDocument({
    title: input.title,
    summary: typeof summary === 'string' ? summary : undefined,
    keywords: Array.isArray(tags) ? tags.join(', ') : undefined,
    metadata: metadataParagraphs(input.frontmatter, input.ownerName),
    body: renderBlocks(tree.children, ctx),
  });
  return Packer.pack(document, 'uint8array');
}
