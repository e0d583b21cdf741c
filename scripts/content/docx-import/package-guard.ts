/**
 * What a Word file holds besides its text, judged from its parts before mammoth reads it: macros (a .docm, or a
 * vbaProject.bin in any name), relationships to outside files other than hyperlinks (an attached template on a
 * server, images or frames loaded from the web, linked OLE objects: what remote-template attacks use), XML with a
 * document type declaration (entity expansion), and a main document that is not well-formed XML.
 */
import { strFromU8 } from 'fflate';
import { UnsafeFileError, type ZipEntries } from './zip-guard.ts';

const MAIN = 'word/document.xml';
const CONTENT_TYPES = '[Content_Types].xml';

/** Readable Danish names of the external relationship types Word can write. */
const EXTERNAL_KINDS: Readonly<Record<string, string>> = {
  attachedTemplate: 'en tilknyttet dokumentskabelon',
  image: 'et billede, der hentes udefra',
  oleObject: 'et sammenkædet OLE-objekt',
  frame: 'en ramme, der henter indhold udefra',
  subDocument: 'et underdokument',
  package: 'en indlejret pakke',
};

/** The main document's XML. Throws UnsafeFileError (Danish) for anything the import must not read. */
export function checkPackage(entries: ZipEntries): string {
  const types = entries.get(CONTENT_TYPES);
  const main = entries.get(MAIN);
  if (!types || !main) {
    throw new UnsafeFileError(
      'Filen er en zip-fil, men ikke et Word-dokument (den mangler word/document.xml). Gem dokumentet i Word som .docx.',
    );
  }
  const typesXml = strFromU8(types);
  if (/macroEnabled/i.test(typesXml) || [...entries.keys()].some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
    throw new UnsafeFileError(
      'Dokumentet indeholder makroer (et .docm-dokument). Makroer deles ikke i Sikkerhedsnet: gem dokumentet i Word ' +
        'som "Word-dokument (*.docx)", som fjerner makroerne, og prøv igen.',
      'import-macro',
    );
  }
  for (const [name, bytes] of entries) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = strFromU8(bytes);
    if (/<!(DOCTYPE|ENTITY)/i.test(xml)) {
      throw new UnsafeFileError(
        `Delen ${name} indeholder en DOCTYPE-erklæring, som Word aldrig skriver. Filen er afvist.`,
      );
    }
    if (name.endsWith('.rels')) checkRelationships(name, xml);
  }
  const xml = strFromU8(main);
  const broken = malformed(xml);
  if (broken) {
    throw new UnsafeFileError(
      `Dokumentets tekst (${MAIN}) er ikke gyldig XML: ${broken}. Åbn filen i Word, og gem den igen som .docx.`,
    );
  }
  return xml;
}

/** Ensure no relationship but a hyperlink points outside the file. */
function checkRelationships(name: string, xml: string): void {
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/TargetMode\s*=\s*["']External["']/i.test(tag)) continue;
    const type = /Type\s*=\s*["'][^"']*\/([^/"']+)["']/.exec(tag)?.[1] ?? 'ukendt';
    if (type === 'hyperlink') continue;
    const target = /Target\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
    throw new UnsafeFileError(
      `Dokumentet henter ${EXTERNAL_KINDS[type] ?? `en ekstern del (${type})`} fra ${target || 'en anden placering'} ` +
        `(${name}). Sådanne koblinger afvises, fordi de kan hente indhold ind, når dokumentet åbnes. Kopiér teksten ` +
        'over i et nyt, tomt Word-dokument, gem det som .docx, og prøv igen.',
      'import-external',
    );
  }
}

/**
 * A short Danish description of the first well-formedness error, or undefined. Checks what a broken or tampered
 * file shows: tags that do not nest, a tag cut off, text after the root. Attribute syntax is left to the parser.
 */
function malformed(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  const tag =
    /<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|</g;
  for (const match of xml.matchAll(tag)) {
    const [whole, close, name, , selfClosing] = match;
    if (whole === '<') return `et "<" uden afslutning ved tegn ${match.index + 1}`;
    if (!name) continue;
    if (close) {
      const open = stack.pop();
      if (open !== name) return `</${name}> lukker ${open ? `<${open}>` : 'ingenting'} ved tegn ${match.index + 1}`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) return `<${stack.at(-1)}> bliver aldrig lukket`;
  if (roots !== 1) return roots === 0 ? 'der er intet rodelement' : 'der er mere end ét rodelement';
  return undefined;
}
