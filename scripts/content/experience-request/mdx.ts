/**
 * The MDX file of a requested experience. The author's text is Markdown, but the file is MDX, where `{…}` is a
 * JavaScript expression, `<…>` a component and a line starting with `import`/`export` a module statement, all run
 * by the site's build. So the author's text is escaped to stay text (backslash escapes, and a character reference
 * for the first letter of `import`/`export` at the start of a line), and the result is parsed as MDX to prove that
 * it holds no expression, element or module statement besides the content check's own markers.
 */
import type { Node } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { ExperienceFormField } from '#model/library/experience-form.ts';
import type { ExperienceFields, ExperienceSection } from './entry.ts';

/**
 * The content check's same-line markers, written as MDX comments (`{/* syntetisk-cpr *\/}`, `{/* offentlig-kontakt
 * *\/}`; scripts/content/cpr-context.ts and personal-data-scan.ts): kept as comments, so the marker works and is
 * not shown on the page.
 */
const MARKER = /\{\/\*\s*(?:syntetisk-cpr|offentlig-kontakt)\s*\*\/\}/g;
const MARKER_VALUE = /^\/\*\s*(?:syntetisk-cpr|offentlig-kontakt)\s*\*\/$/;

/** Keys written in double quotes: YAML would read them as numbers or dates otherwise. */
const QUOTED: ReadonlySet<keyof ExperienceFields> = new Set(['owner', 'in_use_since', 'reviewed']);

/** The file's text and which of its lines came from which form field (for locating the content check's findings). */
export interface RenderedExperience {
  text: string;
  /** 1-based line → form field, for the lines that hold an answer of the author. */
  fieldOfLine: ReadonlyMap<number, ExperienceFormField>;
}

/** Frontmatter key → the form field its value came from. */
const FIELD_OF_KEY: Partial<Record<keyof ExperienceFields, ExperienceFormField>> = {
  title: 'produkt',
  summary: 'resume',
  product: 'produkt',
  vendor: 'leverandoer',
};

/** Render the experience as MDX: frontmatter in the schema's key order, then one `##` section per answer. */
export function renderExperienceMdx(
  fields: ExperienceFields,
  sections: readonly ExperienceSection[],
): RenderedExperience {
  const lines = ['---'];
  const fieldOfLine = new Map<number, ExperienceFormField>();
  for (const [key, value] of Object.entries(fields) as [keyof ExperienceFields, string][]) {
    const field = FIELD_OF_KEY[key];
    if (field) fieldOfLine.set(lines.length + 1, field);
    lines.push(`${key}: ${QUOTED.has(key) ? JSON.stringify(value) : stringify(value, { lineWidth: 0 }).trimEnd()}`);
  }
  lines.push('---');
  for (const section of sections) {
    lines.push('', `## ${section.heading}`, '');
    for (const line of escapeMdx(section.text).split('\n')) {
      fieldOfLine.set(lines.length + 1, section.field);
      lines.push(line.trimEnd());
    }
  }
  const text = `${lines.join('\n')}\n`;
  assertPlainMarkdown(text.slice(text.indexOf('\n---\n') + 5));
  return { text, fieldOfLine };
}

/** The author's Markdown as MDX that renders the same text and runs nothing. */
export function escapeMdx(markdown: string): string {
  const parts = markdown.replace(/\r\n?/g, '\n').trim().split(MARKER);
  const markers = markdown.match(MARKER) ?? [];
  return parts
    .map((part, i) => {
      const escaped = part
        .replace(/[\\{}<]/g, (c) => `\\${c}`)
        .replace(/^([ \t]*)(import|export)(?=\s|$)/gm, (_m, indent: string, word: string) => {
          return `${indent}&#${word.charCodeAt(0)};${word.slice(1)}`;
        });
      return i < markers.length ? escaped + markers[i] : escaped;
    })
    .join('');
}

/**
 * Ensure the body is Markdown only: MDX parses it without error, and it has no module statement, JSX element or
 * expression other than a marker comment. A failure is a bug in {@link escapeMdx}, so it throws.
 */
export function assertPlainMarkdown(body: string): void {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  const found: string[] = [];
  const visit = (node: Node) => {
    const value = (node as { value?: unknown }).value;
    const marker = /Expression$/.test(node.type) && typeof value === 'string' && MARKER_VALUE.test(value.trim());
    if (node.type.startsWith('mdx') && !marker) found.push(node.type);
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  if (found.length > 0) throw new Error(`escapeMdx left MDX code in an experience: ${found.join(', ')}`);
}
