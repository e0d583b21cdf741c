import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../library/frontmatter.ts';
import { coreProperties, type DocxParts, hyperlinks, paragraphs, readDocx, runs, tables } from './read-docx.ts';
import { renderTemplateDocx } from './render.ts';

const fixture = new URL('./fixtures/alle-elementer.mdx', import.meta.url);
const sourceFile = 'templates-library/risikostyring/risikovurdering.mdx';

/** Split a fixture with the library loader's splitter, as the build does (scripts/library/frontmatter.ts). */
async function loadFixture() {
  const split = splitFrontmatter(await readFile(fixture, 'utf8'));
  if (!split.data) throw new Error('fixture without frontmatter');
  return { frontmatter: split.data, body: split.body };
}

/** Every guidance text of the fixture, in the order the full file shows it. */
const GUIDANCE = [
  'Skriv kort, hvilket system der vurderes, og hvem der er systemejer.',
  'Brug systemets navn fra it-porteføljen.',
  'Slet denne vejledning, når skabelonen er udfyldt.',
  'fx Digitalisering og IT',
  'En vejledning på én linje.',
];
const SUMMARY = 'En skabelon til risikovurdering af et system eller en proces i [Kommunens navn].';
const SOURCE_NOTE =
  'Skabelon fra Sikkerhedsnet: Risikovurdering af [Systemnavn], version 1.2 fra Københavns Kommune, ' +
  'gennemgået 1. november 2026.';

