/**
 * Word → HTML with mammoth, by the library's own style map: Word's headings (also the Danish "Overskrift n"),
 * "Vejledning" paragraphs and lists as one guidance block, quotes, and the paragraph styles the build's Word export
 * writes (Title, Resumé, Kilde). Images are collected in memory (written beside the MDX later), and every paragraph
 * or character style mammoth does not map is counted, so the warning can say how many paragraphs it concerns.
 */
import { strFromU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { ZipEntries } from './zip-guard.ts';

/** An image of the document, with the file extension its content type allows. */
export interface DocxImage {
  bytes: Uint8Array;
  extension: string;
}

export interface Converted {
  html: string;
  images: DocxImage[];
  /** The document's title property (docProps/core.xml), when it has one. */
  coreTitle?: string;
  warnings: string[];
}

/** The image formats a browser shows; others (EMF, WMF, TIFF …) are left out with a warning. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const GUIDANCE = "p[style-name='Vejledning']";
const LIST_LEVELS = 9;

/** The style map, ahead of mammoth's default one (which maps Heading 1–6, Normal, Strong, Hyperlink). */
function styleMap(): string[] {
  const lists: string[] = [];
  for (let level = 1; level <= LIST_LEVELS; level++) {
    const path = (kind: 'ul' | 'ol') =>
      [...Array.from({ length: level - 1 }, () => 'ul|ol > li'), `${kind} > li:fresh`].join(' > ');
    lists.push(`${GUIDANCE}:unordered-list(${level}) => div.vejledning > ${path('ul')}`);
    lists.push(`${GUIDANCE}:ordered-list(${level}) => div.vejledning > ${path('ol')}`);
    // Every level here, ahead of "List Paragraph" below: Word gives list items that style too.
    lists.push(`p:unordered-list(${level}) => ${path('ul')}`, `p:ordered-list(${level}) => ${path('ol')}`);
  }
  return [
    ...lists,
    `${GUIDANCE} => div.vejledning > p:fresh`,
    "p[style-name='Title'] => h1.title:fresh",
    "p[style-name='Titel'] => h1.title:fresh",
    "p[style-name='Resumé'] => p.resume:fresh",
    "p[style-name='Kilde'] => p.kilde:fresh",
    "p[style-name='Citat'] => blockquote > p:fresh",
    "p[style-name='Quote'] => blockquote > p:fresh",
    "p[style-name='Intense Quote'] => blockquote > p:fresh",
    ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Overskrift ${n}'] => h${n}:fresh`),
    "p[style-name='List Paragraph'] => p:fresh",
    "p[style-name='Listeafsnit'] => p:fresh",
    "p[style-name='Body Text'] => p:fresh",
    "p[style-name='No Spacing'] => p:fresh",
    "p[style-name='Normal (Web)'] => p:fresh",
    "p[style-name='Subtitle'] => p:fresh",
    "r[style-name='Emphasis'] => em",
    "r[style-name='Strong Emphasis'] => strong",
  ];
}

/** Convert the checked parts (zip-guard, package-guard) with mammoth. */
export async function convertDocx(entries: ZipEntries): Promise<Converted> {
  const counts = { paragraph: new Map<string, number>(), run: new Map<string, number>() };
  const images: DocxImage[] = [];
  const skipped = new Map<string, number>();
  // Mammoth reads `w:tblHeader w:val="false"` as a header row; the docx library writes it on every other row.
  const main = entries.get('word/document.xml');
  const parts = Object.fromEntries(entries);
  if (main) {
    parts['word/document.xml'] = new TextEncoder().encode(
      strFromU8(main).replace(/<w:tblHeader w:val="(?:false|0|off)"\s*\/>/g, ''),
    );
  }
  const buffer = Buffer.from(zipSync(parts, { level: 0 }));
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: styleMap(),
      ignoreEmptyParagraphs: true,
      externalFileAccess: false,
      transformDocument: (document: unknown) => {
        countStyles(document, counts);
        return document;
      },
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = IMAGE_TYPES[image.contentType];
        if (!extension) {
          skipped.set(image.contentType, (skipped.get(image.contentType) ?? 0) + 1);
          return { src: '' };
        }
        images.push({ bytes: new Uint8Array(await image.readAsArrayBuffer()), extension });
        return { src: `image:${images.length - 1}` };
      }),
    },
  );
  const warnings = [...styleWarnings(result.messages, counts)];
  for (const [type, n] of skipped) {
    warnings.push(
      `${n} billede${n === 1 ? '' : 'r'} i formatet ${type} er udeladt; gem ${n === 1 ? 'det' : 'dem'} som PNG eller JPEG, og indsæt ${n === 1 ? 'det' : 'dem'} igen.`,
    );
  }
  const core = entries.get('docProps/core.xml');
  const coreTitle = core ? titleOf(strFromU8(core)) : undefined;
  return { html: result.value, images, warnings, ...(coreTitle ? { coreTitle } : {}) };
}

type StyleCounts = { paragraph: Map<string, number>; run: Map<string, number> };

/** Count paragraphs and runs per style name in mammoth's document tree. */
function countStyles(node: unknown, counts: StyleCounts): void {
  if (typeof node !== 'object' || node === null) return;
  const element = node as { type?: string; styleName?: string; styleId?: string; children?: unknown[] };
  const name = element.styleName ?? element.styleId;
  if (name && (element.type === 'paragraph' || element.type === 'run')) {
    const map = counts[element.type];
    map.set(name, (map.get(name) ?? 0) + 1);
  }
  for (const child of element.children ?? []) countStyles(child, counts);
}

/** One Danish warning per style mammoth reported as unrecognised, with the number of paragraphs (or runs). */
function* styleWarnings(messages: readonly { message: string }[], counts: StyleCounts): Generator<string> {
  for (const { message } of messages) {
    const style = /^Unrecognised (paragraph|run) style: '(.*)' \(Style ID: (.*)\)$/.exec(message);
    if (!style) continue;
    const [, kind, styleName, styleId] = style as unknown as [string, 'paragraph' | 'run', string, string];
    const name = styleName === 'undefined' ? styleId : styleName;
    const n = counts[kind].get(name) ?? 1;
    yield kind === 'paragraph'
      ? `Typografien «${name}» kendes ikke (${n} afsnit); teksten er importeret som almindelige afsnit. Brug Words overskrifter, lister eller typografien «Vejledning», eller ret MDX-filen.`
      : `Tegntypografien «${name}» kendes ikke (${n} tekststykker); teksten er importeret uden den.`;
  }
}

/** The `dc:title` of docProps/core.xml, XML entities decoded. */
function titleOf(core: string): string | undefined {
  const raw = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  const title = raw
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return title || undefined;
}
