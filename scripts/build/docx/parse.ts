import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The parser is stateless once frozen, so one instance serves every template of a build. */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** The shape of the VFileMessage that micromark and remark-mdx throw on malformed input. */
type ParseFailure = { reason?: unknown; line?: unknown; column?: unknown; place?: unknown; message?: unknown };

/**
 * Parse the MDX body of a template (the text after the frontmatter) into an mdast tree with GFM and MDX nodes.
 * Throws an Error whose message names the source file and the line and column in that file, because a template
 * that Astro cannot compile either should fail the build with a place the author can find.
 * @param body MDX text without frontmatter.
 * @param sourceFile Path of the template, used in error messages.
 * @param bodyLine 1-based line of `sourceFile` on which `body` starts (after the frontmatter); default 1.
 */
export function parseMdx(body: string, sourceFile: string, bodyLine = 1): Root {
  try {
    return processor.parse(body);
  } catch (error) {
    const failure = (error ?? {}) as ParseFailure;
    const text = typeof failure.reason === 'string' ? failure.reason : String(failure.message ?? error);
    // Some messages carry their place only as a trailing "(3:1-3:13)", counted in body lines; move it to the front.
    const trailing = /\s*\((\d+):(\d+)-\d+:\d+\)$/.exec(text);
    const reason = trailing ? text.slice(0, trailing.index) : text;
    const start =
      startOf(failure) ?? (trailing ? { line: Number(trailing[1]), column: Number(trailing[2]) } : undefined);
    const where = start ? `${sourceFile}:${start.line + bodyLine - 1}:${start.column}` : sourceFile;
    throw new Error(`${where}: Word-filen kan ikke laves, fordi MDX-teksten ikke kan læses: ${reason}`, {
      cause: error,
    });
  }
}

/** Find the start point of a parse failure; VFileMessage keeps it in `line`/`column` or in `place`. */
function startOf(failure: ParseFailure): { line: number; column: number } | undefined {
  if (typeof failure.line === 'number' && typeof failure.column === 'number') {
    return { line: failure.line, column: failure.column };
  }
  const place = failure.place as { line?: unknown; column?: unknown; start?: unknown } | undefined;
  const point = (place && typeof place === 'object' && 'start' in place ? place.start : place) as
    | { line?: unknown; column?: unknown }
    | undefined;
  if (point && typeof point.line === 'number' && typeof point.column === 'number') {
    return { line: point.line, column: point.column };
  }
  return undefined;
}
