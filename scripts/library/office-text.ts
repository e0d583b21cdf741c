import { strFromU8, unzipSync } from 'fflate';

/**
 * Plain text of an Office Open XML file, one paragraph or table row (Word) or one row (Excel) per line, the cells
 * of a row joined by tabs, so that the scanners can report a line in the extracted text and judge a number by its
 * table column. Throws when the file is not a valid ZIP.
 */
export function officeText(data: Uint8Array, kind: 'docx' | 'xlsx'): string {
  const files = unzipSync(data, {
    filter: (f) =>
      kind === 'docx'
        ? /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(f.name)
        : /^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/.test(f.name),
  });
  const xml = (name: string): string => {
    const bytes = files[name];
    return bytes ? strFromU8(bytes) : '';
  };
  if (kind === 'docx') {
    // The main document first, then headers, footers, notes and comments in a stable order.
    const names = Object.keys(files).sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en'));
    return names.map((n) => wordLines(xml(n)).join('\n')).join('\n');
  }
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(m[1] ?? ''));
  const sheets = Object.keys(files)
    .filter((n) => n.startsWith('xl/worksheets/'))
    .sort((a, b) => sheetNumber(a) - sheetNumber(b));
  return sheets.map((n) => sheetRows(xml(n), shared)).join('\n');
}

function order(name: string): number {
  return name === 'word/document.xml' ? 0 : 1;
}

function sheetNumber(name: string): number {
  return Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

/**
 * Lines of a WordprocessingML part in document order: a paragraph per line outside tables, a table row per line
 * inside them, its cells joined by tabs (a cell's paragraphs by spaces). Keeping a row on one line keeps a table's
 * columns, so a number under "CPR-nr." is judged by that header and not by the header cell printed last.
 */
function wordLines(xml: string): string[] {
  const lines: string[] = [];
  let at = 0;
  for (const table of xml.matchAll(/<w:tbl\b[^>]*>[\s\S]*?<\/w:tbl>/g)) {
    lines.push(...wordParagraphs(xml.slice(at, table.index)));
    for (const row of table[0].matchAll(/<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g)) {
      const cells = [...row[0].matchAll(/<w:tc\b[^>]*>[\s\S]*?<\/w:tc>/g)];
      lines.push(cells.map((cell) => wordParagraphs(cell[0]).join(' ')).join('\t'));
    }
    at = table.index + table[0].length;
  }
  lines.push(...wordParagraphs(xml.slice(at)));
  return lines;
}

/** Paragraphs of WordprocessingML; tabs and breaks inside a paragraph become spaces. */
function wordParagraphs(xml: string): string[] {
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    decodeXml(
      m[0]
        .replace(/<w:(tab|br|cr)\b[^>]*\/>/g, '<w:t> </w:t>')
        .replace(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g, '\u0000$1\u0000')
        .split('\u0000')
        .filter((_, i) => i % 2 === 1)
        .join(''),
    ),
  );
  return paragraphs;
}

/** Rows of a SpreadsheetML sheet, cells joined by tabs (shared strings, inline strings and values). */
function sheetRows(xml: string, shared: readonly string[]): string {
  const rows = [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
      .map((cell) => {
        const attrs = cell[1] ?? '';
        const inner = cell[2] ?? '';
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        if (type === 'inlineStr') return runText(inner);
        const value = decodeXml(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
        return type === 's' ? (shared[Number(value)] ?? '') : value;
      })
      .join('\t'),
  );
  return rows.join('\n');
}

/** Concatenated `<t>` runs of a shared or inline string. */
function runText(xml: string): string {
  return decodeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1] ?? '').join(''));
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? '';
    },
  );
}
