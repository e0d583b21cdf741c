import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { CATEGORY_FOLDERS, MEETINGS_FOLDER, NEWS_FOLDER, OFFICE_EXTENSIONS, TEXT_EXTENSIONS } from './categories.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { EntryKind, Library, LibraryEntry, ScanText } from './library-types.ts';
import { officeText } from './office-text.ts';
import { lineStarts, positionAt } from './text-position.ts';

/** Display path of an absolute path: relative to the checked directory's parent, POSIX separators. */
export function displayPath(root: string, abs: string): string {
  return path.relative(path.dirname(root), abs).split(path.sep).join('/');
}

/** A ScanText with a position function over its own line index. */
export function scanText(file: string, text: string, origin: ScanText['origin'], extracted = false): ScanText {
  const starts = lineStarts(text);
  return { file, text, origin, extracted, position: (offset) => positionAt(starts, offset) };
}

/**
 * Load every MDX page (frontmatter with positions, body) and every scannable attachment under `dir`.
 * Problems found while loading (unreadable frontmatter, unknown folders, broken Office files) are collected,
 * never thrown; only a missing directory throws.
 */
export async function loadLibrary(dir: string): Promise<Library> {
  const root = path.resolve(dir);
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const problems: Problem[] = [];
  const entries: LibraryEntry[] = [];
  const texts: ScanText[] = [];
  const loaded = await Promise.all(names.map(async (abs) => ({ abs, data: await readFile(abs) })));
  for (const { abs, data } of loaded) {
    const file = displayPath(root, abs);
    const ext = path.extname(abs).toLowerCase();
    if (ext === '.mdx') {
      const entry = loadEntry(root, abs, file, data.toString('utf8'), problems);
      if (entry) entries.push(entry);
      texts.push(scanText(file, data.toString('utf8'), 'mdx'));
    } else if (TEXT_EXTENSIONS.has(ext)) {
      texts.push(scanText(file, data.toString('utf8'), 'attachment'));
    } else if (OFFICE_EXTENSIONS.has(ext)) {
      try {
        texts.push(scanText(file, officeText(data, ext === '.docx' ? 'docx' : 'xlsx'), 'attachment', true));
      } catch (error) {
        problems.push(
          fileProblem(
            file,
            `Filen kan ikke åbnes som ${ext}-dokument (${error instanceof Error ? error.message : String(error)}). Gem den igen fra Word/Excel.`,
          ),
        );
      }
    }
  }
  return { root, entries, texts, files: new Set(names.map((abs) => displayPath(root, abs))), problems };
}

function fileProblem(file: string, message: string, line = 1, column = 1): Problem {
  return { file, line, column, rule: 'frontmatter', severity: 'error', message };
}

/** The page kind and URL for a file at `<folder>/<slug>.mdx`; undefined (with a problem) for other places. */
function loadEntry(
  root: string,
  abs: string,
  file: string,
  source: string,
  problems: Problem[],
): LibraryEntry | undefined {
  const parts = path.relative(root, abs).split(path.sep);
  const slug = path.basename(abs, '.mdx');
  const folder = parts.length === 2 ? (parts[0] ?? '') : '';
  let kind: EntryKind;
  let url: string;
  if (folder === NEWS_FOLDER) [kind, url] = ['news', `/nyheder/${slug}/`];
  else if (folder === MEETINGS_FOLDER) [kind, url] = ['meeting', `/moeder/${slug}/`];
  else if (folder in CATEGORY_FOLDERS) [kind, url] = ['template', `/skabeloner/${slug}/`];
  else {
    const folders = [...Object.keys(CATEGORY_FOLDERS), NEWS_FOLDER, MEETINGS_FOLDER].join(', ');
    problems.push(
      fileProblem(file, `"${file}" ligger ikke i en kendt mappe. Flyt filen til en af mapperne: ${folders}.`),
    );
    return undefined;
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push(
      fileProblem(
        file,
        `Filnavnet "${slug}.mdx" er ikke en gyldig slug. Brug små bogstaver a-z, tal og bindestreger (fx "beredskabsplan.mdx").`,
      ),
    );
  }
  const split = splitFrontmatter(source);
  const starts = lineStarts(source);
  const position = (offset: number) => positionAt(starts, offset);
  for (const error of split.errors) {
    const at = position(error.offset);
    problems.push(fileProblem(file, `Frontmatter kan ikke læses: ${error.message}`, at.line, at.column));
  }
  return {
    file,
    path: abs,
    kind,
    folder,
    slug,
    url,
    source,
    data: split.data,
    bodyOffset: split.bodyOffset,
    body: split.body,
    offsetOf: split.offsetOf,
    position,
  };
}
