/**
 * The generated dropdowns of the repository's issue forms: "Anmod om adgang" (its municipality list) and "Del en
 * erfaring" (its municipality list, and the area, verdict and audience lists from the model). Only the items of
 * those dropdowns' `options` lists are rewritten; the rest of a form (wording, comments, quoting) stays byte for
 * byte as written by hand, so people keep owning the forms and `registry issue-form` owns only the lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import {
  AREA_OPTIONS,
  AUDIENCE_OPTIONS,
  EXPERIENCE_FORM_FIELDS,
  EXPERIENCE_FORM_FILE,
  type FormOptions,
  VERDICT_OPTIONS,
} from '#model/library/experience-form.ts';
import type { Problem } from '../problems/problem.ts';
import type { Registry } from './types.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The folder of the issue forms, relative to the repository root. */
export const ISSUE_FORM_DIR = '.github/ISSUE_TEMPLATE';

/** Path of the access-request form, relative to the repository root. */
export const ACCESS_REQUEST_FORM_FILE = `${ISSUE_FORM_DIR}/anmod-om-adgang.yml`;

/** `id` of the access form's municipality dropdown (kept from the earlier text field, so prefill links work). */
export const MUNICIPALITY_FIELD_ID = 'kommunekode';

const COMMAND = '`npm run registry -- issue-form`';

/** A dropdown whose options are generated: its `id`, its label (for messages) and where the options come from. */
export interface GeneratedDropdown {
  id: string;
  label: string;
  /** The file the options come from, for messages ("ret …", "passer ikke til …"). */
  source(registry: Registry): string;
  options(registry: Registry): string[];
}

/** One issue form and its generated dropdowns. */
export interface IssueFormSpec {
  file: string;
  dropdowns: readonly GeneratedDropdown[];
}

/** A municipality's option, code first: the request parsers read the code back from it. */
export function municipalityOption(municipality: { code: string; name: string }): string {
  return `${municipality.code} ${municipality.name}`;
}

/** Every municipality by code (codes are three digits), without KL. */
export function municipalityOnlyOptions(registry: Pick<Registry, 'kommuner'>): string[] {
  return [...registry.kommuner].sort((a, b) => a.code.localeCompare(b.code, 'en')).map(municipalityOption);
}

/** The access form's options: every municipality by code, then KL, which has no code. */
export function municipalityOptions(registry: Pick<Registry, 'kommuner' | 'kl'>): string[] {
  return [...municipalityOnlyOptions(registry), registry.kl.name];
}

const kommunerFile = (registry: Registry) => registry.files.kommuner;
const fromModel = (what: string) => () => what;
const texts = (options: FormOptions<string>) => () => options.map(([, text]) => text);

/** Every form with generated dropdowns. An experience is always a municipality's, so that form has no KL. */
export const ISSUE_FORMS: readonly IssueFormSpec[] = [
  {
    file: ACCESS_REQUEST_FORM_FILE,
    dropdowns: [{ id: MUNICIPALITY_FIELD_ID, label: 'Kommune', source: kommunerFile, options: municipalityOptions }],
  },
  {
    file: EXPERIENCE_FORM_FILE,
    dropdowns: [
      { id: 'kommune', label: EXPERIENCE_FORM_FIELDS.kommune, source: kommunerFile, options: municipalityOnlyOptions },
      {
        id: 'omraade',
        label: EXPERIENCE_FORM_FIELDS.omraade,
        source: fromModel('EXPERIENCE_AREAS i scripts/model/library/experience.ts'),
        options: texts(AREA_OPTIONS),
      },
      {
        id: 'vurdering',
        label: EXPERIENCE_FORM_FIELDS.vurdering,
        source: fromModel('VERDICTS i scripts/model/library/experience.ts'),
        options: texts(VERDICT_OPTIONS),
      },
      {
        id: 'maalgruppe',
        label: EXPERIENCE_FORM_FIELDS.maalgruppe,
        source: fromModel('AUDIENCE_LABELS i scripts/model/tiers.ts'),
        options: texts(AUDIENCE_OPTIONS),
      },
    ],
  },
];

/** The form with a dropdown's options replaced, or why the form cannot take them (1-based line). */
export type RenderedForm = { ok: true; text: string } | { ok: false; line: number; message: string };

/**
 * Replace the items of dropdown `id`'s block list in `source` with `options`. GitHub rejects a form whose dropdown
 * repeats an option or offers "None" (reserved for "no answer"), so such lists are refused here; `fix` says which
 * file to correct then.
 */
