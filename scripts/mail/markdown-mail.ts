/**
 * An alert's MDX body as mail: HTML with inline styles (Outlook ignores most style sheets) and plain text. Only what
 * news items use is rendered: paragraphs, headings, lists, emphasis, links, code, quotes and GFM tables. JSX
 * components show their text; expressions, ESM and raw HTML are left out, since a mail runs no code.
 */
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHtml, mailHref } from './escape.ts';
import { STYLE } from './mail-style.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Parse an MDX body (the text after the frontmatter); the library loader has already checked that it parses. */
export function parseBody(body: string): Root {
  return processor.parse(body);
}

type Parent = Extract<Nodes, { children: unknown }>;

const childrenOf = (node: Nodes): Nodes[] => ('children' in node ? ((node as Parent).children as Nodes[]) : []);

/** The body as HTML blocks with inline styles; links to site pages become absolute (`siteUrl`). */
export function bodyHtml(tree: Root, siteUrl: string): string {
  const html = (node: Nodes): string => {
    const inner = () => childrenOf(node).map(html).join('');
    switch (node.type) {
      case 'root':
        return inner();
      case 'paragraph':
        return `<p style="${STYLE.p}">${inner()}</p>`;
      case 'heading':
        return `<h${Math.min(node.depth + 1, 4)} style="${STYLE.h3}">${inner()}</h${Math.min(node.depth + 1, 4)}>`;
      case 'text':
        return escapeHtml(node.value);
      case 'emphasis':
        return `<em>${inner()}</em>`;
      case 'strong':
        return `<strong>${inner()}</strong>`;
      case 'delete':
        return `<s>${inner()}</s>`;
      case 'inlineCode':
        return `<code style="${STYLE.code}">${escapeHtml(node.value)}</code>`;
      case 'code':
        return `<pre style="${STYLE.pre}">${escapeHtml(node.value)}</pre>`;
      case 'break':
        return '<br>';
      case 'thematicBreak':
        return `<hr style="${STYLE.hr}">`;
      case 'blockquote':
        return `<blockquote style="${STYLE.quote}">${inner()}</blockquote>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        return `<${tag} style="${STYLE.list}">${inner()}</${tag}>`;
      }
      case 'listItem':
        // A tight item's paragraph would add a margin in Outlook: unwrap it.
        return `<li style="${STYLE.li}">${childrenOf(node)
          .map((child) => (child.type === 'paragraph' ? childrenOf(child).map(html).join('') : html(child)))
          .join('')}</li>`;
      case 'link': {
        const href = mailHref(node.url, siteUrl);
        return href ? `<a href="${escapeHtml(href)}" style="${STYLE.a}">${inner()}</a>` : inner();
      }
      case 'image':
        return escapeHtml(node.alt ?? '');
      case 'table':
        return tableHtml(node, html);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return inner();
      default:
        return '';
    }
  };
  return html(tree);
}

function tableHtml(node: Table, html: (node: Nodes) => string): string {
  const rows = node.children.map((row, r) => {
    const cells = row.children.map((cell) => {
      const tag = r === 0 ? 'th' : 'td';
      return `<${tag} style="${r === 0 ? STYLE.th : STYLE.td}">${cell.children.map(html).join('')}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}">${rows.join('')}</table>`;
}

/** The body as plain text: one blank line between blocks, links as "text (address)". */
export function bodyText(tree: Root, siteUrl: string): string {
  const inline = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'image':
        return node.alt ?? '';
      case 'link': {
        const text = childrenOf(node).map(inline).join('');
        const href = mailHref(node.url, siteUrl);
        return href && href !== text ? `${text} (${href})` : text;
      }
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
      case 'html':
        return '';
      default:
        return childrenOf(node).map(inline).join('');
    }
  };
  const block = (node: Nodes): string[] => {
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'mdxJsxFlowElement':
        return childrenOf(node).flatMap(block);
      case 'heading': {
        const title = inline(node);
        return [`${title}\n${'-'.repeat(Math.min(title.length, 72))}`];
      }
      case 'code':
        return [node.value];
      case 'thematicBreak':
        return ['* * *'];
      case 'list':
        return [
          node.children
            .map((item, i) => {
              const mark = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
              // Continuation lines line up under the item's text.
              const lines = childrenOf(item).flatMap(block).join('\n').split('\n');
              return lines
                .map((line, j) => (j === 0 ? `${mark}${line}` : `${' '.repeat(mark.length)}${line}`))
                .join('\n');
            })
            .join('\n'),
        ];
      case 'table':
        return [node.children.map((row) => row.children.map(inline).join(' | ')).join('\n')];
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
        return [];
      default: {
        const text = inline(node).trim();
        return text === '' ? [] : [text];
      }
    }
  };
  return block(tree).join('\n\n');
}
