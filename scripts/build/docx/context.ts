import type { Definition, Root } from 'mdast';

/** Formatting that a block container (blockquote, Vejledning, list item) passes down to the blocks inside it. */
export type BlockStyle = {
  /** Paragraph style id to use for body paragraphs, e.g. `Vejledning` or `Citat`; undefined means Normal. */
  readonly paragraphStyle?: string;
  /** Left indentation in twips added by the containers around the block. */
  readonly indent: number;
  /** Runs inside are italic (Vejledning). */
  readonly italics: boolean;
  /** Text colour as hex without `#`, e.g. grey guidance text. */
  readonly color?: string;
};

/** State shared by the renderers of one template. */
export type RenderContext = {
  /** Template path, for error messages. */
  readonly sourceFile: string;
  /** Absolute URL of the site root (trailing slash), when the caller gave a baseUrl. */
  readonly siteRoot?: URL;
  /** Absolute URL of the template's page, against which page-relative links resolve. */
  readonly pageUrl?: URL;
  /** Link reference definitions by normalised label (`[tekst][label]` links). */
  readonly definitions: ReadonlyMap<string, string>;
  /** Counter for numbering instances, so every separate list starts again at 1. */
  readonly lists: { next: number };
  /** Whether `<Vejledning>` is rendered; false for the file without guidance (`<slug>-uden-vejledning.docx`). */
  readonly guidance: boolean;
  readonly style: BlockStyle;
};

/**
 * Create the rendering context for one template.
 * @param tree The parsed body, scanned for link reference definitions.
 * @param sourceFile Template path; its file name without `.mdx` is the slug of the page URL.
 * @param options `baseUrl`: absolute site root such as `https://sikkerhedsnet.kl.dk/` (relative links stay as written
 *   without it); `guidance`: render `<Vejledning>` (the default) or leave it out.
 */
export function createContext(
  tree: Root,
  sourceFile: string,
  options: { baseUrl?: string; guidance?: boolean } = {},
): RenderContext {
  const { baseUrl, guidance = true } = options;
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(normaliseLabel(node), node.url);
  }
  const siteRoot = baseUrl ? new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : undefined;
  const slug = (sourceFile.split(/[\\/]/).pop() ?? '').replace(/\.mdx?$/, '');
  const pageUrl = siteRoot && slug ? new URL(`skabeloner/${encodeURIComponent(slug)}/`, siteRoot) : siteRoot;
  return {
    sourceFile,
    siteRoot,
    pageUrl,
    definitions,
    lists: { next: 1 },
    guidance,
    style: { indent: 0, italics: false },
  };
}

/** Return a copy of the context whose block style is extended by `patch` (indentation adds up). */
export function withStyle(ctx: RenderContext, patch: Partial<BlockStyle>): RenderContext {
  return { ...ctx, style: { ...ctx.style, ...patch, indent: ctx.style.indent + (patch.indent ?? 0) } };
}

/** Normalise a reference label the way CommonMark matches them: case-insensitive, collapsed whitespace. */
export function normaliseLabel(node: Pick<Definition, 'identifier'>): string {
  return node.identifier.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Make a link target usable from a Word file, which has no page to be relative to.
 * Absolute URLs (`https:`, `mailto:` …) are kept; `/sti/` resolves against the site root and `sti/` or `#afsnit`
 * against the template's page. Without a baseUrl relative targets are returned unchanged.
 */
export function resolveHref(url: string, ctx: RenderContext): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  if (!ctx.siteRoot || !ctx.pageUrl) return url;
  try {
    // Root-relative links are relative to the site root, which may itself sit below a path prefix.
    return url.startsWith('/') ? new URL(url.slice(1), ctx.siteRoot).href : new URL(url, ctx.pageUrl).href;
  } catch {
    return url;
  }
}
