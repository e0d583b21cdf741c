/**
 * The municipality dropdown of the "Anmod om adgang" issue form, generated from kommuner.yaml. Only the items of
 * that dropdown's `options` list are rewritten; the rest of the form (wording, comments, quoting) stays byte for
 * byte as written by hand, so people keep owning the form and `registry issue-form` owns only the list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { Problem } from '../problems/problem.ts';
import type { Registry } from './types.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Path of the form, relative to the repository root. */
export const ISSUE_FORM_FILE = '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml';

/** `id` of the dropdown whose options are generated (kept from the earlier text field, so prefill links work). */
export const MUNICIPALITY_FIELD_ID = 'kommunekode';

const COMMAND = '`npm run registry -- issue-form`';

/** A municipality's option, code first: the access-request parser reads the code back from it. */
export function municipalityOption(municipality: { code: string; name: string }): string {
  return `${municipality.code} ${municipality.name}`;
}

/** The dropdown's options: every municipality by code (codes are three digits), then KL, which has no code. */
export function municipalityOptions(registry: Pick<Registry, 'kommuner' | 'kl'>): string[] {
  const byCode = [...registry.kommuner].sort((a, b) => a.code.localeCompare(b.code, 'en'));
  return [...byCode.map(municipalityOption), registry.kl.name];
}

/** The form with the dropdown's options replaced, or why the form cannot take them (1-based line). */
export type RenderedForm = { ok: true; text: string } | { ok: false; line: number; message: string };

/**
 * Replace the items of the municipality dropdown's block list in `source` with `options`. GitHub rejects a form
 * whose dropdown repeats an option or offers "None" (reserved for "no answer"), so such lists are refused here.
 */
export function renderIssueForm(source: string, options: readonly string[]): RenderedForm {
  const doc = parseDocument(source);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const [error] = doc.errors;
  if (error) return { ok: false, line: lineOf(error.pos[0]), message: `kan ikke læses som YAML (${error.code})` };
  const body = doc.get('body', true);
  const field = isSeq(body) ? body.items.find((i) => isMap(i) && i.get('id') === MUNICIPALITY_FIELD_ID) : undefined;
  if (!isMap(field)) return { ok: false, line: 1, message: `har intet felt med id: ${MUNICIPALITY_FIELD_ID}` };
  const list = field.getIn(['attributes', 'options'], true);
  if (field.get('type') !== 'dropdown' || !isSeq(list) || list.flow || !list.range) {
    return {
      ok: false,
      line: lineOf(field.range?.[0] ?? 0),
      message: `feltet ${MUNICIPALITY_FIELD_ID} skal være en rulleliste (type: dropdown) med en liste under attributes.options`,
    };
  }
  const seen = new Set<string>();
  for (const option of options) {
    const key = option.trim().toLowerCase();
    if (key === '' || key === 'none' || seen.has(key)) {
      return {
        ok: false,
        line: lineOf(list.range[0]),
        message: `rullelisten ville få valget «${option}», som GitHub afviser (tomt, "None" eller to gange); ret kommuner.yaml`,
      };
    }
    seen.add(key);
  }
  const [start, end] = list.range;
  const indent = ' '.repeat(start - source.lastIndexOf('\n', start - 1) - 1);
  // YAML 1.1 quoting: GitHub reads the form as YAML 1.1, where e.g. `Yes` would be a boolean.
  const items = options.map((o) => `- ${stringify(o, { version: '1.1', lineWidth: 0 }).trimEnd()}`);
  const tail = source.slice(start, end).endsWith('\n') ? '\n' : '';
  return { ok: true, text: source.slice(0, start) + items.join(`\n${indent}`) + tail + source.slice(end) };
}

/** The form as it is and as the registry wants it, or the problems that stand in the way. */
function planIssueForm(
  registry: Registry,
  repoRoot: string,
): { actual?: string; expected?: string; problems: Problem[] } {
  let actual: string;
  try {
    actual = readFileSync(path.join(repoRoot, ISSUE_FORM_FILE), 'utf8');
  } catch {
    return { problems: [stale(1, `${ISSUE_FORM_FILE} mangler. Gendan formularen fra git, og kør ${COMMAND}.`)] };
  }
  const rendered = renderIssueForm(actual, municipalityOptions(registry));
  if (!rendered.ok) return { actual, problems: [stale(rendered.line, `${ISSUE_FORM_FILE}: ${rendered.message}.`)] };
  return { actual, expected: rendered.text, problems: [] };
}

/** Ensure the form's municipality dropdown lists exactly the registry's municipalities and KL (rule `issue-form-stale`). */
export function issueFormStaleProblems(registry: Registry, repoRoot: string): Problem[] {
  const { actual, expected, problems } = planIssueForm(registry, repoRoot);
  if (actual === undefined || expected === undefined || actual === expected) return problems;
  const want = expected.split('\n');
  const have = actual.split('\n');
  let i = 0;
  while (i < want.length && want[i] === have[i]) i++;
  const line = want[i]?.trim() ? `«${want[i]?.trim()}»` : '(ingen linje)';
  return [
    stale(
      i + 1,
      `Rullelisten «Kommune» i ${ISSUE_FORM_FILE} passer ikke til ${registry.files.kommuner}: linje ${i + 1} skulle være ${line}. ` +
        `Kør ${COMMAND}, og commit filen.`,
    ),
  ];
}

/** Rewrite the dropdown's options atomically; `changed` is false when the form was already up to date. */
export async function writeIssueForm(
  registry: Registry,
  repoRoot: string,
): Promise<{ changed: boolean; problems: Problem[] }> {
  const { actual, expected, problems } = planIssueForm(registry, repoRoot);
  if (expected === undefined) return { changed: false, problems };
  if (actual === expected) return { changed: false, problems: [] };
  await writeFileAtomic(path.join(repoRoot, ISSUE_FORM_FILE), expected);
  return { changed: true, problems: [] };
}

function stale(line: number, message: string): Problem {
  return { file: ISSUE_FORM_FILE, line, column: 1, rule: 'issue-form-stale', severity: 'error', message };
}
