import { strFromU8, unzipSync } from 'fflate';

/**
 * Test support: read the parts of a produced .docx that the tests assert on, and pick simple facts out of
 * WordprocessingML with regular expressions (docx writes compact, predictable XML).
 */

/** The XML parts of a .docx, as strings. */
export type DocxParts = {
  readonly document: string;
  readonly rels: string;
  readonly numbering: string;
  readonly styles: string;
  readonly footer: string;
  readonly core: string;
  readonly fontTable: string;
};

/**
 * Unzip a .docx and return its main parts; throws when a part is missing, which means the file is broken.
 * @param bytes The .docx file.
 */
export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const file = files[name];
    if (!file) throw new Error(`missing part ${name}`);
    return strFromU8(file);
  };
  return {
    document: part('word/document.xml'),
    rels: part('word/_rels/document.xml.rels'),
    numbering: part('word/numbering.xml'),
    styles: part('word/styles.xml'),
    footer: part('word/footer1.xml'),
    core: part('docProps/core.xml'),
    fontTable: part('word/fontTable.xml'),
  };
}

/** A paragraph of document.xml: its style id, numbering, visible text and raw XML. */
export type ParagraphFacts = {
  readonly style?: string;
  readonly numId?: string;
  readonly level?: string;
  readonly text: string;
  readonly xml: string;
};

/**
 * Every paragraph (`w:p`) of an XML part, in document order, table cells included.
 * @param xml document.xml or a fragment of it.
 */
export function paragraphs(xml: string): ParagraphFacts[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/g)].map((match) => {
    const body = match[1] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
      numId: /<w:numId w:val="(\d+)"\/>/.exec(body)?.[1],
      level: /<w:ilvl w:val="(\d+)"\/>/.exec(body)?.[1],
      text: textOf(body),
      xml: body,
    };
  });
}

/**
 * The tables of an XML part; each table is its rows, each row its cells as {text, fill}.
 * @param xml document.xml.
 */
export function tables(xml: string): { text: string; fill?: string; xml: string }[][][] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((cell) => ({
        text: textOf(cell[1] ?? ''),
        fill: /<w:shd w:fill="([0-9A-F]+)"/.exec(cell[1] ?? '')?.[1],
        xml: cell[1] ?? '',
      })),
    ),
  );
}

/** The runs (`w:r`) of a paragraph with their text and raw properties. */
export function runs(paragraphXml: string): { text: string; props: string }[] {
  return [...paragraphXml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((run) => ({
    text: textOf(run[1] ?? ''),
    props: /<w:rPr>(.*?)<\/w:rPr>/.exec(run[1] ?? '')?.[1] ?? '',
  }));
}

/**
 * The external hyperlinks of document.xml in order: link text and full target, joining each `w:hyperlink`'s
 * relationship target with its `w:anchor` (docx writes a URL fragment as an anchor, and Word joins them with `#`).
 * @param docx The parts of the file.
 */
export function hyperlinks(docx: Pick<DocxParts, 'document' | 'rels'>): { text: string; target?: string }[] {
  return [...docx.document.matchAll(/<w:hyperlink ([^>]*)>(.*?)<\/w:hyperlink>/g)].map(([, attributes, inner]) => {
    const id = /r:id="([^"]+)"/.exec(attributes ?? '')?.[1];
    const anchor = /w:anchor="([^"]+)"/.exec(attributes ?? '')?.[1];
    const rel = new RegExp(`<Relationship Id="${id}" Type="[^"]+/hyperlink" Target="([^"]*)" TargetMode="External"/>`);
    const target = rel.exec(docx.rels)?.[1];
    const text = runs(inner ?? '')
      .map((run) => run.text)
      .join('');
    return { text, target: target === undefined ? undefined : anchor ? `${target}#${anchor}` : target };
  });
}

/**
 * The core properties of docProps/core.xml (title, creator, subject …) by element name without its prefix, as text.
 * @param core The core.xml part.
 */
export function coreProperties(core: string): Record<string, string> {
  const entries = [...core.matchAll(/<(?:dc|cp|dcterms):(\w+)(?: [^>]*)?>([^<]*)<\/(?:dc|cp|dcterms):\1>/g)];
  return Object.fromEntries(entries.map(([, name, value]) => [name ?? '', decode(value ?? '')]));
}

function textOf(xml: string): string {
  return decode([...xml.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1] ?? '').join(''));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
