/**
 * Where an export file is broken, in Danish: the first JSON syntax error (V8's JSON.parse often names no position,
 * so a small scanner of JSON's grammar finds it), and each schema issue at its value, found by reading the valid
 * JSON as the YAML document it also is (the registry's position lookup).
 */
import { LineCounter, parseDocument } from 'yaml';
import { type Problem, sortProblems } from '../problems/problem.ts';
import { positionAt } from '../registry/node-at.ts';

/** What is read of a zod issue (its other fields depend on the code). */
interface Issue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  expected?: unknown;
  values?: unknown;
  format?: unknown;
  origin?: unknown;
  keys?: unknown;
}

/** The rule name of a broken export file's problems. */
export const EXPORT_RULE = 'discussions-export';

class JsonSyntax extends Error {
  readonly offset: number;
  readonly what: string;
  constructor(offset: number, what: string) {
    super(what);
    this.offset = offset;
    this.what = what;
  }
}

/** The offset and Danish description of the first syntax error in `text`, or undefined when it is valid JSON. */
export function firstJsonError(text: string): { offset: number; what: string } | undefined {
  let i = 0;
  const fail = (what: string): never => {
    throw new JsonSyntax(i, i >= text.length ? 'filen slutter, før JSON-værdien er færdig' : what);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const quoted = () => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const sequence = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i, i + 6));
        if (!sequence) fail('ugyldig escape-sekvens i en tekst');
        i += sequence?.[0].length ?? 0;
      } else if (c < ' ') fail('et kontroltegn (fx et linjeskift) inde i en tekst');
      else i++;
    }
    fail('en tekst mangler sit afsluttende anførselstegn');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail('her skulle stå et feltnavn i anførselstegn');
          quoted();
          space();
          if (text[i] !== ':') fail('her skulle stå et kolon efter feltnavnet');
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail(`her skulle stå et komma eller ${close}`);
      }
    }
    if (c === '"') {
      quoted();
      return;
    }
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) {
      i = number.lastIndex;
      return;
    }
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word) {
      i += word.length;
      return;
    }
    fail('et tegn, der ikke kan stå her (et komma for meget?)');
  };
  try {
    value();
    space();
    if (i < text.length) fail('der står mere efter JSON-værdien');
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, what: error.what };
    // Absurd nesting overflows the scanner's stack: no place to point at.
    return { offset: 0, what: 'for dybt indlejret' };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Where JSON.parse's `error` is in `text`, and what is wrong there, in Danish. */
export function jsonSyntaxProblem(text: string, error: Error): { line: number; column: number; what: string } {
  const found = firstJsonError(text);
  if (found) return { ...lineColumn(text, found.offset), what: found.what };
  return { line: 1, column: 1, what: error.message };
}

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  boolean: 'true eller false',
  object: 'et objekt { … }',
  array: 'en liste [ … ]',
  null: 'null',
};

/** A zod issue in Danish. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? 'mangler'
        : `skal være ${TYPES[String(issue.expected)] ?? String(issue.expected)}`;
    case 'unrecognized_keys':
      return 'er et ukendt felt';
    case 'invalid_value':
      return `skal være ${(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(' eller ')}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'skal være en webadresse' : 'har ikke det rette format (fx 2026-11-30T06:00:00Z)';
    case 'too_small':
      return issue.origin === 'string' ? 'må ikke være tom' : 'er for lille';
    default:
      return 'er ugyldig';
  }
}

const pathText = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') ||
  '(hele filen)';

/** One located problem per schema issue; `text` must be valid JSON. */
export function schemaProblems(text: string, file: string, issues: readonly Issue[], fix: string): Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = { file, text, doc, lineCounter, data: undefined };
  const problems = issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys' ? (issue.keys as string[]).map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const at = positionAt(source, path);
      const message = `${pathText(path)} ${describe(issue)}${fix ? `; ${fix}` : ''}`;
      return { file, line: at.line, column: at.column, rule: EXPORT_RULE, severity: 'error' as const, message };
    });
  });
  return sortProblems(problems);
}
