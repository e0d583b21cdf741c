/**
 * GitHub-flavoured Markdown written by members (GitHub Discussions) as HTML a page may show. remark-parse and
 * remark-gfm read the text into a syntax tree; a small writer of our own turns only the node types it knows into
 * HTML, escaping every text and attribute. Nothing a member writes can add markup of its own:
 *
 * - raw HTML is shown as the text it is (`<b>` stays visible), except HTML comments, which GitHub hides too, and
 *   `<br>`, which becomes a line break;
 * - links keep their target only for http(s), mailto and paths of this site (`/skabeloner/…`); anything else
 *   (`javascript:`, `data:`, `//host`, relative paths) is shown as the link's text alone;
 * - images are never loaded (the gate's CSP allows only the site's own images, and GitHub's attachments need a
 *   GitHub login): an image becomes a link to it named by its alt text ("Billede: …"), or that text alone;
 * - no `style` or event attribute is ever written, so the page keeps the CSP's "no inline styles or scripts";
 * - headings never skip a level: the first is at most `headingLevel`, each next at most one deeper than the last.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface SafeMarkdownOptions {
  /** The level of the body's top headings (the page's own heading above the body is one less). Default 2. */
  headingLevel?: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Escape text for an HTML text node. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape text for a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The link target a page may use for `url`, or undefined: http(s) and mailto URLs (normalised by the URL parser, so
 * tabs, newlines and odd case cannot hide a scheme), and absolute paths of this site (not `//host`, no `\`).
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('/')) return /^\/(?![/\\])[^\s\\]*$/.test(trimmed) ? trimmed : undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
}

/** Render member-written Markdown as safe HTML (see the module comment for what is kept). */
export function renderSafeMarkdown(markdown: string, options: SafeMarkdownOptions = {}): string {
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const writer = new HtmlWriter(definitions, options.headingLevel ?? 2);
  return writer.children(tree);
}

/** The plain text of member-written Markdown (no markup at all), whitespace collapsed, cut at `maxLength`. */
export function markdownText(markdown: string, maxLength = Number.POSITIVE_INFINITY): string {
  const tree = parser.parse(markdown) as Root;
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'html' || node.type === 'definition') return;
    if (node.type === 'image' || node.type === 'imageReference') {
      parts.push(node.alt ?? '');
      return;
    }
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
    // Blocks end with a space, so two paragraphs do not run together.
    if (!isInline(node)) parts.push(' ');
  };
  walk(tree);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–-]+$/, '')} …`;
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'break']);
const isInline = (node: Nodes) => INLINE.has(node.type);

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    const key = node.identifier.toLowerCase();
    if (!into.has(key)) into.set(key, node.url);
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

class HtmlWriter {
  private readonly top: number;
  private lastHeading: number;
  private readonly definitions: ReadonlyMap<string, string>;

  constructor(definitions: ReadonlyMap<string, string>, headingLevel: number) {
    this.definitions = definitions;
    this.top = Math.min(Math.max(Math.trunc(headingLevel), 1), 6);
    this.lastHeading = this.top - 1;
  }

  children(parent: Parents): string {
    const block = BLOCK_PARENTS.has(parent.type);
    return parent.children
      .map((child) => {
        const html = this.node(child as RootContent);
        // Raw HTML standing as a block of its own is shown as a paragraph of text.
        return block && child.type === 'html' && html !== '' && html !== '<br>\n' ? `<p>${html}</p>\n` : html;
      })
      .join('');
  }

