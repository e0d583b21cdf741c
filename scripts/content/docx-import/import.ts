/**
 * A Word document → a new draft template in the library. The file is judged before any Office code reads it
 * (zip-guard: size, zip bomb; package-guard: macros, outside links, broken XML), converted by mammoth with the
 * library's style map, written as MDX with frontmatter from what is known, and checked like `content check` checks a
 * file (the loader, then CPR numbers, personal data and classification markings). Only a clean result is written:
 * the MDX and its images, atomically, under a slug no template has. Nothing is written otherwise.
 */
import path from 'node:path';
import type { Node } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { asciiSlug } from '#model/ascii-slug.ts';
import { CATEGORY_FOLDERS } from '#model/categories.ts';
import { parseLibrary } from '../../library/parse-library.ts';
import { type Problem, sortProblems } from '../../problems/problem.ts';
import { scanNewFile } from '../experience-request/scan.ts';
import { renderBody } from './body.ts';
import { categoryChoices, resolveCategory } from './category.ts';
import { convertDocx } from './convert.ts';
import { splitFront } from './front.ts';
import { chooseSummary, renderFrontmatter, SUMMARY_PLACEHOLDER } from './frontmatter.ts';
import { elements, parseHtml, textContent } from './html-tree.ts';
import { checkPackage } from './package-guard.ts';
import { freeSlug, namesIn, takenSlugs, writeNewFiles } from './write.ts';
import { openZip, UnsafeFileError } from './zip-guard.ts';

export { MAX_DOCX_BYTES } from './zip-guard.ts';

export interface ImportOptions {
  /** The uploaded file's name, e.g. "Beredskabsplan.docx": the place of problems about the file itself. */
  fileName: string;
  /** Category value ("hændelseshåndtering") or its folder ("haendelseshaandtering"). */
  category: string;
  /** "KL" or a municipality code from the registry (in `ownerCodes`). */
  owner: string;
  audience: 'kerne' | 'alle';
  /** `YYYY-MM-DD`: `reviewed`, and "today" for the CPR check. */
  today: string;
  /** The library folder, e.g. `templates-library`. */
  dir: string;
  /** Municipality codes of the registry (`KL` is always allowed). */
  ownerCodes: ReadonlySet<string>;
  /** Work e-mail domains of the registry: addresses there are not private. */
  workDomains: ReadonlySet<string>;
  /** Frontmatter `maintainers`, e.g. the owner municipality's name. */
  maintainers: readonly string[];
  /**
   * What the contributor wrote about the template ("Kort beskrivelse" of the form): the summary when it fits,
   * before the document's own Resumé or first paragraph.
   */
  summary?: string;
}

/** `file`: display path of the MDX; `written`: absolute paths, the images first and the MDX last. */
export type ImportOutcome =
  | { ok: true; file: string; written: string[]; warnings: string[] }
  | { ok: false; problems: Problem[] };