describe('renderTemplateDocx with every construct', () => {
  let docx: DocxParts;
  let bare: DocxParts;
  beforeAll(async () => {
    const { frontmatter, body } = await loadFixture();
    const files = await renderTemplateDocx({
      title: String(frontmatter.title),
      frontmatter,
      body,
      sourceFile,
      baseUrl: 'https://sikkerhedsnet.kl.dk/',
      ownerName: 'Københavns Kommune',
    });
    docx = readDocx(files.full);
    bare = readDocx(files.withoutGuidance);
  });

  it("writes the title, the summary, the municipality's own document control and the source note under it", () => {
    const [title, ...rest] = paragraphs(docx.document);
    expect(title).toMatchObject({ style: 'Title', text: 'Risikovurdering af [Systemnavn]' });
    expect(rest.slice(0, 3).map((p) => [p.style, p.text])).toEqual([
      ['Resume', SUMMARY],
      [undefined, 'Dokumentstyring'],
      [undefined, 'Ejer'],
    ]);
    expect(tables(docx.document)[0]?.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Ejer', '[Ejer]'],
      ['Version', '[Version]'],
      ['Godkendt af', '[Godkendt af]'],
      ['Dato for godkendelse', '[Dato]'],
      ['Næste revision', '[Dato for næste revision]'],
    ]);
    const note = rest.find((p) => p.style === 'Kilde');
    expect(note?.text).toBe(SOURCE_NOTE);
    // The note comes right after the table, before the body.
    const texts = rest.map((p) => p.text);
    expect(texts.indexOf(SOURCE_NOTE)).toBe(texts.indexOf('[Dato for næste revision]') + 1);
    expect(texts[texts.indexOf(SOURCE_NOTE) + 1]).toBe('Formål og omfang');
    // The template's owner, version and status appear nowhere but in the note.
    expect(texts.filter((text) => /Københavns Kommune|1\.2|Gældende/.test(text))).toEqual([SOURCE_NOTE]);
  });

  it("names KL's library as creator and sets title, subject, description and keywords in the file properties", () => {
    for (const file of [docx, bare]) {
      const { created, modified, ...core } = coreProperties(file.core);
      expect(core).toEqual({
        title: 'Risikovurdering af [Systemnavn]',
        subject: 'Risikostyring',
        creator: 'KL – Sikkerhedsnet',
        keywords: 'risikovurdering, iso27001',
        description: SUMMARY,
        lastModifiedBy: 'KL – Sikkerhedsnet',
        revision: '1',
      });
      expect(created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // The docx library stamps both from the clock, one after the other: the same moment give or take a tick.
      expect(Math.abs(Date.parse(modified ?? '') - Date.parse(created ?? ''))).toBeLessThan(1000);
    }
  });

  it('writes the file without guidance: no guidance or summary, every other paragraph and table the same', () => {
    const all = paragraphs(docx.document);
    const withoutGuidance = paragraphs(bare.document);
    for (const text of [...GUIDANCE, SUMMARY]) expect(bare.document).not.toContain(text);
    expect(withoutGuidance.filter((p) => p.style === 'Vejledning')).toEqual([]);
    const headings = (list: typeof all) => list.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text);
    expect(headings(withoutGuidance)).toEqual(headings(all));
    expect(headings(all)).toHaveLength(5);
    const cells = (xml: string) =>
      tables(xml).map((t) => t.map((row) => row.map((cell) => `${cell.text}:${cell.fill}`)));
    expect(cells(bare.document)).toEqual(cells(docx.document));
    expect(tables(bare.document)).toHaveLength(3);
    // The full file less its guidance paragraphs, the summary and the guidance inside a sentence is the other file.
    const expected = all
      .filter((p) => p.style !== 'Vejledning' && p.style !== 'Resume' && p.text !== 'En vejledning på én linje.')
      .map((p) => [p.style, p.text.replace('fx Digitalisering og IT', '')]);
    expect(withoutGuidance.map((p) => [p.style, p.text])).toEqual(expected);
    expect(withoutGuidance.map((p) => p.text)).toContain('Ansvarlig enhed: [Enhed] ');
    expect(withoutGuidance.find((p) => p.style === 'Kilde')?.text).toBe(SOURCE_NOTE);
  });

  it('maps Markdown headings to Word heading styles with their exact text', () => {
    const headings = paragraphs(docx.document).filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading1', 'Formål og omfang'],
      ['Heading2', 'Deltagere'],
      ['Heading3', 'Trin i vurderingen'],
      ['Heading2', 'Risikomatrix'],
      ['Heading2', 'Scenarier'],
    ]);
  });

  it('keeps the placeholder [Kommunens navn] as plain text beside bold, italic and code runs', () => {
    const paragraph = paragraphs(docx.document).find((p) => p.text.startsWith('Denne risikovurdering'));
    expect(paragraph?.text).toBe(
      'Denne risikovurdering gælder for [Kommunens navn] og er godkendt af direktionen, med kursiv tekst og kode. ' +
        'Teksten fortsætter på en ny linje i samme afsnit.',
    );
    expect(paragraph?.xml).not.toContain('<w:hyperlink');
    const byText = new Map(runs(paragraph?.xml ?? '').map((run) => [run.text, run.props]));
    expect(byText.get('godkendt af direktionen')).toBe('<w:b/><w:bCs/>');
    expect(byText.get('kursiv tekst')).toBe('<w:i/><w:iCs/>');
    expect(byText.get('kode')).toContain('w:ascii="Consolas"');
  });

  it('writes nested bullet lists and numbered lists with numbering properties', () => {
    const all = paragraphs(docx.document);
    const item = (text: string) => all.find((p) => p.text === text);
    const parent = item('Informationssikkerhedskoordinator');
    expect(parent).toMatchObject({ style: 'ListParagraph', level: '0' });
    expect(item('Deltager i workshoppen')).toMatchObject({ level: '1', numId: parent?.numId });
    expect(item('Systemejer: [Navn og titel]')).toMatchObject({ level: '0', numId: parent?.numId });
    const first = item('Identificér aktiver');
    expect(first).toMatchObject({ level: '0' });
    expect(first?.numId).not.toBe(parent?.numId);
    expect(item('Integritet')).toMatchObject({ level: '1', numId: first?.numId });
    expect(abstractFormat(docx.numbering, parent?.numId, '0')).toBe('bullet');
    expect(abstractFormat(docx.numbering, first?.numId, '0')).toBe('decimal');
    expect(abstractFormat(docx.numbering, first?.numId, '1')).toBe('lowerLetter');
    expect(item('☒ Afgrænsning aftalt')).toMatchObject({ level: '0' });
    expect(item('☐ Ledelsens accept')).toMatchObject({ level: '0' });
  });

  it('writes GFM tables with a bold, repeated header row, borders and column alignment', () => {
    const table = tables(docx.document).find((t) => t[0]?.[0]?.text === 'ID');
    expect(table?.map((row) => row.map((cell) => cell.text))).toEqual([
      ['ID', 'Scenarie', 'Konsekvens', 'Sandsynlighed'],
      ['R1', 'Ransomware krypterer fagsystemet', '5', '3'],
      ['R2', 'Leverandørens datacenter går ned', '4', '2'],
    ]);
    expect(runs(table?.[0]?.[1]?.xml ?? '')[0]?.props).toBe('<w:b/><w:bCs/>');
    expect(runs(table?.[1]?.[1]?.xml ?? '')[0]?.props).toBe('');
    expect(table?.[1]?.[2]?.xml).toContain('<w:jc w:val="center"/>');
    expect(table?.[1]?.[3]?.xml).toContain('<w:jc w:val="right"/>');
    const start = docx.document.indexOf('<w:tbl>', docx.document.indexOf('Scenarier'));
    const tableXml = docx.document.slice(start, docx.document.indexOf('</w:tbl>', start));
    expect(tableXml).toContain('<w:tblHeader/>');
    expect(tableXml).toContain('<w:insideH w:val="single" w:color="808080" w:sz="4"/>');
  });

  it('writes real hyperlinks, with site links made absolute against baseUrl', () => {
    expect(hyperlinks(docx)).toEqual([
      { text: 'vejledningen om risikostyring', target: 'https://sikkerhedsnet.kl.dk/skabeloner/risikostyringsmetode/' },
      { text: 'risikoregistret', target: 'https://sikkerhedsnet.kl.dk/skabeloner/risikovurdering/risikoregister.csv' },
      { text: 'Digitaliseringsstyrelsen', target: 'https://www.sikkerdigital.dk/' },
    ]);
    expect(docx.rels).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
        'Target="https://www.sikkerdigital.dk/" TargetMode="External"/>',
    );
  });

  it('writes Vejledning as grey, indented italic paragraphs, and guidance inside a sentence in italics', () => {
    const guidance = paragraphs(docx.document).filter((p) => p.style === 'Vejledning');
    expect(guidance.map((p) => p.text)).toEqual(GUIDANCE.slice(0, 3));
    for (const p of [guidance[0], guidance[2]]) {
      expect(p?.xml).toContain('<w:ind w:left="284"/>');
      expect(runs(p?.xml ?? '')[0]?.props).toBe('<w:i/><w:iCs/><w:color w:val="595959"/>');
    }
    expect(guidance[1]?.level).toBe('0');
    const sentence = paragraphs(docx.document).find((p) => p.text.startsWith('Ansvarlig enhed'));
    expect(sentence?.text).toBe('Ansvarlig enhed: [Enhed] fx Digitalisering og IT');
    expect(runs(sentence?.xml ?? '').find((r) => r.text === 'fx Digitalisering og IT')?.props).toBe('<w:i/><w:iCs/>');
  });

  it('writes the risk matrix with Danish axis labels and traffic-light shading', () => {
    const matrix = tables(docx.document).find((t) => t[0]?.[0]?.text === 'Sandsynlighed ↓ / Konsekvens →');
    expect(matrix?.[0]?.map((cell) => cell.text)).toEqual([
      'Sandsynlighed ↓ / Konsekvens →',
      '1 Ubetydelig',
      '2 Mindre',
      '3 Moderat',
      '4 Alvorlig',
      '5 Kritisk',
    ]);
    expect(matrix?.slice(1).map((row) => row[0]?.text)).toEqual([
      '5 Meget sandsynlig',
      '4 Sandsynlig',
      '3 Mulig',
      '2 Usandsynlig',
      '1 Meget usandsynlig',
    ]);
    const [G, Y, O, R] = ['lav:B7E1B0', 'middel:FBE59A', 'høj:F8BE8A', 'kritisk:F2A5A5'];
    expect(
      matrix?.slice(1).map((row) => row.slice(1).map((cell) => `${cell.text.replace(' ', ':')}:${cell.fill}`)),
    ).toEqual([
      [`5:${Y}`, `10:${O}`, `15:${O}`, `20:${R}`, `25:${R}`],
      [`4:${G}`, `8:${Y}`, `12:${O}`, `16:${O}`, `20:${R}`],
      [`3:${G}`, `6:${Y}`, `9:${Y}`, `12:${O}`, `15:${O}`],
      [`2:${G}`, `4:${G}`, `6:${Y}`, `8:${Y}`, `10:${O}`],
      [`1:${G}`, `2:${G}`, `3:${G}`, `4:${G}`, `5:${Y}`],
    ]);
    // The legend under the matrix gives the scores its cells have: kritisk starts at 20, as the site says.
    const all = paragraphs(docx.document);
    const legend = all[all.findIndex((p) => p.text === 'Scenarier') - 1];
    expect(legend?.text).toBe('Grøn = lav (1–4) · Gul = middel (5–9) · Orange = høj (10–16) · Rød = kritisk (20–25)');
  });

  it('writes quotes, rules and unknown components, and drops MDX expressions', () => {
    const all = paragraphs(docx.document);
    expect(all.find((p) => p.style === 'Citat')?.text).toBe('Husk at gemme den udfyldte vurdering i ESDH-systemet.');
    expect(all.some((p) => p.text === '' && p.xml.includes('<w:pBdr><w:bottom w:val="single"'))).toBe(true);
    expect(all.at(-1)?.text).toBe('Tekst i en ukendt komponent vises alligevel.');
    expect(docx.document).not.toContain('MDX-kommentar');
  });

  it('sets A4, Danish language, Calibri without embedded fonts and "Side X af Y" in the footer', () => {
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(docx.styles).toContain('<w:lang w:val="da-DK"/>');
    expect(docx.styles).toContain(
      '<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>',
    );
    expect(docx.fontTable).not.toMatch(/w:embed/);
    const footer = paragraphs(docx.footer)[0]?.xml ?? '';
    expect(runs(footer).map((r) => r.text)).toContain('Side ');
    expect(footer.replace(/<[^>]+>/g, '|')).toMatch(/Side \|.*PAGE\|.* af \|.*NUMPAGES/);
  });
});

/** The numFmt of a level of the abstract numbering that a w:num points to. */
function abstractFormat(numbering: string, numId: string | undefined, level: string): string | undefined {
  const abstractId = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
  const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>(.*?)</w:abstractNum>`).exec(
    numbering,
  );
  const lvl = new RegExp(`<w:lvl w:ilvl="${level}"[^>]*>(.*?)</w:lvl>`).exec(abstract?.[1] ?? '');
  return /<w:numFmt w:val="([^"]+)"\/>/.exec(lvl?.[1] ?? '')?.[1];
}
