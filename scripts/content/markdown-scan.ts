import GithubSlugger from 'github-slugger';

/**
 * The body with fenced code blocks and inline code spans replaced by spaces (line breaks kept), so that
 * regex scans for headings and links ignore code while offsets stay valid.
 */
export function blankCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, blank);
}

export interface Heading {
  id: string;
  text: string;
  offset: number;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;

/**
 * ATX headings with the ids Astro gives them: github-slugger over the heading's plain text, counted per
 * page so that a repeated heading gets `-1`, `-2`. `body` should come from `blankCode` of the same text,
 * `original` is the text itself (code inside a heading still counts as heading text).
 */
export function headings(original: string, blanked: string): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  for (const m of blanked.matchAll(ATX)) {
    const raw = original
      .slice(m.index, m.index + m[0].length)
      .replace(/^ {0,3}#{1,6}[ \t]+/, '')
      .replace(/[ \t]+#+[ \t]*$/, '');
    const text = plainText(raw);
    out.push({ id: slugger.slug(text), text, offset: m.index });
  }
  return out;
}

/** Inline Markdown/MDX reduced to the text a reader sees (what rehype's toString gives Astro's slugger). */
export function plainText(inline: string): string {
  return inline
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`+/g, '')
    .replace(/(\*\*|__|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|~~)/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();
}

export interface Link {
  offset: number;
  href: string;
  /** Images are files beside the MDX (Astro resolves them on disk); links are URLs relative to the page. */
  image: boolean;
}

const INLINE = /(!?)\[(?:[^\]\n]|\][^(\n])*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?/gm;
const ATTRIBUTE = /<([A-Za-z][\w.]*)\b[^>]*?\b(href|src)\s*=\s*["']([^"']+)["']/g;

/** Links and images in a code-blanked body: Markdown inline, reference definitions, HTML/JSX href and src. */
export function links(blanked: string): Link[] {
  const out: Link[] = [];
  for (const m of blanked.matchAll(INLINE)) {
    const href = m[2] ?? '';
    out.push({ offset: m.index + m[0].indexOf(href, m[0].indexOf('](')), href, image: m[1] === '!' });
  }
  for (const m of blanked.matchAll(DEFINITION)) {
    const href = m[1] ?? '';
    out.push({ offset: m.index + m[0].lastIndexOf(href), href, image: false });
  }
  for (const m of blanked.matchAll(ATTRIBUTE)) {
    const href = m[3] ?? '';
    out.push({ offset: m.index + m[0].lastIndexOf(href), href, image: m[2] === 'src' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