/** Import `bytes` (a .docx) as a new template under `options.dir`; see the module comment. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  const refuse = (rule: string, message: string, file = options.fileName): ImportOutcome => ({
    ok: false,
    problems: [{ file, line: 1, column: 1, rule, severity: 'error', message }],
  });
  const category = resolveCategory(options.category);
  if (!category) {
    return refuse('import-category', `Kategorien «${options.category}» findes ikke. Vælg en af:\n${categoryChoices()}`);
  }
  let converted: Awaited<ReturnType<typeof convertDocx>>;
  try {
    const entries = openZip(bytes);
    checkPackage(entries);
    converted = await convertDocx(entries);
  } catch (error) {
    if (error instanceof UnsafeFileError) return refuse(error.rule, error.message);
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(
      'import-file',
      `Word-dokumentet kunne ikke læses (${reason}). Åbn det i Word, og gem det igen som .docx.`,
    );
  }
  const front = splitFront(parseHtml(converted.html), converted.coreTitle);
  if (!front.title) {
    return refuse(
      'import-title',
      'Dokumentet har ingen titel. Giv det en titel i Word (Filer → Oplysninger → Titel), eller begynd det med en overskrift.',
    );
  }
  const folder = CATEGORY_FOLDERS[category];
  const slug = freeSlug(asciiSlug(front.title), await takenSlugs(options.dir));
  const existing = await namesIn(path.join(options.dir, folder));
  const imageNames = converted.images.map((image, index) => {
    let name = `${slug}-billede-${index + 1}.${image.extension}`;
    for (let n = 2; existing.has(name); n++) name = `${slug}-billede-${index + 1}-${n}.${image.extension}`;
    return name;
  });
  const droppedLinks: string[] = [];
  const body = renderBody(front.body, { imageName: (i) => imageNames[i] ?? '', droppedLinks });
  const firstParagraph = front.body.find((b) => b.name === 'p' && elements(b).every((e) => e.name !== 'img'));
  const summary = chooseSummary(
    options.summary,
    front.summary,
    firstParagraph ? textContent(firstParagraph) : undefined,
  );
  const frontmatter = renderFrontmatter({
    title: front.title,
    summary,
    category,
    audience: options.audience,
    owner: options.owner,
    maintainers: options.maintainers,
    reviewed: options.today,
    attachments: imageNames,
  });
  const text = `${[...frontmatter, '', ...body.lines].join('\n')}\n`;
  const relative = `${folder}/${slug}.mdx`;
  const displayDir = path.basename(path.resolve(options.dir));
  const file = `${displayDir}/${relative}`;
  const unsafe = mdxCode(body.lines.join('\n'));
  if (unsafe)
    return refuse('import-mdx', `Den lavede MDX-fil kan ikke bruges: ${unsafe}. Ret dokumentet i Word.`, file);
  const problems = checkFile(text, relative, imageNames, folder, displayDir, options);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const written = await writeNewFiles([
    ...converted.images.map((image, i) => ({
      path: path.join(options.dir, folder, imageNames[i] ?? ''),
      bytes: image.bytes,
    })),
    { path: path.join(options.dir, relative), bytes: text },
  ]);
  const offset = frontmatter.length + 1;
  const warnings = [
    ...converted.warnings,
    ...body.warnings.map((w) => `${file}:${w.line + offset}: ${w.message}`),
    ...(droppedLinks.length > 0
      ? [
          `${droppedLinks.length} link${droppedLinks.length === 1 ? '' : 's'} er importeret som tekst, fordi kun http-, https- og mailto-links følges: ${droppedLinks.join(', ')}.`,
        ]
      : []),
    ...(front.dropped.length > 0
      ? [
          `Udeladt fra Sikkerhedsnets Word-udgave: ${front.dropped.join(' og ')} (Word-filen på siden får ${front.dropped.length === 1 ? 'den' : 'dem'} igen).`,
        ]
      : []),
    ...(summary === SUMMARY_PLACEHOLDER
      ? [`${file}:3: Skriv et resumé i feltet summary; dokumentet havde ikke et kort første afsnit.`]
      : []),
    ...problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
  ];
  return { ok: true, file, written: written.map((w) => w), warnings };
}

/** The loader's problems and the single-text content checks on the new file, as `content check` would report them. */
function checkFile(
  text: string,
  relative: string,
  images: readonly string[],
  folder: string,
  displayDir: string,
  options: ImportOptions,
): Problem[] {
  const library = parseLibrary(
    [
      { path: relative, bytes: new TextEncoder().encode(text) },
      ...images.map((name) => ({ path: `${folder}/${name}`, bytes: new Uint8Array() })),
    ],
    { ownerCodes: options.ownerCodes, displayDir },
  );
  const file = library.display(relative);
  const loader = library.problems.filter((p) => p.file === file);
  const scanned = scanNewFile(text, {
    path: relative,
    displayDir,
    workDomains: options.workDomains,
    ownerCodes: options.ownerCodes,
    today: options.today,
  });
  return sortProblems([...loader, ...scanned]);
}

/** What in the body MDX would run or render as a component other than the library's two; undefined when none. */
function mdxCode(body: string): string | undefined {
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const found: string[] = [];
  const visit = (node: Node) => {
    const name = (node as { name?: unknown }).name;
    const allowed = node.type === 'mdxJsxFlowElement' && (name === 'Vejledning' || name === 'Risikomatrix');
    if (node.type.startsWith('mdx') && !allowed)
      found.push(`${node.type}${typeof name === 'string' ? ` <${name}>` : ''}`);
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  return found.length > 0 ? `den indeholder MDX-kode (${found.join(', ')})` : undefined;
}
