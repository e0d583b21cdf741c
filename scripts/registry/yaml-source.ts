import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { Problem } from '../problems/problem.ts';
import { decodeUtf8 } from './decode.ts';

/** A parsed YAML file with what is needed to turn offsets into line:column. */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

/** Danish texts for the YAML parser's error codes that contact persons actually hit. */
const yamlMessages: Partial<Record<string, [rule: string, message: string]>> = {
  DUPLICATE_KEY: ['yaml-duplicate-key', 'nøglen står to gange i samme afsnit; slet den ene linje'],
  TAB_AS_INDENT: ['yaml-tab', 'indrykning med tabulatortegn er ikke tilladt; brug mellemrum (to pr. niveau)'],
  MULTIPLE_DOCS: ['yaml-syntax', 'filen indeholder flere YAML-dokumenter (---); der må kun være ét'],
  BAD_INDENT: ['yaml-syntax', 'forkert indrykning; ret linjen, så den flugter med felterne over den'],
  MISSING_CHAR: ['yaml-syntax', 'der mangler et tegn (fx et afsluttende anførselstegn eller en parentes)'],
  MULTILINE_IMPLICIT_KEY: ['yaml-syntax', 'en nøgle må ikke strække sig over flere linjer; mangler der et kolon?'],
  BLOCK_AS_IMPLICIT_KEY: ['yaml-syntax', 'en liste eller tabel kan ikke være en nøgle; tjek kolon og indrykning'],
};

/** 1-based line and column of a character offset. */
export function placeOf(source: Pick<YamlSource, 'file' | 'lineCounter'>, offset: number) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}

function problem(file: string, line: number, column: number, rule: string, message: string): Problem {
  return { file, line, column, rule, severity: 'error', message };
}

/**
 * Decode and parse one registry file. Every kind of bad input becomes a located problem: not UTF-8,
 * empty, YAML syntax, duplicate keys, tabs, aliases (refused outright, so alias bombs cannot expand).
 * `source` is returned only when the file parsed cleanly.
 */
export function parseYamlFile(bytes: Uint8Array, file: string): { source?: YamlSource; problems: Problem[] } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const message = 'filen er ikke gemt som UTF-8; gem den igen som UTF-8 (uden BOM)';
    return { problems: [problem(file, decoded.line, decoded.column, 'file-encoding', message)] };
  }
  const problems: Problem[] = [];
  let text = decoded.text;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    problems.push({
      ...problem(file, 1, 1, 'file-bom', 'filen starter med et BOM-tegn; gem den som UTF-8 uden BOM'),
      severity: 'warning',
    });
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core', strict: true });
  } catch {
    // The parser recurses on nesting; absurdly deep input is the only known way to get here.
    return {
      problems: [...problems, problem(file, 1, 1, 'yaml-syntax', 'filen kan ikke læses som YAML (for dyb indlejring)')],
    };
  }
  const source = { file, text, doc, lineCounter, data: undefined as unknown };
  // After the first syntax error the parser's later complaints are mostly echoes of it, so report
  // that one; duplicate keys are independent of each other and all reported.
  const errors = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const firstOther = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const error of errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstOther)) {
    const [rule, danish] = yamlMessages[error.code] ?? ['yaml-syntax', describeYamlError(error.message)];
    const at = placeOf(source, error.pos[0]);
    problems.push(problem(file, at.line, at.column, rule, danish));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  let firstAlias: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      firstAlias = node;
      return visit.BREAK;
    },
  });
  if (firstAlias) {
    // Refusing aliases outright is what makes alias bombs (billion laughs) harmless.
    const at = placeOf(source, firstAlias.range?.[0] ?? 0);
    const message = 'aliaser (*navn) og ankre (&navn) er ikke tilladt i registret; skriv værdierne helt ud';
    return { problems: [...problems, problem(file, at.line, at.column, 'yaml-alias', message)] };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      problems: [
        ...problems,
        problem(file, 1, 1, 'file-empty', 'filen er tom; se registry/README.md for, hvad den skal indeholde'),
      ],
    };
  }
  try {
    source.data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return { problems: [...problems, problem(file, 1, 1, 'yaml-syntax', 'filen kan ikke læses som YAML')] };
  }
  if (!isMap(doc.contents)) {
    const at = placeOf(source, (doc.contents as Node).range?.[0] ?? 0);
    problems.push(
      problem(
        file,
        at.line,
        at.column,
        'schema-type',
        'filen skal bestå af felter (nøgle: værdi), ikke en liste eller en enkelt værdi',
      ),
    );
    return { problems };
  }
  return { source, problems };
}

function describeYamlError(message: string): string {
  if (message.includes('call stack')) return 'filen er for dybt indlejret til at kunne læses; ret strukturen';
  return `YAML-fejl: ${message.split('\n')[0]}`;
}
