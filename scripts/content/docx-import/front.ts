/**
 * What in a Word document is about the document rather than its body: the title (the file's title property, the
 * first paragraph in Word's Title style, else the first heading), a lead paragraph in the style "Resumé", and what
 * the library's own Word export puts above the body (the "Dokumentstyring" table with the municipality's
 * placeholders and the note "Skabelon fra Sikkerhedsnet: …"), which the export adds again. A risk matrix as the export
 * draws it (caption, 6×6 table, legend) becomes `<Risikomatrix />` again.
 */
import { elements, type HtmlElement, textContent } from './html-tree.ts';

export interface Front {
  title?: string;
  /** The text of the first "Resumé" paragraph. */
  summary?: string;
  /** The body's top-level elements, without the title and front blocks. */
  body: HtmlElement[];
  /** Dropped export blocks, for a note among the warnings. */
  dropped: string[];
}

/** A marker element the renderer writes as `<Risikomatrix />`. */
export const RISK_MATRIX = 'x-risikomatrix';
const RISK_CAPTION = 'Risikomatrix: sandsynlighed × konsekvens';
/** The export's legend: "Grøn = lav (1–4) · Gul = middel (5–9) · …". */
const RISK_LEGEND = /^[^=·]+ = [^=·]+ \(\d+–\d+\)( · [^=·]+ = [^=·]+ \(\d+–\d+\))*$/;
const DOCUMENT_CONTROL_LABELS = ['Ejer', 'Version', 'Godkendt af', 'Dato for godkendelse', 'Næste revision'];

/** Separate the title, summary and the export's front blocks from the body. */
export function splitFront(root: HtmlElement, coreTitle: string | undefined): Front {
  const blocks = elements(root);
  const body: HtmlElement[] = [];
  const dropped: string[] = [];
  let titleParagraph: string | undefined;
  let summary: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as HtmlElement;
    const text = textContent(block).replace(/\s+/g, ' ').trim();
    if (block.name === 'h1' && block.attributes.class === 'title') {
      titleParagraph ??= text || undefined;
    } else if (block.name === 'p' && block.attributes.class === 'resume' && summary === undefined) {
      summary = text || undefined;
    } else if (block.name === 'p' && block.attributes.class === 'kilde') {
      dropped.push('noten «Skabelon fra Sikkerhedsnet: …»');
    } else if (text === 'Dokumentstyring' && isDocumentControl(blocks[i + 1])) {
      dropped.push('tabellen «Dokumentstyring»');
      i++;
    } else if (text === RISK_CAPTION && blocks[i + 1]?.name === 'table') {
      body.push({ type: 'element', name: RISK_MATRIX, attributes: {}, children: [] });
      const legend = blocks[i + 2];
      i += legend && RISK_LEGEND.test(textContent(legend).trim()) ? 2 : 1;
    } else body.push(block);
  }
  let title = coreTitle ?? titleParagraph;
  const first = body.findIndex((block) => /^h[1-6]$/.test(block.name));
  const firstText =
    first >= 0
      ? textContent(body[first] as HtmlElement)
          .replace(/\s+/g, ' ')
          .trim()
      : undefined;
  // The library's convention: the title is the page's heading, so the body does not repeat it.
  if (first >= 0 && (title === undefined || firstText === title) && firstText) {
    title ??= firstText;
    body.splice(first, 1);
  }
  return { ...(title ? { title } : {}), ...(summary ? { summary } : {}), body, dropped };
}

function isDocumentControl(block: HtmlElement | undefined): boolean {
  if (block?.name !== 'table') return false;
  const labels = elements(block)
    .flatMap((child) => (child.name === 'tr' ? [child] : elements(child)))
    .map((row) => textContent(elements(row)[0] ?? row).trim());
  return labels.length === DOCUMENT_CONTROL_LABELS.length && labels.every((l, i) => l === DOCUMENT_CONTROL_LABELS[i]);
}
