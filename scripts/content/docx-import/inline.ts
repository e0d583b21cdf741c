/**
 * Inline HTML (mammoth's runs: text, strong, em, s, links, images, line breaks) → Markdown text. Formatting markers
 * hug their text (spaces move outside `**…**`, as Markdown requires); links keep http(s) and mailto targets only.
 */
import { escapeLineStart, escapeText, escapeUrl } from './escape.ts';
import { type HtmlElement, type HtmlNode, textContent } from './html-tree.ts';

export interface InlineContext {
  /** The file name of image `index` (mammoth's `src="image:<index>"`), beside the MDX. */
  imageName: (index: number) => string;
  /** Link targets left out (internal bookmarks, other schemes), for one warning. */
  droppedLinks: string[];
  /** Escape `|` too, and no line starts: inside a table cell. */
  inTable?: boolean;
  /** No line starts to escape: the text follows `## ` on its line. */
  inHeading?: boolean;
}

const MARKERS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', s: '~~', del: '~~' };
const SAFE_URL = /^(https?:|mailto:)/i;

/** Render inline nodes as one Markdown line (hard breaks become `\` + newline, with the next line escaped). */
export function renderInline(nodes: readonly HtmlNode[], ctx: InlineContext): string {
  const text = merge(nodes)
    .map((node) => renderNode(node, ctx))
    .join('');
  return text
    .replace(/[ \t\u00a0]+/g, (spaces) => (spaces.includes('\u00a0') ? '\u00a0' : ' '))
    .split('\n')
    .map((line) => (ctx.inTable || ctx.inHeading ? line.trim() : escapeLineStart(line.trim())))
    .join('\n')
    .replace(/\\\n*$/, '')
    .trim();
}

function renderNode(node: HtmlNode, ctx: InlineContext): string {
  if (node.type === 'text') {
    const escaped = escapeText(node.value.replace(/[\r\n]+/g, ' '));
    return ctx.inTable ? escaped.replace(/\|/g, '\\|') : escaped;
  }
  const marker = MARKERS[node.name];
  if (marker) return wrap(marker, renderInlineRaw(node.children, ctx));
  switch (node.name) {
    case 'br':
      return ctx.inTable ? ' ' : '\\\n';
    case 'img': {
      const index = /^image:(\d+)$/.exec(node.attributes.src ?? '')?.[1];
      if (index === undefined) return '';
      const alt = escapeText(node.attributes.alt ?? '').replace(/[[\]]/g, (c) => `\\${c}`);
      return `![${alt}](${escapeUrl(ctx.imageName(Number(index)))})`;
    }
    case 'a':
      return link(node, ctx);
    default:
      // u, sup, sub, span: the text without the formatting Markdown lacks.
      return renderInlineRaw(node.children, ctx);
  }
}

function renderInlineRaw(nodes: readonly HtmlNode[], ctx: InlineContext): string {
  return merge(nodes)
    .map((node) => renderNode(node, ctx))
    .join('');
}

function link(node: HtmlElement, ctx: InlineContext): string {
  const href = node.attributes.href;
  const inner = renderInlineRaw(node.children, ctx);
  if (href === undefined) return inner;
  if (!SAFE_URL.test(href)) {
    // Word's own bookmarks (#_Toc…) and footnote anchors have no page to go to; other schemes are not followed.
    if (!href.startsWith('#')) ctx.droppedLinks.push(href);
    return inner;
  }
  const label = inner.replace(/(?<!\\)[[\]]/g, (c) => `\\${c}`).trim() || escapeText(href);
  return `[${label}](${escapeUrl(href)})`;
}

/** `**text**` with the surrounding spaces moved outside the markers; nothing for empty text. */
function wrap(marker: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, before = '', core = '', after = ''] = match ?? [];
  if (core === '' || core === '\\') return inner;
  return `${before}${marker}${core}${marker}${after}`;
}

/** Join neighbouring elements of the same formatting (`<strong>a</strong><strong>b</strong>`), as Word splits runs. */
function merge(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (node.type === 'text' && previous?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: previous.value + node.value };
    } else if (
      node.type === 'element' &&
      previous?.type === 'element' &&
      MARKERS[node.name] &&
      previous.name === node.name
    ) {
      out[out.length - 1] = { ...previous, children: [...previous.children, ...node.children] };
    } else out.push(node);
  }
  return out;
}

/** Whether every visible child of `node` is one `name` element (e.g. a guidance paragraph that is all italics). */
export function wrappedIn(node: HtmlElement, names: readonly string[]): boolean {
  const visible = node.children.filter((child) => child.type === 'element' || child.value.trim() !== '');
  return (
    visible.length > 0 &&
    visible.every((child) => child.type === 'element' && names.includes(child.name)) &&
    textContent(node).trim() !== ''
  );
}

/** `node` with its wrapping `names` elements replaced by their children (see `wrappedIn`). */
export function unwrap(node: HtmlElement, names: readonly string[]): HtmlElement {
  if (!wrappedIn(node, names)) return node;
  return {
    ...node,
    children: node.children.flatMap((child) => (child.type === 'element' ? child.children : [child])),
  };
}
