/**
 * A small reader for the HTML mammoth writes: well-formed, every text escaped (`&amp; &lt; &gt; &quot;`), elements
 * from a fixed set (p, h1–h6, div, blockquote, ul, ol, li, table, thead, tbody, tr, th, td, a, strong, em, s, sup, sub,
 * u, img, br). No general HTML parser is needed for that, and no dependency.
 */

export interface HtmlElement {
  type: 'element';
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  value: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['br', 'img', 'hr']);
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;

/** Parse mammoth's HTML into a tree under a root element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: 'root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [, close, name, attributes, selfClosing, text] = match;
    const parent = stack.at(-1) ?? root;
    if (text !== undefined) {
      parent.children.push({ type: 'text', value: decodeEntities(text) });
    } else if (close) {
      // Pop to the matching element; mammoth's HTML always nests, so this is one step.
      const index = stack.findLastIndex((element) => element.name === name);
      if (index > 0) stack.length = index;
    } else if (name) {
      const element: HtmlElement = {
        type: 'element',
        name,
        attributes: readAttributes(attributes ?? ''),
        children: [],
      };
      parent.children.push(element);
      if (!selfClosing && !VOID.has(name)) stack.push(element);
    }
  }
  return root;
}

function readAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    if (name) out[name] = decodeEntities(value ?? '');
  }
  return out;
}

/** Decode the named entities mammoth writes and any numeric character reference. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a node and its descendants; `br` as a space. */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return node.value;
  if (node.name === 'br') return ' ';
  return node.children.map(textContent).join('');
}

/** The element children of a node. */
export function elements(node: HtmlElement): HtmlElement[] {
  return node.children.filter((child): child is HtmlElement => child.type === 'element');
}