export function renderDropdown(source: string, id: string, options: readonly string[], fix: string): RenderedForm {
  const doc = parseDocument(source);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const [error] = doc.errors;
  if (error) return { ok: false, line: lineOf(error.pos[0]), message: `kan ikke læses som YAML (${error.code})` };
  const body = doc.get('body', true);
  const field = isSeq(body) ? body.items.find((i) => isMap(i) && i.get('id') === id) : undefined;
  if (!isMap(field)) return { ok: false, line: 1, message: `har intet felt med id: ${id}` };
  const list = field.getIn(['attributes', 'options'], true);
  if (field.get('type') !== 'dropdown' || !isSeq(list) || list.flow || !list.range) {
    return {
      ok: false,
      line: lineOf(field.range?.[0] ?? 0),
      message: `feltet ${id} skal være en rulleliste (type: dropdown) med en liste under attributes.options`,
    };
  }
  const seen = new Set<string>();
  for (const option of options) {
    const key = option.trim().toLowerCase();
    if (key === '' || key === 'none' || seen.has(key)) {
      return {
        ok: false,
        line: lineOf(list.range[0]),
        message: `rullelisten ville få valget «${option}», som GitHub afviser (tomt, "None" eller to gange); ret ${fix}`,
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

/** A form's text with every generated dropdown rewritten, or the first reason it cannot be. */
export function renderIssueForm(source: string, form: IssueFormSpec, registry: Registry): RenderedForm {
  let text = source;
  for (const dropdown of form.dropdowns) {
    const rendered = renderDropdown(text, dropdown.id, dropdown.options(registry), dropdown.source(registry));
    if (!rendered.ok) return rendered;
    text = rendered.text;
  }
  return { ok: true, text };
}

/** A form as it is, as the registry and the model want it, or the problem that stands in the way. */
interface FormPlan {
  form: IssueFormSpec;
  actual?: string;
  expected?: string;
  problems: Problem[];
}

function planIssueForm(form: IssueFormSpec, registry: Registry, repoRoot: string): FormPlan {
  let actual: string;
  try {
    actual = readFileSync(path.join(repoRoot, form.file), 'utf8');
  } catch {
    return {
      form,
      problems: [stale(form.file, 1, `${form.file} mangler. Gendan formularen fra git, og kør ${COMMAND}.`)],
    };
  }
  const rendered = renderIssueForm(actual, form, registry);
  if (!rendered.ok)
    return { form, actual, problems: [stale(form.file, rendered.line, `${form.file}: ${rendered.message}.`)] };
  return { form, actual, expected: rendered.text, problems: [] };
}

/** The first line of a stale dropdown that differs from what it should be, one problem per stale dropdown. */
function staleDropdowns(plan: FormPlan, registry: Registry): Problem[] {
  const { form, actual } = plan;
  if (actual === undefined || plan.expected === actual) return [];
  const problems: Problem[] = [];
  for (const dropdown of form.dropdowns) {
    const rendered = renderDropdown(actual, dropdown.id, dropdown.options(registry), dropdown.source(registry));
    if (!rendered.ok || rendered.text === actual) continue;
    const want = rendered.text.split('\n');
    const have = actual.split('\n');
    let i = 0;
    while (i < want.length && want[i] === have[i]) i++;
    const line = want[i]?.trim() ? `«${want[i]?.trim()}»` : '(ingen linje)';
    problems.push(
      stale(
        form.file,
        i + 1,
        `Rullelisten «${dropdown.label}» i ${form.file} passer ikke til ${dropdown.source(registry)}: linje ${i + 1} skulle være ${line}. ` +
          `Kør ${COMMAND}, og commit filen.`,
      ),
    );
  }
  return problems;
}

/**
 * Ensure every form's generated dropdowns list exactly the registry's municipalities (and KL in the access form)
 * and the model's areas, verdicts and audiences (rule `issue-form-stale`). A missing form is a problem too.
 */
export function issueFormStaleProblems(registry: Registry, repoRoot: string): Problem[] {
  return ISSUE_FORMS.flatMap((form) => {
    const plan = planIssueForm(form, registry, repoRoot);
    return plan.problems.length > 0 ? plan.problems : staleDropdowns(plan, registry);
  });
}

/** Rewrite the stale forms atomically; `changed` is false when every form was already up to date. */
export async function writeIssueForms(
  registry: Registry,
  repoRoot: string,
): Promise<{ changed: boolean; problems: Problem[] }> {
  const plans = ISSUE_FORMS.map((form) => planIssueForm(form, registry, repoRoot));
  const problems = plans.flatMap((plan) => plan.problems);
  // All or nothing: a form that cannot be rendered leaves the others as they are too.
  if (problems.length > 0) return { changed: false, problems };
  let changed = false;
  for (const { form, actual, expected } of plans) {
    if (expected === undefined || actual === expected) continue;
    await writeFileAtomic(path.join(repoRoot, form.file), expected);
    changed = true;
  }
  return { changed, problems: [] };
}

/** The forms as the command's messages name them ("Skrev …", "… er opdateret"). */
export const ISSUE_FORMS_NAME = `issue-formularerne i ${ISSUE_FORM_DIR}/`;

function stale(file: string, line: number, message: string): Problem {
  return { file, line, column: 1, rule: 'issue-form-stale', severity: 'error', message };
}
