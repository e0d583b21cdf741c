/**
 * Text from a Word file written into MDX so that it stays text: what MDX would run (`{…}` expressions, `<…>` elements,
 * `import`/`export` at a line start) and what Markdown would turn into formatting is escaped, and nothing else.
 * Placeholders such as `[Kommunens navn]` are kept exactly as typed: a bracket pair is only text in Markdown unless a
 * `(` follows (a link) or it opens a line with `:` after it (a link definition), and only that `(` or `:` is escaped.
 */

/** Escape a run of inline text (not the start of a line; see `escapeLineStart`). */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\{}<*`~]/g, (c) => `\\${c}`)
      // `_` makes emphasis only at a word's edge (GFM), so snake_case and file_names stay readable.
      .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (whole) => whole.replace('_', '\\_'))
      .replace(/\]\(/g, ']\\(')
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
  );
}

/**
 * Escape what only matters at the start of a line (after `escapeText`): headings, quotes, list markers, thematic
 * breaks, setext underlines, link definitions, indented code, and MDX's `import`/`export`.
 */
export function escapeLineStart(line: string): string {
  const text = line.replace(/^[ \t]+/, '');
  if (/^(?:import|export)\b/.test(text)) return `&#x${text.charCodeAt(0).toString(16)};${text.slice(1)}`;
  if (/^(?:#|>|[-+](?:\s|$)|[-=]+\s*$)/.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1]?.length ?? 0)}`;
  const definition = /^(\[[^\]]*\]):/.exec(text);
  if (definition) return `${definition[1]}\\${text.slice(definition[1]?.length ?? 0)}`;
  return text;
}

/** A link destination as MDX accepts it: spaces, parentheses and angle brackets percent-encoded. */
export function escapeUrl(url: string): string {
  return url.replace(/[\s()<>{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