  private node(node: RootContent): string {
    switch (node.type) {
      case 'paragraph':
        return `<p>${this.children(node)}</p>\n`;
      case 'heading': {
        // `#` is the body's top level; deeper ones follow, but never more than one below the heading before.
        const level = Math.max(this.top, Math.min(node.depth + this.top - 1, this.lastHeading + 1, 6));
        this.lastHeading = level;
        return `<h${level}>${this.children(node)}</h${level}>\n`;
      }
      case 'text':
        return escapeHtml(node.value);
      case 'emphasis':
        return `<em>${this.children(node)}</em>`;
      case 'strong':
        return `<strong>${this.children(node)}</strong>`;
      case 'delete':
        return `<del>${this.children(node)}</del>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'code':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`;
      case 'blockquote':
        return `<blockquote>\n${this.children(node)}</blockquote>\n`;
      case 'list': {
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1;
        const open = node.ordered ? `<ol${start ? ` start="${Math.trunc(Number(node.start))}"` : ''}>` : '<ul>';
        return `${open}\n${this.children(node)}${node.ordered ? '</ol>' : '</ul>'}\n`;
      }
      case 'listItem': {
        const box = node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : '';
        // A tight list's items hold paragraphs that GitHub shows without <p>.
        const inner = node.spread
          ? this.children(node)
          : node.children.map((c) => (c.type === 'paragraph' ? this.children(c) : `\n${this.node(c)}`)).join('');
        return `<li>${box}${inner}</li>\n`;
      }
      case 'thematicBreak':
        return '<hr>\n';
      case 'break':
        return '<br>\n';
      case 'link':
        return this.link(node.url, this.children(node));
      case 'linkReference': {
        const url = this.definitions.get(node.identifier.toLowerCase());
        return url === undefined ? this.children(node) : this.link(url, this.children(node));
      }
      case 'image':
        return this.image(node.url, node.alt);
      case 'imageReference': {
        const url = this.definitions.get(node.identifier.toLowerCase());
        return url === undefined ? escapeHtml(imageLabel(node.alt)) : this.image(url, node.alt);
      }
      case 'definition':
        return '';
      case 'html':
        return rawHtml(node.value);
      case 'table':
        return this.table(node);
      case 'footnoteReference':
        return `<sup>[${escapeHtml(node.label ?? node.identifier)}]</sup>`;
      case 'footnoteDefinition':
        return `<div class="md-footnote"><p>[${escapeHtml(node.label ?? node.identifier)}]</p>\n${this.children(node)}</div>\n`;
      default:
        // Anything else (a node type added by a later parser): its text, escaped, never its markup.
        if ('children' in node) return this.children(node as Parents);
        return 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : '';
    }
  }

  private link(url: string, content: string): string {
    const href = safeHref(url);
    if (href === undefined) return content;
    // noreferrer: a page of this closed site does not tell another site which page linked to it.
    const rel = href.startsWith('/') ? '' : ' rel="noreferrer"';
    return `<a href="${escapeAttribute(href)}"${rel}>${content}</a>`;
  }

  private image(url: string, alt: string | null | undefined): string {
    return this.link(url, escapeHtml(imageLabel(alt)));
  }

  private table(node: Extract<RootContent, { type: 'table' }>): string {
    const [head, ...body] = node.children;
    const row = (r: (typeof node.children)[number], cell: 'th' | 'td') =>
      `<tr>${r.children.map((c) => `<${cell}>${this.children(c)}</${cell}>`).join('')}</tr>\n`;
    const thead = head ? `<thead>\n${row(head, 'th')}</thead>\n` : '';
    const tbody = body.length > 0 ? `<tbody>\n${body.map((r) => row(r, 'td')).join('')}</tbody>\n` : '';
    // A wide table scrolls in its own box, which must then be reachable by keyboard (WCAG 2.1.1).
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel">\n<table>\n${thead}${tbody}</table>\n</div>\n`;
  }
}

function imageLabel(alt: string | null | undefined): string {
  const text = (alt ?? '').trim();
  return text ? `Billede: ${text}` : 'Billede';
}

/** Raw HTML as text: comments vanish (GitHub hides them), `<br>` breaks the line, everything else is shown. */
function rawHtml(value: string): string {
  const withoutComments = value.replace(/<!--[\s\S]*?(-->|$)/g, '');
  if (/^\s*<br\s*\/?>\s*$/i.test(withoutComments)) return '<br>\n';
  return escapeHtml(withoutComments);
}
