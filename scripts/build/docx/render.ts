import { Packer } from 'docx';
import type { Root } from 'mdast';
import { CATEGORY_LABELS, type Category } from '#model/categories.ts';
import { renderBlocks } from './blocks.ts';
import { createContext } from './context.ts';
import { buildDocument } from './document.ts';
import { documentControl, sourceNote, summaryParagraph, textOf } from './metadata.ts';
import { parseMdx } from './parse.ts';

/** One template to export. */
export type TemplateDocxInput = {
  /** Document title (frontmatter `title`), shown in Title style and in the file's properties. */
  readonly title: string;
  /** Template frontmatter (docs/interfaces.md §3): summary, category, tags, version, owner, reviewed, status. */
  readonly frontmatter: Record<string, unknown>;
  /** MDX body: the text after the frontmatter, without import lines. */
  readonly body: string;
  /** Path of the template (e.g. `templates-library/risikostyring/risikovurdering.mdx`), for errors and the slug. */
  readonly sourceFile: string;
  /** Site root such as `https://sikkerhedsnet.kl.dk/`; relative links become absolute against it. */
  readonly baseUrl?: string;
  /** 1-based line of `sourceFile` where `body` starts, so parse errors point at the right line. Default 1. */
  readonly bodyLine?: number;
  /** Readable owner name (e.g. "Københavns Kommune"), named in the note on where the template came from. */
  readonly ownerName?: string;
};

/** The two Word files of a template. */
export type TemplateDocxFiles = {
  /** `<slug>.docx`: with the summary and the `<Vejledning>` guidance as grey italic paragraphs. */
  readonly full: Uint8Array;
  /** `<slug>-uden-vejledning.docx`: the same document without summary and guidance, ready to fill in. */
  readonly withoutGuidance: Uint8Array;
};

/**
 * Render a template as its two Word (.docx) files, with and without guidance. Both have the title, the
 * municipality's document-control table with placeholders, the note on where the template came from, then the MDX
 * body with headings, paragraphs, lists, tables, links, quotes and `<Risikomatrix />`. The MDX is parsed once;
 * only the cheap step from tree to Word blocks runs per file.
 * @param input The template.
 * @returns The bytes of both files.
 * @throws Error naming `sourceFile` with line and column when the MDX body cannot be parsed (e.g. unclosed JSX).
 */
export async function renderTemplateDocx(input: TemplateDocxInput): Promise<TemplateDocxFiles> {
  const tree = parseMdx(input.body, input.sourceFile, input.bodyLine);
  const [full, withoutGuidance] = await Promise.all(
    [true, false].map((guidance) => Packer.pack(templateDocument(tree, input, guidance), 'uint8array')),
  );
  if (!full || !withoutGuidance) throw new Error('Word-eksporten lavede ikke begge filer');
  return { full, withoutGuidance };
}

function templateDocument(tree: Root, input: TemplateDocxInput, guidance: boolean) {
  const ctx = createContext(tree, input.sourceFile, { baseUrl: input.baseUrl, guidance });
  const { frontmatter } = input;
  const tags = frontmatter.tags;
  const category = textOf(frontmatter.category);
  return buildDocument({
    title: input.title,
    subject: Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category as Category] : category || undefined,
    description: textOf(frontmatter.summary) || undefined,
    keywords: Array.isArray(tags) && tags.length > 0 ? tags.join(', ') : undefined,
    front: [
      ...(guidance ? summaryParagraph(frontmatter) : []),
      ...documentControl(),
      sourceNote(input.title, frontmatter, input.ownerName),
    ],
    body: renderBlocks(tree.children, ctx),
  });
}
