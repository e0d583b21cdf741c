import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

/** The three kinds of entry in the library. */
export type EntryKind = 'template' | 'news' | 'meeting';

/** One MDX file as read from disk, frontmatter parsed but not yet validated. */
export interface RawEntry {
  kind: EntryKind;
  /** File name without `.mdx`. */
  slug: string;
  /** Folder directly under the content directory. */
  folder: string;
  /** Absolute path. */
  path: string;
  /** Path for problems: relative to `root`, POSIX separators. */
  file: string;
  /** Parsed frontmatter (the `yaml` package's core schema: dates stay strings). */
  data: Record<string, unknown>;
  /** MDX body without the frontmatter block. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter key, for located problems. */
  keyLines: Record<string, number>;
  /** Set when the frontmatter could not be parsed. */
  parseError?: { line: number; column: number; message: string };
}

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split an MDX source into frontmatter and body; parse the YAML with line positions. */
export function parseMdx(source: string): Pick<RawEntry, 'data' | 'body' | 'bodyLine' | 'keyLines' | 'parseError'> {
  const match = FRONTMATTER_RE.exec(source);
  if (!match) {
    return {
      data: {},
      body: source,
      bodyLine: 1,
      keyLines: {},
      parseError: { line: 1, column: 1, message: 'mangler frontmatter' },
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = err?.linePos?.[0] ?? { line: 1, col: 1 };
    return {
      data: {},
      body,
      bodyLine,
      keyLines: {},
      parseError: { line: pos.line + 1, column: pos.col, message: err?.message ?? '' },
    };
  }
  const keyLines: Record<string, number> = {};
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] };
  for (const item of contents?.items ?? []) {
    if (typeof item.key?.value === 'string' && item.key.range) {
      // +1: the opening `---` line precedes the YAML text.
      keyLines[item.key.value] = lineCounter.linePos(item.key.range[0]).line + 1;
    }
  }
  const data = doc.toJS() as unknown;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body, bodyLine, keyLines };
}

function kindOf(folder: string): EntryKind {
  if (folder === 'nyheder') return 'news';
  if (folder === 'moeder') return 'meeting';
  return 'template';
}

/**
 * Read every `<folder>/<slug>.mdx` under `contentDir`, sorted by path. Files at other depths are ignored
 * (the validator reports unknown folders).
 */
export async function readLibrary(contentDir: string, root: string): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  const folders = (await readdir(contentDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const names = (await readdir(join(contentDir, folder))).filter((n) => n.endsWith('.mdx')).sort();
    for (const name of names) {
      const path = join(contentDir, folder, name);
      const source = await readFile(path, 'utf8');
      entries.push({
        kind: kindOf(folder),
        slug: name.slice(0, -'.mdx'.length),
        folder,
        path,
        file: relative(root, path).split(sep).join('/'),
        ...parseMdx(source),
      });
    }
  }
  return entries;
}
